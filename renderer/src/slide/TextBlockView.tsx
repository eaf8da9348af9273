// Draws a laid-out text block: the lines the deck decided, at the deck's positions. The browser
// does no wrapping of its own (white-space: pre), so the screen matches PPTX and PDF.
import type { CSSProperties } from 'react';
import { lineTops } from '../../../core/deck/geometry';
import type { TextBlock } from '../../../core/deck/types';

export function TextBlockView({
  block,
  emphasisColor,
  testId,
}: {
  block: TextBlock;
  emphasisColor: string;
  testId?: string;
}) {
  const tops = lineTops(block);
  const base: CSSProperties = {
    position: 'absolute',
    left: block.box.x,
    width: block.box.w,
    height: block.lineHeightPx,
    lineHeight: `${block.lineHeightPx}px`,
    fontSize: block.fontSizePx,
    fontWeight: block.weight === 'bold' ? 700 : 400,
    color: block.color,
    textAlign: block.align,
    whiteSpace: 'pre',
  };
  return (
    <>
      {block.lines.map((line, i) => (
        <div key={i} className="line" data-testid={testId} style={{ ...base, top: tops[i] }}>
          {line.runs.map((run, k) =>
            run.emphasis ? (
              <span key={k} className="figure-run" style={{ color: emphasisColor, fontWeight: 700 }}>
                {run.text}
              </span>
            ) : (
              <span key={k}>{run.text}</span>
            ),
          )}
        </div>
      ))}
    </>
  );
}
