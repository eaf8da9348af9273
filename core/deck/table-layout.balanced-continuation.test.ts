/**
 * A table that continues is balanced over its slides: the same number of slides as filling each
 * to the brim (never more), the rows spread as evenly as they fit (13 rows: 7 + 6, not 9 + 4),
 * the header repeated on every part.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { blockString } from '../../tests/generators/deck-checks';
import { compileDeck } from './compile';
import { contentFrame, type LayoutContext } from './frame';
import { paginateTable, type TableSpec } from './table-layout';
import { THEMES, THEME_IDS } from './themes';
import type { TableElement } from './types';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
}

const rowTexts = (t: TableElement) => t.rows.map((row) => row.map((c) => blockString(c.block)));

describe('table-layout: balanced continuation', () => {
  const shanxi = load('shanxi-2025');
  const china = load('china-2025');

  test.each(THEME_IDS)(
    'the Shanxi–China comparison (13 rows) is 7 + 6 rows on two slides, header on each (%s)',
    (theme) => {
      const deck = compileDeck(shanxi, { compareWith: china, theme });
      const tables = deck.slides
        .filter((s) => s.kind === 'comparison')
        .map((s) => s.elements.find((e): e is TableElement => e.kind === 'table')!);
      expect(tables.map((t) => t.rows.length - t.headerRows)).toEqual([7, 6]);
      const headers = tables.map((t) => rowTexts(t)[0]);
      expect(headers[1]).toEqual(headers[0]);
      expect(headers[0]![0]).toBe('指标');
      // Every row once, in order.
      const indicators = tables.flatMap((t) =>
        rowTexts(t)
          .slice(1)
          .map((r) => r[0]),
      );
      expect(new Set(indicators).size).toBe(13);
    },
  );

  const ctx: LayoutContext = { theme: THEMES.official, metrics: notoSansScMetrics, meta: {} as never };
  const box = contentFrame(ctx, '主要目标对比', '主要预期目标').body;
  const spec = (n: number, maxRowsPerSlide: number): TableSpec => ({
    columnShares: [4, 3, 3],
    header: [{ text: '指标' }, { text: '甲' }, { text: '乙' }],
    rows: Array.from({ length: n }, (_, i) => [{ text: `指标${i + 1}` }, { text: `${i}%` }, { text: '—' }]),
    maxRowsPerSlide,
  });

  test('short rows: ceil(n / max) slides (as greedy), the slides’ row counts at most one apart, larger first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9 }), (n, max) => {
        const pages = paginateTable(spec(n, max), box, ctx);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(n / max)));
        const counts = pages.map((p) => p.rows.length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect([...counts].sort((a, b) => b - a)).toEqual(counts);
        expect(pages.flatMap((p) => p.rows)).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const p of pages) expect(p.table.headerRows).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  test('19 rows at 9 a slide: 7 + 6 + 6, not 9 + 9 + 1', () => {
    expect(paginateTable(spec(19, 9), box, ctx).map((p) => p.rows.length)).toEqual([7, 6, 6]);
  });

  const withLong = (n: number, long: number, chars: number): TableSpec => {
    const t = spec(n, 9);
    t.rows = t.rows.map((r, i) => (i < long ? [{ text: `指标${i + 1}：${'长'.repeat(chars)}` }, ...r.slice(1)] : r));
    return t;
  };

  test('a slide whose rows are too long for its even share takes as many as fit; the rest is spread again', () => {
    // 14 rows, the first 6 long (two lines at the body size): the first slide holds 5 of the
    // planned 7, the second the other 9.
    expect(paginateTable(withLong(14, 6, 24), box, ctx).map((p) => p.rows.length)).toEqual([5, 9]);
  });

  test('rows too long for a slide of their own are each on one (shortened); the short rows after them are balanced', () => {
    // Greedy: 1 + 1 + 1 + 9 + 2; the same five slides, the last two balanced.
    expect(paginateTable(withLong(14, 3, 400), box, ctx).map((p) => p.rows.length)).toEqual([1, 1, 1, 6, 5]);
  });
});
