/**
 * Card grids without holes, on both bundled reports and on generated ones (fast-check): every
 * row of a grid but the last is full and the last is at most one card short (3 cards make one
 * row of 3, 5 make 3 + 2, 7 make 4 + 3 — three a row left 3 + 3 + 1), and a continued slide of
 * cards is never less than half as full as the slide before it (13 targets make 7 + 6, not 9 + 4).
 * (A grid whose cards are too wide for its columns takes fewer: then too the rows keep the rule.)
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { BUNDLED, bundledReport } from '../../tests/support/bundled-report';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { cardColumns } from './grid';
import { compileDeck } from './compile';
import { CONTINUED_SUFFIX } from './frame';
import { THEME_IDS } from './themes';
import type { Box, Deck, Slide } from './types';

const RUNS = fuzzRuns(200);

/** The cards of a slide: its KPI cards, else its text cards (their heads). */
function cardBoxes(slide: Slide): Box[] {
  const kpis = slide.elements.flatMap((e) => (e.kind === 'kpi' ? [e.box] : []));
  if (kpis.length > 0) return kpis;
  return slide.kind === 'tasks-overview' || slide.kind === 'projects-overview' || slide.kind === 'review-overview'
    ? slide.elements.flatMap((e) => (e.kind === 'text' && e.role === 'heading' ? [e.box] : []))
    : [];
}

/** Cards per row, top to bottom. */
function rowCounts(boxes: readonly Box[]): number[] {
  const rows = new Map<number, number>();
  for (const b of boxes) rows.set(Math.round(b.y), (rows.get(Math.round(b.y)) ?? 0) + 1);
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

function gridProblems(deck: Deck): string[] {
  const out: string[] = [];
  deck.slides.forEach((slide, i) => {
    const rows = rowCounts(cardBoxes(slide));
    if (rows.length < 2) return;
    const full = rows[0]!;
    if (rows.slice(0, -1).some((n) => n !== full) || rows.at(-1)! < full - 1)
      out.push(`${slide.title}: rows of ${rows.join(' + ')} cards`);
    const before = deck.slides[i - 1];
    if (before && slide.title.endsWith(CONTINUED_SUFFIX) && before.kind === slide.kind) {
      const now = cardBoxes(slide).length;
      const was = cardBoxes(before).length;
      if (now > 0 && 2 * now < was) out.push(`${slide.title}: ${now} cards after ${was}`);
    }
  });
  return out;
}

describe('card grids without holes', () => {
  test('the columns: 3 → one row, 5 → 3 + 2, 7 → 4 + 3, 8 → 4 + 4, 9 → 3 × 3', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(cardColumns)).toEqual([1, 2, 3, 2, 3, 3, 4, 4, 3]);
  });

  test.each(BUNDLED.flatMap((name) => THEME_IDS.map((theme) => [name, theme] as const)))(
    '%s, theme %s: no grid with a hole, no continuation less than half full',
    (name, theme) => {
      expect(gridProblems(compileDeck(bundledReport(name), { theme }))).toEqual([]);
    },
  );

  test(
    `generated reports with up to 12 items a list, any theme (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(reportArbitrary({ maxItems: 12 }), fc.constantFrom(...THEME_IDS), (report, theme) => {
          expect(gridProblems(compileDeck(report, { theme }))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 40),
  );
});
