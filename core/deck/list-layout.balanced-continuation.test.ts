/**
 * A list that continues is balanced over its slides (balance.ts, evenPageSizes): as many slides
 * as filling each to the brim takes (never more), the item counts at most one apart, the larger
 * pages first — 13 items make 5 + 4 + 4, not 6 + 6 + 1 nor 5 + 5 + 3.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { deckProblems } from '../../tests/generators/deck-checks';
import { baseReport, task } from '../../tests/generators/edge-reports';
import { compileDeck } from './compile';
import { contentFrame, type LayoutContext } from './frame';
import { bodyListStyle, type ListEntry, paginateList } from './list-layout';
import { THEMES } from './themes';

const ctx: LayoutContext = { theme: THEMES.official, metrics: notoSansScMetrics, meta: {} as never };
const box = contentFrame(ctx, '标题', '标题').body;
const items = (n: number): ListEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    marker: '●',
    text: `第${i + 1}项工作。`,
    emphasis: [],
    figures: [],
    weight: 'regular',
    kind: 'item',
  }));
const counts = (n: number) => paginateList(items(n), box, bodyListStyle(ctx), ctx).map((p) => p.entries.length);

describe('list-layout: balanced continuation', () => {
  test.each([
    [6, [6]],
    [7, [4, 3]],
    [12, [6, 6]],
    [13, [5, 4, 4]],
    [14, [5, 5, 4]],
    [19, [5, 5, 5, 4]],
  ])('%i short items: %j', (n, expected) => {
    expect(counts(n)).toEqual(expected);
  });

  test('any count of short items: ceil(n / 6) slides, at most one apart, larger first, every item once in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const pages = paginateList(items(n), box, bodyListStyle(ctx), ctx);
        const c = pages.map((p) => p.entries.length);
        expect(pages).toHaveLength(Math.ceil(n / 6));
        expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
        expect([...c].sort((a, b) => b - a)).toEqual(c);
        expect(pages.flatMap((p) => p.entries)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      { numRuns: 60 },
    );
  });

  test('a work area of 13 points: 5 + 4 + 4 on its slides', () => {
    const points = Array.from({ length: 13 }, (_, i) => `推进第${i + 1}项改革。`);
    const report = baseReport([{ kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('t1', 1, points)] }]);
    const deck = compileDeck(report);
    const perSlide = deck.slides
      .filter((s) => s.kind === 'task')
      .map((s) => s.elements.flatMap((e) => (e.kind === 'list' ? e.items : [])).length);
    expect(perSlide).toEqual([5, 4, 4]);
    expect(deckProblems(deck, report)).toEqual([]);
  });
});
