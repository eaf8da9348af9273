/**
 * One title-bar height per section, on both bundled reports and on generated ones (fast-check):
 * a title that wraps to two lines used to make its bar, and so the body under it, 37 px taller
 * than its siblings', so the content jumped from slide to slide. Now every content slide of a
 * section sets its bar at the section's tallest.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { BUNDLED, bundledReport } from '../../tests/support/bundled-report';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { compileDeck } from './compile';
import { THEME_IDS } from './themes';
import type { Deck } from './types';

const RUNS = fuzzRuns(200);

/** Title-bar heights of each section's content slides (a full-width rect at the top under a title). */
function barsBySection(deck: Deck): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const s of deck.slides) {
    if (s.kind === 'section-divider' || !s.elements.some((e) => e.kind === 'text' && e.role === 'title')) continue;
    const bar = s.elements.find(
      (e) => e.kind === 'shape' && e.box.x === 0 && e.box.y === 0 && e.box.w === deck.size.widthPx,
    );
    if (!bar || bar.box.h >= deck.size.heightPx / 2) continue;
    const set = out.get(s.sectionId) ?? new Set<number>();
    set.add(bar.box.h);
    out.set(s.sectionId, set);
  }
  return out;
}

function problems(deck: Deck): string[] {
  return [...barsBySection(deck)]
    .filter(([id, bars]) => id !== 'opening' && id !== 'closing' && bars.size > 1)
    .map(([id, bars]) => `${id}: title bars of ${[...bars].join(', ')} px`);
}

describe('one title-bar height per section', () => {
  test.each(BUNDLED.flatMap((name) => THEME_IDS.map((theme) => [name, theme] as const)))(
    '%s, theme %s',
    (name, theme) => {
      const deck = compileDeck(bundledReport(name), { theme });
      expect(barsBySection(deck).size).toBeGreaterThan(1);
      expect(problems(deck)).toEqual([]);
    },
  );

  test(
    `generated reports, any theme (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(reportArbitrary({ maxLabelChars: 60 }), fc.constantFrom(...THEME_IDS), (report, theme) => {
          expect(problems(compileDeck(report, { theme }))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 40),
  );
});
