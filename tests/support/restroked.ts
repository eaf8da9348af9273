/**
 * Test-only: slides whose stroke widths are changed to unusual values (W), one with each kind
 * of stroked element, so a renderer that draws a width of its own instead of the deck's fails.
 */
import type { ChartElement, Element, KpiElement, ShapeElement, Slide } from '../../core/deck/types';

export const W = { kpi: 3, shape: 5, zero: 4, sector: 7, swatch: 2 } as const;

function restroked(el: Element): Element {
  switch (el.kind) {
    case 'kpi':
      return { ...el, borderWidthPx: W.kpi } satisfies KpiElement;
    case 'shape':
      return el.stroke ? ({ ...el, strokeWidthPx: W.shape } satisfies ShapeElement) : el;
    case 'chart':
      return el.chartKind === 'bar'
        ? ({ ...el, geometry: { ...el.geometry, zeroLineWidthPx: W.zero } } satisfies ChartElement)
        : ({
            ...el,
            geometry: { ...el.geometry, sectorGapPx: W.sector, swatchOutlineWidthPx: W.swatch },
          } satisfies ChartElement);
    default:
      return el;
  }
}

/** The first slide of `slides` with each kind of stroked element, restroked. */
export function restrokedSlides(slides: readonly Slide[]) {
  const pick = (test: (e: Element) => boolean): Slide => {
    const s = slides.find((x) => x.elements.some(test));
    if (!s) throw new Error('the decks have no such element');
    return { ...s, elements: s.elements.map(restroked) };
  };
  return {
    kpi: pick((e) => e.kind === 'kpi'),
    shape: pick((e) => e.kind === 'shape' && e.stroke !== undefined),
    bar: pick((e) => e.kind === 'chart' && e.chartKind === 'bar'),
    donut: pick((e) => e.kind === 'chart' && e.chartKind === 'donut'),
  };
}
