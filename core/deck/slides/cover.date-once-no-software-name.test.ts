/**
 * Covers read like an official document: the delivery date is printed once (the meeting line does
 * not repeat the date line), and no software name ("GovBrief …") appears on the cover, the
 * closing slide or anywhere in the bundled data the deck is made from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../../node/report-file';
import { blockString, slideBlocks } from '../../../tests/generators/deck-checks';
import { reportArbitrary } from '../../../tests/generators/report-arbitrary';
import { compileDeck } from '../compile';
import type { Deck, Slide } from '../types';

const SOFTWARE_NAME = /GovBrief|政报演示/i;
const BUNDLED = ['china-2025', 'shanxi-2025'];
const dataFile = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));

const slideText = (slide: Slide) =>
  slideBlocks(slide)
    .map((b) => blockString(b.block))
    .join('\n');

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

function coverProblems(deck: Deck): string[] {
  const cover = deck.slides.find((s) => s.kind === 'cover')!;
  const text = slideText(cover);
  const problems: string[] = [];
  const times = occurrences(text, deck.meta.date);
  if (deck.meta.date && times !== 1) problems.push(`the date "${deck.meta.date}" is printed ${times} times`);
  for (const s of deck.slides.filter((s) => s.kind === 'cover' || s.kind === 'closing'))
    if (SOFTWARE_NAME.test(slideText(s))) problems.push(`${s.kind} names the software: ${slideText(s)}`);
  return problems;
}

describe('bundled reports', () => {
  for (const name of BUNDLED) {
    const loaded = loadReportFile(dataFile(`reports/${name}.json`));
    if (!loaded.ok) throw new Error(`${name} does not load`);
    const deck = compileDeck(loaded.report);

    test(`${name}: the cover prints the date once and names no software`, () => {
      expect(coverProblems(deck)).toEqual([]);
    });

    test(`${name}: no slide, speaker note or data file names the software`, () => {
      for (const s of deck.slides) {
        expect(slideText(s), s.id).not.toMatch(SOFTWARE_NAME);
        expect(s.notes, s.id).not.toMatch(SOFTWARE_NAME);
      }
      expect(readFileSync(dataFile(`reports/${name}.json`), 'utf8')).not.toMatch(SOFTWARE_NAME);
      expect(readFileSync(dataFile(`sources/${name}.txt`), 'utf8')).not.toMatch(SOFTWARE_NAME);
    });
  }
});

test('generated reports: the cover prints the date once and names no software', () => {
  fc.assert(
    fc.property(reportArbitrary(), (report) => {
      expect(coverProblems(compileDeck(report))).toEqual([]);
    }),
    { numRuns: 150 },
  );
});
