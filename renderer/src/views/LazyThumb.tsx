// A slide thumbnail drawn only once it scrolls into view: a 300-slide overview must open fast.
import { useEffect, useRef, useState } from 'react';
import type { ThemeSpec } from '../../../core/deck/themes';
import type { Slide } from '../../../core/deck/types';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../../../core/deck/units';
import { SlideView } from '../slide/SlideView';
import { Thumb } from '../slide/Stage';

export function LazyThumb({ slide, theme, widthPx }: { slide: Slide; theme: ThemeSpec; widthPx: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          io.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  return (
    // A picture of the slide: nothing in it (a chart's parts) takes focus or is read twice.
    <div
      ref={ref}
      inert
      aria-hidden="true"
      style={{ width: widthPx, height: (CANVAS_HEIGHT_PX / CANVAS_WIDTH_PX) * widthPx, background: slide.background }}
    >
      {visible && (
        <Thumb widthPx={widthPx}>
          <SlideView slide={slide} theme={theme} />
        </Thumb>
      )}
    </div>
  );
}
