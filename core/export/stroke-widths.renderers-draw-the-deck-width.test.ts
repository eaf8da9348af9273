/**
 * Stroke widths are the deck's: every stroked element (KPI card borders, stroked shapes such as
 * the 备用 tag and card frames, the bar chart's zero line, the gap between donut sectors, legend
 * swatch outlines) carries its width, and the PDF and the PPTX draw that width (the screen:
 * renderer/src/slide/SlideView.draws-the-deck-stroke-widths.test.tsx). The deck's widths are
 * changed to unusual values, so a renderer with a width of its own fails.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../deck/types';
import { notoSansScMetrics } from '../fonts/metrics';
import { BUNDLED, bundledDeck } from '../../tests/support/pdf-fixtures';
import { restrokedSlides, W } from '../../tests/support/restroked';
import type { DrawOp, RecordedPage } from './pdf/display-list';
import { drawSlide } from './pdf/slide';
import { Surface } from './pdf/surface';
import { exportPptx } from './pptx';

const K = 0.75;
const EMU_PER_PT = 12_700;
// The bundled decks' slides (both: between them they have every kind of stroked element).
const base = bundledDeck(BUNDLED[0]);
const s = restrokedSlides(BUNDLED.flatMap((n) => bundledDeck(n).slides));

function pdfWidths(slide: Slide): Set<number> {
  const page: RecordedPage = { widthPt: 960, heightPt: 540, ops: [] };
  drawSlide(new Surface(page, { originXPt: 0, originYPt: 0, scale: K }, notoSansScMetrics), slide, base.theme, {
    widthPx: 1280,
    heightPx: 720,
    hiddenTag: '备用',
  });
  return new Set(page.ops.flatMap((o: DrawOp) => ('lineWidth' in o && o.lineWidth !== undefined ? [o.lineWidth] : [])));
}

describe('every renderer draws the stroke width the deck says', () => {
  it('PDF', () => {
    expect(pdfWidths(s.kpi)).toContain(W.kpi * K);
    expect(pdfWidths(s.shape)).toContain(W.shape * K);
    expect(pdfWidths(s.bar)).toContain(W.zero * K);
    expect(pdfWidths(s.donut)).toContain(W.sector * K);
    expect(pdfWidths(s.donut)).toContain(W.swatch * K);
  });

  it('PPTX', async () => {
    const deck: Deck = { ...base, slides: [s.kpi, s.shape, s.bar, s.donut] };
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
});
