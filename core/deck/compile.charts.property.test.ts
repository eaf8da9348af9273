/**
 * compileDeck on reports with long charts (fast-check): bar charts of up to 150 bars and donuts
 * of up to 60 shares, first beside the headline cards or on chart slides of their own, with
 * short and long labels, in any theme. Before the bar split and the donut fold
 * (chart-layout.ts: maxBarsIn, MAX_DONUT_SHARES), 17 bars overflowed their labels and ~58 made
 * compileDeck throw on a schema-valid report the loader accepts. Every invariant of
 * tests/generators/deck-checks.ts must hold, and every bar must be drawn on some slide.
 * (The everyday generator draws at most 6 bars and 5 shares: compile.property.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Chart, Figure, Highlight, Report } from '../report/schema';
import { deckProblems } from '../../tests/generators/deck-checks';
import { baseReport, textOf } from '../../tests/generators/edge-reports';
import { donutShares } from '../../tests/generators/report-arbitrary';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { compileDeck } from './compile';
import { THEME_IDS } from './themes';

const RUNS = fuzzRuns(30);

interface ChartSpec {
  kind: 'bar' | 'donut';
  n: number;
  labelLen: number;
  seed: number;
  negative: boolean;
}

/** A report of one theme whose highlights state every charted figure (10 a highlight). */
function longChartReport(specs: readonly ChartSpec[], kpiFirst: boolean): Report {
  const figures: Figure[] = [];
  const charts: Chart[] = [];
  specs.forEach((c, k) => {
    const values =
      c.kind === 'donut'
        ? donutShares(
            Array.from({ length: c.n }, (_, i) => ((i * 37 + c.seed) % 97) + 1),
            false,
          )
        : Array.from(
            { length: c.n },
            (_, i) => ((i * 53 + c.seed) % 9973) / 10 - (c.negative && i % 3 === 0 ? 500 : 0),
          );
    const ids = values.map((v, i) => {
      const id = `c${k}-f${i}`;
      figures.push({
        id,
        label: textOf(c.labelLen, c.seed + i),
        display: `${v}${c.kind === 'donut' ? '%' : '亿元'}`,
        value: v,
        unit: c.kind === 'donut' ? '%' : '亿元',
        bound: 'exact',
      });
      return id;
    });
    charts.push({ kind: c.kind, id: `chart-${k}`, title: `图表${k + 1}`, figureIds: ids });
  });
  if (kpiFirst)
    charts.unshift({ kind: 'kpi', id: 'kpi', title: '主要数字', figureIds: figures.slice(0, 4).map((f) => f.id!) });
  const highlights: Highlight[] = [];
  for (let i = 0; i < figures.length; i += 10) {
    const figs = figures.slice(i, i + 10);
    const text = `全年${figs.map((f) => `${f.label}${f.display}`).join('，')}。`;
    highlights.push({ id: `h${i}`, text, source: text, figures: figs });
  }
  return baseReport([
    {
      kind: 'review',
      id: 'review',
      title: '成绩单',
      year: 2024,
      themes: [{ id: 'theme', title: '主题', source: '主题', highlights, charts }],
    },
  ]);
}

const chartSpec: fc.Arbitrary<ChartSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('bar' as const),
    n: fc.integer({ min: 1, max: 150 }),
    labelLen: fc.integer({ min: 1, max: 40 }),
    seed: fc.nat(1000),
    negative: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('donut' as const),
    n: fc.integer({ min: 1, max: 60 }),
    labelLen: fc.integer({ min: 1, max: 40 }),
    seed: fc.nat(1000),
    negative: fc.constant(false),
  }),
);

describe('compileDeck on long charts', () => {
  test(
    `bar charts of up to 150 bars and donuts of up to 60 shares: every invariant holds, every bar is drawn (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.array(chartSpec, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          fc.constantFrom(...THEME_IDS),
          (specs, kpiFirst, theme) => {
            const report = longChartReport(specs, kpiFirst);
            const deck = compileDeck(report, { theme });
            expect(deckProblems(deck, report)).toEqual([]);
            // Bars are split over slides, never dropped: each bar figure is drawn in some bar chart.
            const drawn = new Set(
              deck.slides.flatMap((s) =>
                s.elements.flatMap((e) =>
                  e.kind === 'chart' && e.chartKind === 'bar' ? e.data.map((d) => d.display + d.label) : [],
                ),
              ),
            );
            specs.forEach((c, k) => {
              if (c.kind !== 'bar') return;
              const chart =
                report.sections[0]!.kind === 'review'
                  ? report.sections[0]!.themes[0]!.charts!.find((x) => x.id === `chart-${k}`)!
                  : undefined;
              const figs =
                report.sections[0]!.kind === 'review'
                  ? report.sections[0]!.themes[0]!.highlights.flatMap((h) => h.figures)
                  : [];
              for (const id of chart!.figureIds) {
                const f = figs.find((x) => x.id === id)!;
                expect(drawn.has(f.display + f.label), `${id} drawn`).toBe(true);
              }
            });
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 15),
  );

  test('a 1,000-bar chart and a 1,000-share donut (the list limit) compile without a problem', () => {
    for (const kind of ['bar', 'donut'] as const) {
      const report = longChartReport([{ kind, n: 1000, labelLen: 8, seed: 1, negative: kind === 'bar' }], false);
      const deck = compileDeck(report);
      expect(deckProblems(deck, report)).toEqual([]);
      if (kind === 'bar')
        expect(deck.slides.filter((s) => s.elements.some((e) => e.kind === 'chart')).length).toBeGreaterThan(1000 / 28);
    }
  });
});
