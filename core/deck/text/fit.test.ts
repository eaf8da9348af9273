import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type FitOptions, fitText, fittingLineCount, splitToFit } from './fit';
import { reportText } from '../../../tests/support/text-arbitraries';
import { wrapText } from './wrap';

const box = (over: Partial<FitOptions> = {}): FitOptions => ({
  widthPx: 400,
  heightPx: 120,
  maxFontSizePx: 40,
  minFontSizePx: 12,
  lineHeight: 1.3,
  weight: 'regular',
  ...over,
});

/** The sizes fitText may choose from, and whether the text fits at one: the slow, obvious way. */
function candidateSizes(o: FitOptions): number[] {
  const sizes = [o.minFontSizePx];
  for (let s = Math.floor(o.minFontSizePx) + 1; s <= o.maxFontSizePx; s++) sizes.push(s);
  return sizes;
}
function fitsAt(text: string, size: number, o: FitOptions): boolean {
  const lines = wrapText(text, o.widthPx, size, o.weight).length;
  return lines * size * o.lineHeight <= o.heightPx + 1e-6 && lines <= (o.maxLines ?? Infinity);
}

const boxes = fc.record({
  widthPx: fc.integer({ min: 40, max: 1200 }),
  heightPx: fc.integer({ min: 10, max: 700 }),
  maxFontSizePx: fc.integer({ min: 12, max: 96 }),
  minFontSizePx: fc.oneof(fc.integer({ min: 8, max: 12 }), fc.double({ min: 8, max: 12, noNaN: true })),
  lineHeight: fc.constantFrom(1, 1.2, 1.3, 1.5),
  weight: fc.constantFrom('regular' as const, 'bold' as const),
  maxLines: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
});

describe('fitText', () => {
  test('picks the largest size at which the text fits (same answer as trying every size)', () => {
    fc.assert(
      fc.property(reportText, boxes, (text, o) => {
        const result = fitText(text, o);
        const fitting = candidateSizes(o).filter((s) => fitsAt(text, s, o));
        if (fitting.length === 0) {
          expect(result.kind).toBe('overflow');
        } else {
          expect(result.kind).toBe('fit');
          expect(result.fontSizePx).toBe(Math.max(...fitting));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a fit reports its lines and their height, within the box', () => {
    const text = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。';
    const result = fitText(text, box());
    expect(result.kind).toBe('fit');
    if (result.kind !== 'fit') return;
    expect(result.lines).toEqual(wrapText(text, 400, result.fontSizePx, 'regular'));
    expect(result.heightPx).toBeCloseTo(result.lines.length * result.fontSizePx * 1.3, 9);
    expect(result.heightPx).toBeLessThanOrEqual(120);
    expect(fitsAt(text, result.fontSizePx + 1, box())).toBe(false);
  });

  test('short text fits at the maximum size', () => {
    expect(fitText('目标', box())).toMatchObject({ kind: 'fit', fontSizePx: 40, lines: ['目标'] });
  });

  test('reports overflow at the minimum size with how many lines fit', () => {
    const text = '全面深化改革'.repeat(40);
    const result = fitText(text, box({ heightPx: 100 }));
    expect(result.kind).toBe('overflow');
    if (result.kind !== 'overflow') return;
    expect(result.fontSizePx).toBe(12);
    expect(result.lines).toEqual(wrapText(text, 400, 12, 'regular'));
    expect(result.fittingLineCount).toBe(Math.floor(100 / (12 * 1.3)));
    expect(result.fittingLineCount).toBeLessThan(result.lines.length);
  });

  test('maxLines caps the lines even when the height would allow more', () => {
    const text = '建设现代化产业体系，推进新型工业化，发展新质生产力';
    const result = fitText(text, box({ heightPx: 700, maxLines: 2 }));
    expect(result.kind).toBe('fit');
    expect(result.lines.length).toBeLessThanOrEqual(2);
    expect(fitText(text.repeat(20), box({ heightPx: 700, maxLines: 2 }))).toMatchObject({
      kind: 'overflow',
      fittingLineCount: 2,
    });
  });

  test('a box sized for exactly n lines holds n lines despite floating point', () => {
    // 3 × 17 × 1.3 = 66.30000000000001 in binary floating point.
    expect(fittingLineCount(17, box({ heightPx: 66.3 }))).toBe(3);
  });

  test('rejects impossible options', () => {
    expect(() => fitText('a', box({ minFontSizePx: 30, maxFontSizePx: 20 }))).toThrow(RangeError);
    expect(() => fitText('a', box({ lineHeight: 0 }))).toThrow(RangeError);
    expect(() => fitText('a', box({ widthPx: Number.NaN }))).toThrow(RangeError);
  });
});

describe('splitToFit', () => {
  test('the head fits the box and head + tail give back the text', () => {
    fc.assert(
      fc.property(reportText, boxes, (text, o) => {
        const { head, tail } = splitToFit(text, o);
        const result = fitText(text, o);
        if (result.kind === 'fit') {
          expect({ head, tail }).toEqual({ head: text, tail: '' });
          return;
        }
        if (result.fittingLineCount >= 1) expect(fitText(head, o).kind).toBe('fit');
        // Progress: a continuation loop always ends.
        expect(tail.length).toBeLessThan(Math.max(1, text.length));
        // Between head and tail only the spaces or the line break at the cut are dropped.
        const gap = text.slice(head.length, text.length - tail.length);
        expect(text.startsWith(head) && text.endsWith(tail)).toBe(true);
        expect(gap).toMatch(/^ *(\r\n|[\n\r])?$/);
      }),
      { numRuns: 500 },
    );
  });

  test('moving the tail to continuation slides always ends, and loses no text', () => {
    const text = '推动高质量发展取得新成效。'.repeat(30);
    const o = box({ heightPx: 80 });
    const pages: string[] = [];
    let rest = text;
    while (rest !== '') {
      const { head, tail } = splitToFit(rest, o);
      pages.push(head);
      rest = tail;
      expect(pages.length).toBeLessThan(100);
    }
    expect(pages.join('')).toBe(text);
    for (const page of pages) expect(fitText(page, o).kind).toBe('fit');
  });

  test('cuts between lines: the tail starts where the first line that does not fit starts', () => {
    const text = '一二三四五六七八九十'.repeat(3);
    const o = box({ widthPx: 120, heightPx: 30, maxFontSizePx: 12, minFontSizePx: 12, lineHeight: 1.25 });
    // 10 characters of 12 px per line; 30 px hold 2 lines of 15 px.
    expect(splitToFit(text, o)).toEqual({ head: text.slice(0, 20), tail: text.slice(20) });
  });
});

describe('performance', () => {
  test('fits a 300-slide deck’s text (1,200 boxes) well within the 300 ms compile budget', () => {
    const paragraph =
      '2024年，全省地区生产总值增长5.2%，城镇新增就业131.7万人，PM2.5平均浓度下降到30微克/立方米。' +
      '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。';
    const texts = Array.from({ length: 1200 }, (_, k) => paragraph.slice(0, 40 + ((k * 37) % 120)));
    const run = () => {
      for (const text of texts) fitText(text, box({ widthPx: 540, heightPx: 200, minFontSizePx: 14 }));
    };
    run(); // warm up the JIT, as a long-running app would be
    const started = performance.now();
    run();
    const elapsedMs = performance.now() - started;
    // Typically ~10 ms; the bound leaves room for a loaded CI machine.
    expect(elapsedMs).toBeLessThan(150);
  });
});
