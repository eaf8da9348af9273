/**
 * Stroke widths are the deck's: every stroked element (KPI card borders, stroked shapes such as
 * the 备用 tag and card frames, the bar chart's zero line, the gap between donut sectors, legend
 * swatch outlines) carries its width, and the PDF, the PPTX and the screen draw that width. The
 * deck's widths are changed to unusual values here, so a renderer with a width of its own fails.
 */
import JSZip from 'jszip';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChartElement, Deck, Element, KpiElement, ShapeElement, Slide } from '../deck/types';
import { notoSansScMetrics } from '../fonts/metrics';
import { BUNDLED, bundledDeck } from '../../tests/support/pdf-fixtures';
import type { DrawOp, RecordedPage } from './pdf/display-list';
import { drawSlide } from './pdf/slide';
import { Surface } from './pdf/surface';
import { exportPptx } from './pptx';
import { SlideView } from '../../renderer/src/slide/SlideView';

const K = 0.75;
const EMU_PER_PT = 12_700;
const W = { kpi: 3, shape: 5, zero: 4, sector: 7, swatch: 2 } as const;

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

// The bundled decks' slides (both: between them they have every kind of stroked element).
const base = bundledDeck(BUNDLED[0]);
const all = BUNDLED.flatMap((n) => bundledDeck(n).slides);
const has = (s: Slide, test: (e: Element) => boolean) => s.elements.some(test);
const pick = (test: (e: Element) => boolean): Slide => {
  const s = all.find((x) => has(x, test));
  if (!s) throw new Error('the bundled deck has no such element');
  return { ...s, elements: s.elements.map(restroked) };
};
const kpiSlide = pick((e) => e.kind === 'kpi');
const shapeSlide = pick((e) => e.kind === 'shape' && e.stroke !== undefined);
const barSlide = pick((e) => e.kind === 'chart' && e.chartKind === 'bar');
const donutSlide = pick((e) => e.kind === 'chart' && e.chartKind === 'donut');
const SLIDES = [kpiSlide, shapeSlide, barSlide, donutSlide];

function pdfOps(slide: Slide): DrawOp[] {
  const page: RecordedPage = { widthPt: 960, heightPt: 540, ops: [] };
  drawSlide(new Surface(page, { originXPt: 0, originYPt: 0, scale: K }, notoSansScMetrics), slide, base.theme, {
    widthPx: 1280,
    heightPx: 720,
    hiddenTag: '备用',
  });
  return page.ops;
}
const widthsOf = (ops: DrawOp[]) =>
  new Set(ops.flatMap((o) => ('lineWidth' in o && o.lineWidth !== undefined ? [o.lineWidth] : [])));

describe('every renderer draws the stroke width the deck says', () => {
  it('PDF', () => {
    expect(widthsOf(pdfOps(kpiSlide))).toContain(W.kpi * K);
    expect(widthsOf(pdfOps(shapeSlide))).toContain(W.shape * K);
    expect(widthsOf(pdfOps(barSlide))).toContain(W.zero * K);
    const donut = widthsOf(pdfOps(donutSlide));
    expect(donut).toContain(W.sector * K);
    expect(donut).toContain(W.swatch * K);
  });

  it('PPTX', async () => {
    const deck: Deck = { ...base, slides: SLIDES };
    const zip = await JSZip.loadAsync((await exportPptx(deck)).bytes);
    const xml = async (prefix: string) =>
      (
        await Promise.all(
          Object.keys(zip.files)
            .filter((n) => n.startsWith(prefix) && n.endsWith('.xml'))
            .map((n) => zip.file(n)!.async('string')),
        )
      ).join('\n');
    const slides = await xml('ppt/slides/slide');
    const charts = await xml('ppt/charts/chart');
    const w = (px: number) => `w="${Math.round(px * K * EMU_PER_PT)}"`;
    expect(slides).toContain(w(W.kpi));
    expect(slides).toContain(w(W.shape));
    expect(slides).toContain(w(W.swatch));
    expect(charts).toContain(w(W.zero));
    expect(charts).toContain(w(W.sector));
  });

  it('screen', () => {
    const html = (slide: Slide) => renderToStaticMarkup(createElement(SlideView, { slide, theme: base.theme }));
    expect(html(kpiSlide)).toContain(`border:${W.kpi}px solid`);
    expect(html(shapeSlide)).toContain(`border:${W.shape}px solid`);
    expect(html(donutSlide)).toContain(`outline:${W.swatch}px solid`);
  });
});
