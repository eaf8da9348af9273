import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LINE_END_PROHIBITED, LINE_START_PROHIBITED } from './break-classes';
import { measureText } from './measure';
import {
  LINE_END_FORBIDDEN,
  LINE_START_FORBIDDEN,
  anyText,
  reportText,
  unbreakableClusters,
} from '../../../tests/support/text-arbitraries';
import { type LineRange, wrapText, wrapTextRanges } from './wrap';

const SIZE_PX = 20;
/** Width of n full-width (1 em) characters at SIZE_PX. */
const em = (n: number) => n * SIZE_PX;
const wrap = (text: string, widthPx: number) => wrapText(text, widthPx, SIZE_PX, 'regular');

/** The separators wrapping may drop between two lines: spaces, then a forced break if any. */
const SOFT_GAP = /^ *$/;
const HARD_GAP = /^ *(\r\n|[\n\r\u2028\u2029])$/;

function expectLinesGiveBackTheText(text: string, ranges: LineRange[]): void {
  expect(ranges[0]?.start).toBe(0);
  for (let k = 0; k + 1 < ranges.length; k++) {
    const gap = text.slice(ranges[k]!.end, ranges[k + 1]!.start);
    expect(gap).toMatch(ranges[k + 1]!.paragraphStart ? HARD_GAP : SOFT_GAP);
  }
  expect(text.slice(ranges[ranges.length - 1]!.end)).toMatch(SOFT_GAP);
}

const firstChar = (s: string) => String.fromCodePoint(s.codePointAt(0) as number);
const lastChar = (s: string) => [...s].pop() as string;

