/**
 * Charts as a designer sets them, on both bundled reports and on generated ones (fast-check):
 *  - a donut's centre shows its largest share's wording (before: the first share's), and every
 *    share drawn has a legend entry with its value;
 *  - a bar's category label is whole (never shortened with "…"), on at most two lines: a chart
 *    whose labels do not fit their slots continues on further slides;
 *  - the bars of one chart are in one colour (a colour per bar meant nothing);
 *  - every chart's title is shown, and a continued chart's title ends "（续）" like its slide's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Report } from '../report/schema';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { BUNDLED, bundledReport } from '../../tests/support/bundled-report';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { blockText } from './blocks';
import { largestShare } from './chart-layout';
import { compileDeck } from './compile';
import { CONTINUED_SUFFIX } from './frame';
import { THEME_IDS } from './themes';
import type { ChartElement, Deck } from './types';

const RUNS = fuzzRuns(200);

function charts(deck: Deck): { slideTitle: string; chart: ChartElement }[] {
  return deck.slides.flatMap((s) =>
    s.elements.flatMap((e) => (e.kind === 'chart' ? [{ slideTitle: s.title, chart: e }] : [])),
  );
}

/** What breaks the chart rules in a deck, one line each (empty: none). */
function chartProblems(deck: Deck): string[] {
  const out: string[] = [];
  for (const { slideTitle, chart } of charts(deck)) {
    const where = `${slideTitle} / ${blockText(chart.title)}`;
    if (chart.title.lines.length === 0 || blockText(chart.title).trim() === '') out.push(`${where}: no title shown`);
    if (slideTitle.endsWith(CONTINUED_SUFFIX) !== blockText(chart.title).endsWith(CONTINUED_SUFFIX))
      out.push(`${where}: the chart's title and its slide's disagree on "（续）"`);
    switch (chart.chartKind) {
      case 'bar': {
        const colours = new Set(chart.data.map((d) => d.color));
        if (colours.size > 1) out.push(`${where}: bars in ${colours.size} colours`);
        chart.geometry.bars.forEach((b, i) => {
          const label = chart.data[i]!.label;
          // (A line may end on a space the wrapping drops.)
          if (blockText(b.label).replace(/\s+/gu, '') !== label.replace(/\s+/gu, ''))
            out.push(`${where}: label "${label}" printed as "${blockText(b.label)}"`);
          if (b.label.lines.length > 2) out.push(`${where}: label "${label}" on ${b.label.lines.length} lines`);
        });
        break;
      }
      case 'donut': {
        const largest = largestShare(chart.data);
        const centre = chart.geometry.centre;
        if (largest && centre && blockText(centre) !== largest.display)
          out.push(`${where}: centre shows "${blockText(centre)}", the largest share is "${largest.display}"`);
        const legend = chart.geometry.legend.map((l) => blockText(l.block)).join('\n');
        for (const d of chart.data)
          if (!legend.includes(d.display) && !legend.includes('…'))
            out.push(`${where}: share "${d.label}" has no value in the legend`);
        break;
      }
    }
  }
  return out;
}

describe('charts as a designer sets them', () => {
  test.each(BUNDLED.flatMap((name) => THEME_IDS.map((theme) => [name, theme] as const)))(
    '%s, theme %s: centre = largest share, whole bar labels, one bar colour, titles shown',
    (name, theme) => {
      const report = bundledReport(name);
      const deck = compileDeck(report, { theme });
      const declared = report.sections.flatMap((s) =>
        s.kind === 'review' ? s.themes.flatMap((t) => (t.charts ?? []).filter((c) => c.kind !== 'kpi')) : [],
      );
      expect(charts(deck).length).toBeGreaterThanOrEqual(declared.length);
      expect(chartProblems(deck)).toEqual([]);
    },
  );

  test('a donut led by a small share shows the largest in its centre', () => {
    const report = structuredClone(bundledReport('shanxi-2025')) as Report;
    const theme = report.sections
      .flatMap((s) => (s.kind === 'review' ? s.themes : []))
      .find((t) => t.charts?.some((c) => c.kind === 'donut' || c.kind === 'bar'));
    expect(theme).toBeDefined();
    const figures = theme!.highlights.flatMap((h) => h.figures).filter((f) => f.id && f.value !== undefined);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    const [small, big] = figures;
    Object.assign(small!, { value: 10, display: '10%', unit: '%' });
    Object.assign(big!, { value: 60, display: '60%', unit: '%' });
    theme!.charts = [{ kind: 'donut', id: 'shares', title: '占比', figureIds: [small!.id!, big!.id!] }];
    const donut = charts(compileDeck(report)).find((c) => c.chart.chartKind === 'donut')!.chart;
    expect(donut.chartKind === 'donut' && donut.geometry.centre && blockText(donut.geometry.centre)).toBe('60%');
  });

  test(
    `generated reports, any theme (${RUNS} runs): every chart keeps the rules`,
    () => {
      fc.assert(
        fc.property(
          reportArbitrary({ maxCharts: 3, maxLabelChars: 40 }),
          fc.constantFrom(...THEME_IDS),
          (report, theme) => {
            expect(chartProblems(compileDeck(report, { theme }))).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 30),
  );
});
