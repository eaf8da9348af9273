/**
 * compileDeck on the largest inputs: generated reports with 2,000-character items and
 * 200-character labels and displays, and the named edge cases of tests/generators/edge-reports.ts
 * (empty sections, 200 projects, emoji and Latin-only text, many charts, negative and extreme
 * values, donut shares of exactly 100, clashing ids). Same invariants as compile.property.test.ts;
 * a file of its own so the two run in parallel.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ReportSchema } from '../report/schema';
import { deckProblems } from '../../tests/generators/deck-checks';
import { edgeReports } from '../../tests/generators/edge-reports';
import { reportArbitrary, STRESS_KNOBS } from '../../tests/generators/report-arbitrary';
import { compileDeck } from './compile';
import { THEME_IDS } from './themes';

/** Runs of each compile property (fixed, so CI and local runs test the same amount). */
const COMPILE_RUNS = 200;

const theme = fc.constantFrom(...THEME_IDS);

describe('compileDeck on generated long-text reports', () => {
  test('stress: 2,000-character items, 200-character labels and displays: every invariant holds', () => {
    fc.assert(
      fc.property(
        reportArbitrary(STRESS_KNOBS),
        fc.option(reportArbitrary(STRESS_KNOBS), { nil: undefined, freq: 3 }),
        theme,
        (report, other, themeId) => {
          const deck = compileDeck(report, { theme: themeId, ...(other ? { compareWith: other } : {}) });
          // The compared report's figures are not required here: a comparison-table row too
          // long for a slide of its own at the body size is shortened with "…" (a known limit),
          // and only a 200-character target wording (18 lines in its column) gets there.
          expect(deckProblems(deck, report)).toEqual([]);
        },
      ),
      { numRuns: COMPILE_RUNS },
    );
  });
});

describe('compileDeck on edge-case reports', () => {
  const cases = edgeReports().flatMap(({ name, report }) =>
    THEME_IDS.map((themeId) => ({ name: `${name}, ${themeId}`, report, themeId })),
  );

  test.each(cases)('$name', ({ report, themeId }) => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const deck = compileDeck(report, { theme: themeId });
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test('200 projects: 200 hidden backup slides, numbers up to 200 in the list', () => {
    const report = edgeReports().find((c) => c.name === '200 projects')!.report;
    const deck = compileDeck(report);
    expect(deck.slides.filter((s) => s.hidden)).toHaveLength(200);
  });

  test('slide ids made of report ids that clash with the section slides’ own stay unique', () => {
    const report = edgeReports().find((c) => c.name === 'ids named like slide ids')!.report;
    const ids = compileDeck(report).slides.map((s) => s.id);
    expect(ids).toContain('review/overview');
    expect(ids).toContain('review/overview@2');
    // The project with id "list": its backup slide (the projects list slide is gone).
    expect(ids).toContain('projects/list');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
