/**
 * exportPptx on the edge-case reports (tests/generators/edge-reports.ts): a well-formed package
 * with the deck's slides, titles, notes and charts.
 */
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import type { Report } from '../report/schema';
import { edgeReports } from '../../tests/generators/edge-reports';
import { notesText } from './pptx';
import { squash } from '../../tests/support/pptx/package-reader';
import {
  deckCharts,
  drawnBlocks,
  blockText,
  figureRuns,
  chartSeries,
  exportAndRead,
  xmlParseProblems,
  controlCharProblems,
  contentTypeProblems,
  relationshipProblems,
  strayAxisProblems,
  chartRangeProblems,
} from '../../tests/support/pptx/package-checks';

// ---------------------------------------------------------------------------------------------
// Edge-case reports (tests/generators/edge-reports.ts), trimmed so the suite stays quick: empty
// sections, 2,000-character items, 200-character labels, emoji and Latin text, negative bars,
// donut shares of exactly 100, many charts.

function trimmed(report: Report): Report {
  const r = structuredClone(report);
  for (const s of r.sections) {
    if (s.kind === 'review') s.themes = s.themes.slice(0, 2);
    if (s.kind === 'projects') s.projects = s.projects.slice(0, 12);
  }
  return r;
}

describe('exportPptx: edge-case reports', () => {
  it.each(edgeReports().map(({ name, report }) => ({ name, report })))(
    '$name: a well-formed package with the deck’s slides, titles, notes and charts',
    async ({ report }) => {
      const deck = compileDeck(trimmed(report));
      const x = await exportAndRead(deck);
      const slides = x.pkg.slides();
      expect(slides).toHaveLength(deck.slides.length);
      expect(xmlParseProblems(x.pkg)).toEqual([]);
      expect(contentTypeProblems(x.pkg)).toEqual([]);
      expect(relationshipProblems(x.pkg)).toEqual([]);
      expect(strayAxisProblems(x.pkg)).toEqual([]);
      expect(chartRangeProblems(x.pkg)).toEqual([]);
      expect(await controlCharProblems(x.pkg)).toEqual([]);
      deck.slides.forEach((s, i) => {
        // Long titles are ellipsised on the slide: every text box's deck text must arrive.
        for (const { where, block } of drawnBlocks(s))
          expect(squash(slides[i]!.text), `${s.id} ${where}`).toContain(squash(blockText(block)));
        expect(slides[i]!.notesText).toBe(notesText(s));
        expect(slides[i]!.hidden).toBe(s.hidden);
        const text = squash(slides[i]!.text);
        for (const f of figureRuns(s)) expect(text, `${s.id} ${f.where}`).toContain(squash(f.text));
        deckCharts(s).forEach((el, k) => {
          const { values, labels } = chartSeries(el);
          expect(slides[i]!.charts[k]!.values).toEqual(values);
          expect(slides[i]!.charts[k]!.categories).toEqual(labels);
        });
      });
    },
  );
});
