/**
 * No one-sentence backup on an empty slide, on both bundled reports and on generated ones
 * (fast-check): a project's backup slide without figures whose text is a line or two is set as a
 * statement card, vertically centred (backup-statement.ts). Measured before: "推动惠商保惠及全省
 * 个体工商户。" took one 52 px line atop a 560 px body (9 %). Every backup's content now spans at
 * least a quarter of its body's height.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportArbitrary } from '../../../tests/generators/report-arbitrary';
import { BUNDLED, bundledReport } from '../../../tests/support/bundled-report';
import { fuzzRuns, fuzzTimeout } from '../../../tests/support/fuzz-runs';
import { compileDeck } from '../compile';
import { FOOTER_TOP_PX } from '../grid';
import { THEME_IDS } from '../themes';
import type { Deck, Element } from '../types';

const RUNS = fuzzRuns(200);
const MIN_SHARE = 0.25;

function titleBarBottom(els: readonly Element[]): number {
  return Math.max(...els.filter((e) => e.kind === 'shape' && e.box.y === 0).map((e) => e.box.y + e.box.h));
}

function problems(deck: Deck): string[] {
  return deck.slides
    .filter((s) => s.kind === 'project-backup')
    .flatMap((s) => {
      const top = titleBarBottom(s.elements);
      const content = s.elements.filter(
        (e) =>
          e.box.y > top &&
          e.box.y < FOOTER_TOP_PX &&
          !(e.kind === 'text' && (e.role === 'footer' || e.role === 'page-number' || e.role === 'label')),
      );
      if (content.length === 0) return [`${s.title}: an empty backup`];
      const y0 = Math.min(...content.map((e) => e.box.y));
      const y1 = Math.max(...content.map((e) => e.box.y + e.box.h));
      const share = (y1 - y0) / (FOOTER_TOP_PX - top);
      return share < MIN_SHARE ? [`${s.title}: content spans ${(share * 100).toFixed(0)} % of the body`] : [];
    });
}

describe('no one-sentence backup on an empty slide', () => {
  test.each(BUNDLED.flatMap((name) => THEME_IDS.map((theme) => [name, theme] as const)))(
    '%s, theme %s',
    (name, theme) => {
      const deck = compileDeck(bundledReport(name), { theme });
      expect(problems(deck)).toEqual([]);
    },
  );

  test(
    `generated reports, any theme (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(reportArbitrary(), fc.constantFrom(...THEME_IDS), (report, theme) => {
          expect(problems(compileDeck(report, { theme }))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 30),
  );
});
