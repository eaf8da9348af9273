/**
 * Chinese line breaking on real decks: no line ends inside a Chinese word (Intl.Segmenter words)
 * that would fit the line, and no text's last line is an orphan (one character alone, or one
 * character and its punctuation), on every text block of both bundled decks and of generated
 * decks, and on generated report text wrapped at any width.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../../node/report-file';
import { lineString, slideBlocks } from '../../../tests/generators/deck-checks';
import { reportArbitrary } from '../../../tests/generators/report-arbitrary';
import { compileDeck } from '../compile';
import type { Report } from '../../report/schema';
import type { TextBlock } from '../types';
import { CLOSE, OPEN, breakClass, canBreakBetween } from './break-classes';
import { measureText } from './measure';
import { inkCharCount } from './orphans';
import { reportText } from '../../../tests/support/text-arbitraries';
import { chineseWordSpans } from './words';
import { wrapTextRanges } from './wrap';

/**
 * Width of a word with the punctuation that must stay with it ("（企业）、" cannot break before
 * "）" or "、", nor after "（"): the least width a line needs to hold it whole.
 */
function wordWidth(text: string, a: number, b: number, sizePx: number, weight: TextBlock['weight']): number {
  while (a > 0 && breakClass(text.charCodeAt(a - 1)) & OPEN) a--;
  while (b < text.length && breakClass(text.charCodeAt(b)) & CLOSE) b++;
  return measureText(text.slice(a, b), sizePx, weight);
}

/**
 * Could the last two lines be broken elsewhere: a break between two characters of the previous
 * line (no space, 禁则 kept, not inside a word) leaving it two characters, with the moved text fitting?
 */
function canRebreak(block: TextBlock, lines: readonly string[]): boolean {
  const prev = lines[lines.length - 2]!;
  const last = lines[lines.length - 1]!;
  const words = chineseWordSpans(prev + last);
  const cps = [...prev];
  let at = 0;
  for (let k = 1; k < cps.length; k++) {
    at += cps[k - 1]!.length;
    const a = breakClass(cps[k - 1]!.codePointAt(0)!);
    const b = breakClass(cps[k]!.codePointAt(0)!);
    if (!canBreakBetween(a, b, false) || words.some(([x, y]) => x < at && at < y)) continue;
    if (inkCharCount(prev, 0, at) < 2) continue;
    if (measureText(prev.slice(at) + last, block.fontSizePx, block.weight) <= block.box.w) return true;
  }
  return false;
}

/** Problems of one block: word cut at a line end, orphan last line (unless it is a whole paragraph). */
function blockProblems(block: TextBlock, where: string, paragraphs: Paragraphs): string[] {
  const lines = block.lines.map(lineString);
  if (lines.length < 2) return [];
  const text = lines.join('');
  const problems: string[] = [];
  let at = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    at += lines[k]!.length;
    if (forcedBreak(paragraphs, lines[k]!, lines[k + 1]!)) continue;
    for (const [a, b] of chineseWordSpans(text)) {
      if (a < at && at < b && wordWidth(text, a, b, block.fontSizePx, block.weight) <= block.box.w)
        problems.push(`${where}: "${lines[k]}" / "${lines[k + 1]}" cuts the word ${text.slice(a, b)}`);
    }
  }
  const last = lines[lines.length - 1]!;
  // A label cut short with "…" (its full wording is in the notes) ends where the box ends.
  const cutShort = last.endsWith('…') && !paragraphs.whole.has(last);
  if (inkCharCount(last, 0, last.length) === 1 && !paragraphs.whole.has(last) && !cutShort && canRebreak(block, lines))
    problems.push(`${where}: orphan last line "${last}" in ${lines.join('/')}`);
  return problems;
}

/** Every paragraph of every text in the report (a one-character paragraph is not an orphan). */
function paragraphsOf(report: Report): Paragraphs {
  const whole = new Set<string>();
  const texts: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const normal = v.replace(/\r\n|[\r\u2028\u2029]/g, '\n');
      texts.push(normal);
      for (const p of normal.split('\n')) whole.add(p.trim());
    } else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(report);
  return { whole, joined: texts.join('\u0000') };
}

/** The report's paragraphs, and all its text (to tell a forced line break from a wrap). */
interface Paragraphs {
  whole: ReadonlySet<string>;
  joined: string;
}

/** Whether the text has a forced break ("\n") between these two lines. */
const forcedBreak = (p: Paragraphs, before: string, after: string) =>
  p.joined.includes(`${before.slice(-4)}\n${after.slice(0, 4)}`);

function deckProblems(report: Report): string[] {
  const deck = compileDeck(report);
  const paragraphs = paragraphsOf(report);
  return deck.slides.flatMap((s) =>
    slideBlocks(s).flatMap((b) => blockProblems(b.block, `${s.id} ${b.where}`, paragraphs)),
  );
}

describe('bundled decks', () => {
  for (const name of ['china-2025', 'shanxi-2025']) {
    test(`${name}: no word cut at a line end, no orphan last line`, () => {
      const loaded = loadReportFile(fileURLToPath(new URL(`../../../data/reports/${name}.json`, import.meta.url)));
      if (!loaded.ok) throw new Error(`${name} does not load`);
      expect(deckProblems(loaded.report)).toEqual([]);
    });
  }
});

test('generated decks: no word cut at a line end, no orphan last line', () => {
  fc.assert(
    fc.property(reportArbitrary(), (report) => {
      expect(deckProblems(report)).toEqual([]);
    }),
    { numRuns: 100 },
  );
});

test('generated text at any width: a word that fits its line is never cut', () => {
  fc.assert(
    fc.property(reportText, fc.integer({ min: 2, max: 30 }), (text, widthEm) => {
      const size = 20;
      const ranges = wrapTextRanges(text, widthEm * size, size, 'regular');
      for (let k = 0; k + 1 < ranges.length; k++) {
        const cut = ranges[k]!.end;
        for (const [a, b] of chineseWordSpans(text))
          if (a < cut && cut < b) expect(wordWidth(text, a, b, size, 'regular')).toBeGreaterThan(widthEm * size);
      }
    }),
    { numRuns: 300 },
  );
});
