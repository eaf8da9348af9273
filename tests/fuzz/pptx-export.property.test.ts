/**
 * exportPptx on arbitrary compiled decks (fast-check; 1,000 runs in CI, fewer locally — see
 * tests/support/fuzz-runs.ts): the package always opens — every XML part of it, the embedded
 * chart workbooks' parts included, parses with a strict XML parser — and shows the deck: one
 * slide per deck slide in order, hidden exactly where the deck's are, each slide's text holding
 * its drawn title, its notes the deck's notes and sources, a native chart per deck chart.
 * The decks are 1–6 slides of compiled generated reports (tests/generators/deck-arbitrary.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../core/deck/types';
import { exportPptx, notesText } from '../../core/export/pptx';
import { stripControlChars } from '../../core/export/text-safety';
import { drawnTitle, smallDeckArbitrary } from '../generators/deck-arbitrary';
import { fuzzRuns, fuzzTimeout } from '../support/fuzz-runs';
import { readPptx } from '../support/pptx-read';

const squash = (s: string) => s.replace(/\s+/g, '');
const RUNS = fuzzRuns(60);

/** Everything wrong with the exported package of `deck`, as readable lines. */
async function pptxProblems(deck: Deck): Promise<string[]> {
  const { bytes, report } = await exportPptx(deck);
  const pkg = readPptx(bytes);
  const problems = [...pkg.parseProblems];
  if (pkg.slides.length !== deck.slides.length)
    problems.push(`${pkg.slides.length} slides in the package, ${deck.slides.length} in the deck`);
  deck.slides.forEach((slide, i) => {
    const view = pkg.slides[i];
    if (!view) return;
    const at = `slide ${i + 1} (${slide.kind} ${slide.id})`;
    const title = squash(stripControlChars(drawnTitle(slide)));
    if (!squash(view.text).includes(title))
      problems.push(`${at}: title "${title.slice(0, 60)}" not in the slide text "${squash(view.text).slice(0, 120)}"`);
    if (view.notes !== notesText(slide)) problems.push(`${at}: notes differ from the deck's`);
    if (view.hidden !== Boolean(slide.hidden))
      problems.push(`${at}: hidden=${view.hidden}, deck says ${Boolean(slide.hidden)}`);
    const charts = slide.elements.filter((e) => e.kind === 'chart').length;
    if (view.chartParts.length !== charts) problems.push(`${at}: ${view.chartParts.length} charts, deck has ${charts}`);
  });
  if (report.slides !== deck.slides.length) problems.push(`report.slides ${report.slides} ≠ ${deck.slides.length}`);
  return problems;
}

describe('exportPptx on arbitrary compiled decks', () => {
  it(
    `every XML part parses and every slide shows its title, notes and charts (${RUNS} runs)`,
    async () => {
      const kinds = new Set<string>();
      let slides = 0;
      await fc.assert(
        fc.asyncProperty(smallDeckArbitrary(), async (deck) => {
          expect(await pptxProblems(deck)).toEqual([]);
          for (const s of deck.slides) kinds.add(s.kind);
          slides += deck.slides.length;
        }),
        { numRuns: RUNS },
      );
      // Not vacuous: the decks really were varied.
      expect(slides).toBeGreaterThanOrEqual(RUNS);
      expect(kinds.size).toBeGreaterThanOrEqual(Math.min(10, Math.floor(RUNS / 6)));
    },
    fuzzTimeout(RUNS, 45),
  );
});
