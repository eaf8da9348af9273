/**
 * "谢谢！" is centred by its ink: the blank half of the full-width "！" is discounted, so the
 * characters the eye sees sit on the slide's centre line (before, they sat a quarter em left).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../../node/report-file';
import { lineString } from '../../../tests/generators/deck-checks';
import { reportArbitrary } from '../../../tests/generators/report-arbitrary';
import { compileDeck } from '../compile';
import { measureText } from '../text/measure';
import { lineBlanksPx, opticalCentreShiftPx } from '../text/optical';
import { THEME_IDS } from '../themes';
import type { Deck, TextElement } from '../types';
import { CANVAS_WIDTH_PX } from '../units';

/** Distance of the closing words' ink centre from the slide's centre line, px. */
function inkOffCentrePx(deck: Deck): number {
  const closing = deck.slides.find((s) => s.kind === 'closing')!;
  const big = closing.elements.find((e): e is TextElement => e.kind === 'text' && e.role === 'big')!;
  expect(big.lines).toHaveLength(1);
  const line = lineString(big.lines[0]!);
  const width = measureText(line, big.fontSizePx, big.weight);
  const left = big.box.x + (big.box.w - width) / 2; // how every renderer centres a line
  const { startPx, endPx } = lineBlanksPx(line, big.fontSizePx);
  const inkCentre = left + startPx + (width - startPx - endPx) / 2;
  return inkCentre - CANVAS_WIDTH_PX / 2;
}

describe('bundled decks', () => {
  for (const name of ['china-2025', 'shanxi-2025'])
    test(`${name}: the ink of 谢谢！ is on the centre line, in every theme`, () => {
      const loaded = loadReportFile(fileURLToPath(new URL(`../../../data/reports/${name}.json`, import.meta.url)));
      if (!loaded.ok) throw new Error(name);
      for (const theme of THEME_IDS)
        expect(Math.abs(inkOffCentrePx(compileDeck(loaded.report, { theme })))).toBeLessThan(0.5);
    });
});

test('generated decks: the ink of the closing words is on the centre line', () => {
  fc.assert(
    fc.property(reportArbitrary(), fc.constantFrom(...THEME_IDS), (report, theme) => {
      expect(Math.abs(inkOffCentrePx(compileDeck(report, { theme })))).toBeLessThan(0.5);
    }),
    { numRuns: 60 },
  );
});

test('the blank half of full-width punctuation: ！ and 。 at the end, （ and “ at the start', () => {
  expect(opticalCentreShiftPx('谢谢！', 100)).toBe(25);
  expect(opticalCentreShiftPx('（谢谢）', 100)).toBe(0);
  expect(opticalCentreShiftPx('“谢谢', 100)).toBe(-25);
  expect(opticalCentreShiftPx('谢谢', 100)).toBe(0);
});
