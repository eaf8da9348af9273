// Scales the 1280×720 slide canvas to fit its container, letterboxed, keeping 16:9.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../../../core/deck/units';

export function Stage({
  children,
  background = '#000',
  className,
}: {
  children: ReactNode;
  background?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setScale(Math.min(el.clientWidth / CANVAS_WIDTH_PX, el.clientHeight / CANVAS_HEIGHT_PX));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={ref} className={`stage ${className ?? ''}`} style={{ background }}>
      <div
        className="stage-inner"
        style={{
          width: CANVAS_WIDTH_PX,
          height: CANVAS_HEIGHT_PX,
          transform: `translate(-50%, -50%) scale(${scale})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {children}
      </div>
    </div>
  );
}

/** A fixed-scale slide (thumbnails, presenter's next slide). */
export function Thumb({ children, widthPx }: { children: ReactNode; widthPx: number }) {
  const s = widthPx / CANVAS_WIDTH_PX;
  return (
    <div
      className="thumb"
      style={{ width: widthPx, height: CANVAS_HEIGHT_PX * s, position: 'relative', overflow: 'hidden' }}
    >
      <div
        style={{ width: CANVAS_WIDTH_PX, height: CANVAS_HEIGHT_PX, transform: `scale(${s})`, transformOrigin: '0 0' }}
      >
        {children}
      </div>
    </div>
  );
}
