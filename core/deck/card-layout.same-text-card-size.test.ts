/**
 * The text cards of one set are the same size on all its slides, on both bundled reports and on
 * generated ones (fast-check). Measured before: Shanxi's 15 projects made 6 + 6 + 3 cards of
 * 371×251 px, then 371×522 px — the last row stretched over the whole body. (The generated
 * reports have short texts: a continued page whose texts need taller cards than the first
 * slide's keeps its own height — text-cards.ts, sameCardSize — and long texts make that common.)
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { BUNDLED, bundledReport } from '../../tests/support/bundled-report';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { compileDeck } from './compile';
import { CONTINUED_SUFFIX } from './frame';
import { THEME_IDS } from './themes';
import type { Box, Deck, Slide } from './types';

const RUNS = fuzzRuns(200);

const OVERVIEWS = new Set<Slide['kind']>(['projects-overview', 'tasks-overview', 'review-overview']);

function cards(slide: Slide): Box[] {
  return slide.elements.flatMap((e) => (e.kind === 'shape' && e.stroke !== undefined ? [e.box] : []));
}

function problems(deck: Deck): string[] {
  const out: string[] = [];
  let set: Box | undefined;
  for (const s of deck.slides) {
    if (!OVERVIEWS.has(s.kind)) {
      set = undefined;
      continue;
    }
    const first = cards(s)[0];
    if (!s.title.endsWith(CONTINUED_SUFFIX)) set = first;
    else if (set && first && Math.abs(first.w - set.w) < 0.5 && Math.abs(first.h - set.h) > 0.5)
      out.push(
        `${s.title}: cards ${Math.round(first.w)}×${Math.round(first.h)}, before ${Math.round(set.w)}×${Math.round(set.h)}`,
      );
  }
  return out;
}

describe('the same card size for all cards of one set', () => {
  test.each(BUNDLED.flatMap((name) => THEME_IDS.map((theme) => [name, theme] as const)))(
    '%s, theme %s',
    (name, theme) => {
      expect(problems(compileDeck(bundledReport(name), { theme }))).toEqual([]);
    },
  );

  test(
    `generated reports with up to 20 items a list, any theme (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          reportArbitrary({ maxItems: 20, maxTextChars: 12, maxLabelChars: 8 }),
          fc.constantFrom(...THEME_IDS),
          (report, theme) => {
            expect(problems(compileDeck(report, { theme }))).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 60),
  );
});