describe('wrapText examples', () => {
  test('breaks between Chinese words, not inside one (Intl.Segmenter words)', () => {
    expect(wrap('中华人民共和国', em(3))).toEqual(['中华', '人民', '共和国']);
    expect(wrap('新培育高新技术企业', em(8))).toEqual(['新培育', '高新技术企业']); // a set phrase
    expect(wrap('健全制度保障', em(5))).toEqual(['健全制度', '保障']);
    expect(wrap('坚持因地制宜', em(4))).toEqual(['坚持', '因地制宜']);
  });

  test('a word wider than the line is cut between characters', () => {
    expect(wrap('因地制宜', em(2))).toEqual(['因地', '制宜']);
  });

  test('no orphan: a last line of one character (or one and its punctuation) takes a word along', () => {
    expect(wrap('一二三四五六七八九十一。', em(11))).toEqual(['一二三四五六七八九', '十一。']);
    expect(wrap('一二三四五六七八九十一', em(10))).toEqual(['一二三四五六七八九', '十一']);
  });

  test('keeps numbers and Latin words whole: 131.7万张, PM2.5', () => {
    expect(wrap('新增131.7万张', em(4))).toEqual(['新增', '131.7', '万张']);
    expect(wrap('全省PM2.5浓度', em(4))).toEqual(['全省', 'PM2.5', '浓度']);
    expect(wrap('增长5.2%以上', em(3))).toEqual(['增长', '5.2%', '以上']);
  });

  test('breaks Latin text at spaces and drops the spaces at the break', () => {
    const lines = wrap('The quick brown fox jumps over', 160);
    expect(lines).toEqual(['The quick brown', 'fox jumps over']);
    expect(wrap('中文   ', em(5))).toEqual(['中文']);
  });

  test('cuts a word longer than the line between characters', () => {
    const lines = wrap('https://www.gov.cn/zhengce/content', 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('https://www.gov.cn/zhengce/content');
    for (const line of lines) expect(measureText(line, SIZE_PX, 'regular')).toBeLessThanOrEqual(100);
  });

  test('no line starts with closing punctuation: the previous character is carried down', () => {
    expect(wrap('一二三四。五', em(4))).toEqual(['一二三', '四。五']);
    expect(wrap('他说：“好。”然后', em(5))).toEqual(['他说：', '“好。”', '然后']);
    expect(wrap('增长了百分五%', em(6))).toEqual(['增长了', '百分五%']); // no orphan "五%"
  });

  test('no line ends with an opening bracket or quote', () => {
    expect(wrap('一二三（四）', em(4))).toEqual(['一二三', '（四）']);
    expect(wrap('一二三“四”', em(4))).toEqual(['一二三', '“四”']);
  });

  test('a dash or ellipsis pair is never split', () => {
    expect(wrap('一二——三', em(3))).toEqual(['一二', '——三']);
    expect(wrap('一二三……', em(4))).toEqual(['一二', '三……']);
  });

  test('"\\n" forces a line break; "\\r\\n" counts once; an empty paragraph is an empty line', () => {
    expect(wrap('一\n二\r\n三\n\n四', em(10))).toEqual(['一', '二', '三', '', '四']);
    expect(wrap('', em(10))).toEqual(['']);
    const ranges = wrapTextRanges('甲乙丙丁\n戊', em(2), SIZE_PX, 'regular');
    expect(ranges.map((r) => r.paragraphStart)).toEqual([true, false, true]);
  });

  test('a character wider than the box gets a line of its own', () => {
    expect(wrap('中文字', em(0.5))).toEqual(['中', '文', '字']);
    expect(wrap('ab', 1)).toEqual(['a', 'b']);
  });

  test('measures by code point: an astral character is never split', () => {
    expect(wrap('𠂇𠂇𠂇', em(2))).toEqual(['𠂇𠂇', '𠂇']);
  });

  test('reports each line’s range and measured width', () => {
    const ranges = wrapTextRanges('发展 new energy', 100, SIZE_PX, 'regular');
    for (const r of ranges) {
      expect(r.widthPx).toBe(measureText('发展 new energy'.slice(r.start, r.end), SIZE_PX, 'regular'));
    }
  });

  test('the exported prohibition lists are what the tests expect', () => {
    for (const ch of LINE_START_FORBIDDEN) expect(LINE_START_PROHIBITED).toContain(ch);
    for (const ch of LINE_END_FORBIDDEN) expect(LINE_END_PROHIBITED).toContain(ch);
  });
});

describe('wrapText properties', () => {
  const fontSize = fc.integer({ min: 8, max: 60 });

  test('no line is wider than the box, unless it is a single character', () => {
    fc.assert(
      fc.property(anyText, fontSize, fc.double({ min: 0, max: 30, noNaN: true }), (text, size, widthEm) => {
        const widthPx = widthEm * size;
        for (const line of wrapText(text, widthPx, size, 'regular')) {
          if ([...line].length > 1) expect(measureText(line, size, 'regular')).toBeLessThanOrEqual(widthPx);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the lines give back the text: only spaces and forced breaks are dropped between them', () => {
    fc.assert(
      fc.property(anyText, fontSize, fc.double({ min: 0, max: 30, noNaN: true }), (text, size, widthEm) => {
        const ranges = wrapTextRanges(text, widthEm * size, size, 'bold');
        expectLinesGiveBackTheText(text, ranges);
        const lines = wrapText(text, widthEm * size, size, 'bold');
        expect(lines.join('').replace(/[ \r\n\u2028\u2029]/g, '')).toBe(text.replace(/[ \r\n\u2028\u2029]/g, ''));
      }),
      { numRuns: 1000 },
    );
  });

  test('lines break only where allowed, unless an unbreakable run is wider than the box', () => {
    fc.assert(
      fc.property(reportText, fontSize, fc.double({ min: 1, max: 40, noNaN: true }), (text, size, widthEm) => {
        const widthPx = widthEm * size;
        const ranges = wrapTextRanges(text, widthPx, size, 'regular');
        const clusters = unbreakableClusters(text);
        for (const line of ranges) {
          if (line.paragraphStart) continue;
          const inside = clusters.find((c) => c.start < line.start && line.start < c.end);
          if (inside) {
            const run = text.slice(inside.start, inside.end);
            expect(measureText(run, size, 'regular'), `"${run}" split`).toBeGreaterThan(widthPx);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('no line starts with closing punctuation and none ends with an opening bracket', () => {
    fc.assert(
      fc.property(reportText, fontSize, fc.double({ min: 1, max: 40, noNaN: true }), (text, size, widthEm) => {
        const widthPx = widthEm * size;
        // Only an unbreakable run wider than the box may (must) be cut against the rules.
        const widest = Math.max(
          0,
          ...unbreakableClusters(text).map((c) => measureText(text.slice(c.start, c.end), size, 'regular')),
        );
        if (widest > widthPx) return;
        const ranges = wrapTextRanges(text, widthPx, size, 'regular');
        for (let k = 0; k < ranges.length; k++) {
          const line = text.slice(ranges[k]!.start, ranges[k]!.end);
          const wrappedBefore = !ranges[k]!.paragraphStart;
          const wrappedAfter = k + 1 < ranges.length && !ranges[k + 1]!.paragraphStart;
          if (wrappedBefore) expect(LINE_START_FORBIDDEN.has(firstChar(line)), line).toBe(false);
          if (wrappedAfter) expect(LINE_END_FORBIDDEN.has(lastChar(line)), line).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('Latin words and numbers that fit a line are never split', () => {
    fc.assert(
      fc.property(reportText, fontSize, fc.double({ min: 1, max: 40, noNaN: true }), (text, size, widthEm) => {
        const widthPx = widthEm * size;
        const ranges = wrapTextRanges(text, widthPx, size, 'regular');
        const clusters = unbreakableClusters(text);
        for (const m of text.matchAll(/[A-Za-z0-9]+(?:[.,%+\-/][A-Za-z0-9]+)*%?/g)) {
          const start = m.index;
          const end = start + m[0].length;
          // The word with whatever punctuation is glued to it must fit.
          const cluster = clusters.find((c) => c.start <= start && end <= c.end);
          if (!cluster || measureText(text.slice(cluster.start, cluster.end), size, 'regular') > widthPx) continue;
          expect(
            ranges.some((r) => r.start > start && r.start < end),
            `"${m[0]}" split`,
          ).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('wrapping is deterministic and lines never start with dropped spaces', () => {
    fc.assert(
      fc.property(reportText, fontSize, fc.double({ min: 1, max: 40, noNaN: true }), (text, size, widthEm) => {
        const a = wrapText(text, widthEm * size, size, 'regular');
        expect(wrapText(text, widthEm * size, size, 'regular')).toEqual(a);
        const ranges = wrapTextRanges(text, widthEm * size, size, 'regular');
        for (const r of ranges) if (!r.paragraphStart) expect(text[r.start]).not.toBe(' ');
        for (const line of a) expect(line.endsWith(' ')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
