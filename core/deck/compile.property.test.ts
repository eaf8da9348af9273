/**
 * compileDeck on generated reports (fast-check; long texts and named edge cases are in
 * compile.stress.test.ts): it never throws on a schema-valid report, and every layout invariant of tests/generators/deck-checks.ts holds —
 * nothing off the canvas, no overlaps, every text fits its box by measurement, no size below the
 * theme minimum, every figure on a slide, titles and notes, 禁则, unique ids, backup slides.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deckProblems } from '../../tests/generators/deck-checks';
import { meaningBrokenArbitrary, reportArbitrary } from '../../tests/generators/report-arbitrary';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { compileDeck } from './compile';
import { THEME_IDS } from './themes';

/**
 * Runs of the compile properties: 1,000 in CI (the hardening issue's count; ~8 ms a run for these
 * everyday-sized reports, so ~10 s each on a 2-core CI machine), fewer locally
 * (tests/support/fuzz-runs.ts). The long-text reports of compile.stress.test.ts cost ~18 ms a
 * run and stay at 200.
 */
const COMPILE_RUNS = fuzzRuns(200);
const BROKEN_RUNS = fuzzRuns(100);
const SUBSET_RUNS = fuzzRuns(50);

const theme = fc.constantFrom(...THEME_IDS);

describe('compileDeck on generated reports', () => {
  test(
    'everyday reports, any theme, with or without a comparison: every invariant holds',
    () => {
      fc.assert(
        fc.property(
          reportArbitrary(),
          fc.option(reportArbitrary(), { nil: undefined }),
          theme,
          (report, other, themeId) => {
            const options = other ? { compareWith: other } : {};
            const deck = compileDeck(report, { theme: themeId, ...options });
            expect(deckProblems(deck, report, options)).toEqual([]);
          },
        ),
        { numRuns: COMPILE_RUNS },
      );
    },
    fuzzTimeout(COMPILE_RUNS, 10),
  );

  test(
    'schema-valid reports the loader would reject (broken charts, duplicate ids): every invariant holds',
    () => {
      fc.assert(
        fc.property(
          meaningBrokenArbitrary(),
          fc.option(meaningBrokenArbitrary(), { nil: undefined, freq: 3 }),
          theme,
          (report, other, themeId) => {
            const options = other ? { compareWith: other } : {};
            const deck = compileDeck(report, { theme: themeId, ...options });
            expect(deckProblems(deck, report, options)).toEqual([]);
          },
        ),
        { numRuns: BROKEN_RUNS },
      );
    },
    fuzzTimeout(BROKEN_RUNS, 10),
  );

  test('a chosen subset of sections, in any order, compiles with the same invariants', () => {
    fc.assert(
      fc.property(
        reportArbitrary().chain((report) =>
          fc.tuple(fc.constant(report), fc.shuffledSubarray(report.sections.map((s) => s.id))),
        ),
        theme,
        ([report, ids], themeId) => {
          const deck = compileDeck(report, { theme: themeId, sections: ids });
          expect(deck.sections.map((s) => s.id)).toEqual(['opening', ...ids, 'closing']);
          const chosen = { ...report, sections: ids.map((id) => report.sections.find((s) => s.id === id)!) };
          expect(deckProblems(deck, chosen)).toEqual([]);
        },
      ),
      { numRuns: SUBSET_RUNS },
    );
  });
});
