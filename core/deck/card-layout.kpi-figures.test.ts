/**
 * KPI figures at the DESIGN type scale (type-scale.ts): numbers 72–88 px bold, one size for all
 * numbers of a grid, on one line where any grid allows it (fewer, wider columns before fewer
 * cards; a one-column card sets its label beside the figure); statements (figures in words) at
 * 36 px up to the numbers' size; labels at the body size. Nothing shrinks below that: the cards
 * continue on the next slide instead.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import { blockString } from '../../tests/generators/deck-checks';
import { layoutKpiGrid, type KpiItem } from './card-layout';
import { compileDeck } from './compile';
import { contentFrame, type LayoutContext } from './frame';
import { columnsBox } from './grid';
import { THEMES, THEME_IDS, type ThemeId } from './themes';
import { kpiFigureKind, numberSpans } from './type-scale';
import type { KpiElement, Slide } from './types';

const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
if (!r.ok) throw new Error('shanxi-2025 does not load');
const shanxi = r.report;

const kpisOf = (slide: Slide) => slide.elements.filter((e): e is KpiElement => e.kind === 'kpi');
const ctxOf = (theme: ThemeId): LayoutContext => ({
  theme: THEMES[theme],
  metrics: notoSansScMetrics,
  meta: {} as never,
});
const item = (value: string, label = '指标'): KpiItem => ({
  value,
  label,
  figure: { label, display: value, quote: value },
});
const kind = (display: string) => kpiFigureKind(display, THEMES.official.sizes, notoSansScMetrics);

describe('the kinds of figure', () => {
  test.each([
    '5%',
    '5.5%左右',
    '45万人',
    '1599家',
    '131.7万张',
    '50个社区养老工程',
    '50个区域养老服务中心',
    '36微克/立方米',
    '２０２４年',
  ])('"%s" is a number', (d) => {
    expect(kind(d)).toBe('number');
  });
  test.each(['力争保持正增长', '与经济增长同步', '不折不扣完成', '两倍多', '提前一年'])(
    '"%s" (no digits) is a statement',
    (d) => {
      expect(kind(d)).toBe('statement');
    },
  );
  test('a numeric wording longer than two lines of a half-slide card is a statement; a sentence is a wording', () => {
    expect(kind('12个全面完成年度节能降耗减排目标任务的设区市和县')).toBe('statement');
    expect(
      kind('全面完成国家下达的节能降耗、减排、碳排放强度下降等约束性指标任务，并且继续推进生态环境质量持续改善'),
    ).toBe('wording');
  });
  test('a number is kept with its unit when a figure wraps', () => {
    const spans = (d: string) => numberSpans(d).map(([a, b]) => d.slice(a, b));
    expect(spans('131.7万张')).toEqual(['131.7万张']);
    expect(spans('50个社区养老工程')).toEqual(['50个']);
    expect(spans('5.5%左右')).toEqual(['5.5%']);
    expect(spans('1.4万亿斤左右')).toEqual(['1.4万亿斤']);
  });
});

describe('KPI figures on the bundled deck', () => {
  test.each(THEME_IDS)(
    'Shanxi project 1 ("50个社区养老工程" …): one column, labels beside, every figure on one line at one size ≥ 72 px (%s)',
    (theme) => {
      const slides = compileDeck(shanxi, { theme }).slides.filter((s) =>
        s.id.startsWith('projects-2025/elderly-care-meals'),
      );
      const kpis = slides.flatMap(kpisOf);
      expect(kpis.map((k) => blockString(k.value))).toEqual([
        '50个社区养老工程',
        '50个区域养老服务中心',
        '100个标准化社区食堂',
      ]);
      expect(slides).toHaveLength(1);
      for (const k of kpis) {
        expect(k.value.lines).toHaveLength(1);
        expect(k.value.weight).toBe('bold');
        // The label stands beside the figure.
        expect(k.label.box.x).toBeGreaterThan(k.value.box.x + k.value.box.w);
      }
      expect(new Set(kpis.map((k) => k.value.fontSizePx)).size).toBe(1);
      expect(kpis[0]!.value.fontSizePx).toBeGreaterThanOrEqual(72);
    },
  );

  test.each(THEME_IDS)(
    'Shanxi targets: numbers at one size ≥ 72 px on one line, statements at one size from 36 px to the numbers’, labels ≥ body (%s)',
    (theme) => {
      const { sizes } = THEMES[theme];
      const slides = compileDeck(shanxi, { theme }).slides.filter((s) => s.kind === 'targets');
      expect(slides.flatMap(kpisOf)).toHaveLength(9);
      for (const slide of slides) {
        const kpis = kpisOf(slide);
        expect(kpis.length).toBeLessThanOrEqual(9);
        const numbers = kpis.filter((k) => kind(k.figure.display) === 'number');
        const statements = kpis.filter((k) => kind(k.figure.display) === 'statement');
        expect(numbers.length + statements.length).toBe(kpis.length);
        const numberSizes = new Set(numbers.map((k) => k.value.fontSizePx));
        const statementSizes = new Set(statements.map((k) => k.value.fontSizePx));
        expect(numberSizes.size).toBe(1);
        expect(statementSizes.size).toBeLessThanOrEqual(1);
        const n = [...numberSizes][0]!;
        expect(n).toBeGreaterThanOrEqual(72);
        for (const k of numbers) expect(k.value.lines).toHaveLength(1);
        for (const s of statementSizes) {
          expect(s).toBeGreaterThanOrEqual(36);
          expect(s).toBeLessThanOrEqual(n);
        }
        for (const k of kpis) expect(k.label.fontSizePx).toBeGreaterThanOrEqual(sizes.bodyMinPx);
      }
    },
  );

  test('no figure is smaller than the body text on its slide', () => {
    for (const theme of THEME_IDS) {
      for (const slide of compileDeck(shanxi, { theme }).slides) {
        const kpis = kpisOf(slide);
        if (kpis.length === 0) continue;
        const body = Math.max(
          0,
          ...slide.elements.flatMap((e) =>
            e.kind === 'text' && e.role === 'body' ? [e.fontSizePx] : e.kind === 'kpi' ? [e.label.fontSizePx] : [],
          ),
        );
        for (const k of kpis)
          expect(k.value.fontSizePx, `${slide.id} ${k.figure.display}`).toBeGreaterThanOrEqual(body);
      }
    }
  });
});

describe('layoutKpiGrid', () => {
  const ctx = ctxOf('official');
  const area = contentFrame(ctx, '标题', '标题').body;

  test('a number too wide for its card on one line is wrapped on the wrapped pass, at ≥ 72 px, never inside its number', () => {
    const long = '50个区域养老服务中心';
    expect(layoutKpiGrid([item(long), item('5%')], area, ctx, 2, 'one-line')).toBeUndefined();
    const kpis = layoutKpiGrid([item(long), item('5%')], area, ctx, 2, 'wrapped')!;
    const value = kpis.find((k) => blockString(k.value) === long)!.value;
    expect(value.lines.length).toBe(2);
    expect(
      value.lines[0]!.runs.map((x) => x.text)
        .join('')
        .startsWith('50个'),
    ).toBe(true);
    expect(new Set(kpis.map((k) => k.value.fontSizePx)).size).toBe(1);
    expect(value.fontSizePx).toBeGreaterThanOrEqual(72);
  });

  test('beside a chart (seven columns), a grid that cannot hold its figures at 72 px returns nothing rather than shrink them', () => {
    const narrow = columnsBox(0, 7, area.y, area.h);
    const four = ['131.7万张', '76.6亿千瓦时', '36微克/立方米', '93.6%'].map((v) => item(v));
    expect(layoutKpiGrid(four, narrow, ctx, 2, 'one-line')).toBeUndefined();
    expect(layoutKpiGrid(four, narrow, ctx, 2, 'wrapped')).toBeUndefined();
  });

  test('statements share one size, at most the numbers’, at least 36 px', () => {
    const kpis = layoutKpiGrid([item('5%'), item('力争保持正增长'), item('与经济增长同步')], area, ctx)!;
    const [n, s1, s2] = kpis.map((k) => k.value.fontSizePx);
    expect(s1).toBe(s2);
    expect(s1).toBeGreaterThanOrEqual(36);
    expect(s1).toBeLessThanOrEqual(n!);
    for (const k of kpis) expect(k.value.weight).toBe('bold');
  });
});
