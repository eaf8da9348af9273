/**
 * The screen draws the stroke widths the deck says (KPI card borders, stroked shapes, legend
 * swatch outlines); the PDF and PPTX side: core/export/stroke-widths.renderers-draw-the-deck-width.test.ts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../core/deck/compile';
import type { Slide } from '../../../core/deck/types';
import { ReportSchema } from '../../../core/report/schema';
import chinaText from '../../../data/reports/china-2025.json?raw';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { restrokedSlides, W } from '../../../tests/support/restroked';
import { SlideView } from './SlideView';

const decks = [shanxiText, chinaText].map((t) => compileDeck(ReportSchema.parse(JSON.parse(t))));
const s = restrokedSlides(decks.flatMap((d) => d.slides));
const html = (slide: Slide) => renderToStaticMarkup(<SlideView slide={slide} theme={decks[0]!.theme} />);

describe('the screen draws the stroke width the deck says', () => {
  it('KPI borders, stroked shapes and legend swatch outlines', () => {
    expect(html(s.kpi)).toContain(`border:${W.kpi}px solid`);
    expect(html(s.shape)).toContain(`border:${W.shape}px solid`);
    expect(html(s.donut)).toContain(`outline:${W.swatch}px solid`);
  });
});
