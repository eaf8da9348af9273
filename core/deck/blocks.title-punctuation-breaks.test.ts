/**
 * Titles break after their punctuation (，、；：。) when that sets them on as many lines, each at
 * least half as long as the longest: "4. 聚焦推动城乡融合发展，" / "统筹推进新型城镇化和乡村全面振兴",
 * not a balanced break in mid-phrase. Stated directly (wrap head and tail apart) on every wrapped
 * title of both bundled decks and of generated decks: a title with no line ending in punctuation
 * could not have had one.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { lineString } from '../../tests/generators/deck-checks';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { fitBlock } from './blocks';
import { compileDeck } from './compile';
import { titleStyle } from './frame';
import { breakClass, canBreakBetween } from './text/break-classes';
import { measureText } from './text/measure';
import { wrapText } from './text/wrap';
import { THEMES } from './themes';
import { TITLE_BREAK_AFTER } from './title-breaks';
import type { TextElement } from './types';

const CONTEXT = { theme: THEMES.official, metrics: notoSansScMetrics, meta: {} as never };

const load = (name: string) => {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
};

/** A wrapped title that breaks in mid-phrase although a punctuation break would do. */
function titleProblems(report: Report): string[] {
  const problems: string[] = [];
  for (const slide of compileDeck(report).slides)
    for (const el of slide.elements) {
      if (el.kind !== 'text' || (el as TextElement).role !== 'title' || el.lines.length < 2) continue;
      if (/[\n\r\u2028\u2029]/.test(slide.title)) continue; // a line break of the report's own
      const lines = el.lines.map(lineString);
      if (lines.slice(0, -1).some((l) => TITLE_BREAK_AFTER.includes(l.at(-1)!))) continue;
      const text = lines.join('');
      const width = (s: string) => measureText(s, el.fontSizePx, el.weight);
      for (let p = 1; p < text.length; p++) {
        if (!TITLE_BREAK_AFTER.includes(text[p - 1]!)) continue;
        if (!canBreakBetween(breakClass(text.charCodeAt(p - 1)), breakClass(text.charCodeAt(p)), false)) continue;
        const alt = [
          ...wrapText(text.slice(0, p), el.box.w, el.fontSizePx, el.weight),
          ...wrapText(text.slice(p), el.box.w, el.fontSizePx, el.weight),
        ];
        const widths = alt.map(width);
        const same = alt.join('/') === lines.join('/');
        if (!same && alt.length === lines.length && Math.min(...widths) >= 0.5 * Math.max(...widths))
          problems.push(`${slide.id}: ${lines.join(' / ')} — could be ${alt.join(' / ')}`);
      }
    }
  return problems;
}

describe('bundled decks', () => {
  for (const name of ['shanxi-2025', 'china-2025'])
    test(`${name}: wrapped titles break after their punctuation where they can`, () => {
      expect(titleProblems(load(name))).toEqual([]);
    });

  test('shanxi: the work-area titles break after the comma', () => {
    const titles = compileDeck(load('shanxi-2025'))
      .slides.flatMap((s) => s.elements)
      .filter((e): e is TextElement => e.kind === 'text' && e.role === 'title' && e.lines.length === 2)
      .map((e) => e.lines.map(lineString));
    expect(titles).toContainEqual(['4. 聚焦推动城乡融合发展，', '统筹推进新型城镇化和乡村全面振兴']);
  });
});

test('a title with a comma breaks after it, not in mid-phrase', () => {
  const style = { ...titleStyle(CONTEXT, 40, 40), maxLines: 2 };
  const text = '坚定不移推动高质量发展，加快建设现代化产业体系';
  const box = { x: 0, y: 0, w: measureText('坚定不移推动高质量发展，加快', 40, style.weight), h: 400 };
  const fit = fitBlock(text, box, style, notoSansScMetrics);
  expect(fit.ok && fit.block.lines.map(lineString)).toEqual(['坚定不移推动高质量发展，', '加快建设现代化产业体系']);
});

test('generated decks: wrapped titles break after their punctuation where they can', () => {
  fc.assert(
    fc.property(reportArbitrary(), (report) => {
      expect(titleProblems(report)).toEqual([]);
    }),
    { numRuns: 100 },
  );
});
