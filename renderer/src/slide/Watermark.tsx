// The briefing's watermark over the editor's slide preview, diagonal across the 1280×720 canvas
// as the PDF exports draw it: what the toolbar's 水印 sets is seen before anything is exported.
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../../../core/deck/units';

const WATERMARK_FONT_PX = 120;

export function Watermark({ text }: { text: string }) {
  const angleDeg = -(Math.atan2(CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX) * 180) / Math.PI;
  return (
    <div className="watermark" data-testid="preview-watermark" aria-hidden="true">
      <span style={{ fontSize: WATERMARK_FONT_PX, transform: `rotate(${angleDeg}deg)` }}>{text}</span>
    </div>
  );
}
