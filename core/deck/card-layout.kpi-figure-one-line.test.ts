/**
 * A KPI figure stays on one line when it can: the figures of a grid shrink together (one size
 * for every card) below the theme's KPI minimum, down to KPI_ONE_LINE_MIN_PX, before any is
 * wrapped; a figure too long for one line even there is wrapped at the theme's KPI sizes.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import { blockString } from '../../tests/generators/deck-checks';
import { KPI_ONE_LINE_MIN_PX, layoutKpiGrid, type KpiItem } from './card-layout';
import { compileDeck } from './compile';
import { contentFrame, type LayoutContext } from './frame';
import { THEMES, THEME_IDS, type ThemeId } from './themes';
import type { KpiElement } from './types';

const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
if (!r.ok) throw new Error('shanxi-2025 does not load');
const shanxi = r.report;

const kpisOf = (elements: readonly { kind: string }[]) => elements.filter((e): e is KpiElement => e.kind === 'kpi');
const ctxOf = (theme: ThemeId): LayoutContext => ({ theme: THEMES[theme], metrics: notoSansScMetrics, meta: {} as never });
const item = (value: string): KpiItem => ({ value, label: '指标', figure: { label: '指标', display: value, quote: value } });

describe('KPI figures: one line before wrapping', () => {
  test('the minimum is documented in px, below the theme KPI minimum, above body text and labels', () => {
    for (const id of THEME_IDS) {
      const { sizes } = THEMES[id];
      expect(KPI_ONE_LINE_MIN_PX).toBeLessThan(sizes.kpiValueMinPx);
      expect(KPI_ONE_LINE_MIN_PX).toBeGreaterThan(sizes.bodyMinPx);
      expect(KPI_ONE_LINE_MIN_PX).toBeGreaterThan(sizes.kpiLabelMaxPx);
    }
  });

  test.each(THEME_IDS)('Shanxi project 1 ("50个社区养老工程" …): every figure on one line, all at one size (%s)', (theme) => {
    const slide = compileDeck(shanxi, { theme }).slides.find((s) => s.id === 'projects-2025/elderly-care-meals')!;
    const kpis = kpisOf(slide.elements);
    expect(kpis.map((k) => blockString(k.value))).toEqual(['50个社区养老工程', '50个区域养老服务中心', '100个标准化社区食堂']);
    for (const k of kpis) expect(k.value.lines).toHaveLength(1);
    const sizes = new Set(kpis.map((k) => k.value.fontSizePx));
    expect(sizes.size).toBe(1);
    const [size] = [...sizes];
    expect(size).toBeGreaterThanOrEqual(KPI_ONE_LINE_MIN_PX);
    // It did need to go below the theme's KPI minimum (that is what the rule is for).
    expect(size).toBeLessThan(THEMES[theme].sizes.kpiValueMinPx);
  });

  test('figures that fit one line at the theme KPI sizes keep them (Shanxi targets: one size ≥ 40 px, one line)', () => {
    const slide = compileDeck(shanxi).slides.find((s) => s.kind === 'targets')!;
    const kpis = kpisOf(slide.elements);
    expect(kpis).toHaveLength(9);
    expect(new Set(kpis.map((k) => k.value.fontSizePx)).size).toBe(1);
    for (const k of kpis) {
      expect(k.value.lines).toHaveLength(1);
      expect(k.value.fontSizePx).toBeGreaterThanOrEqual(THEMES.official.sizes.kpiValueMinPx);
    }
  });

  test('a figure too long for one line even at the minimum is wrapped, at the theme KPI sizes, and its grid with it', () => {
    const ctx = ctxOf('official');
    const area = contentFrame(ctx, '标题', '标题').body;
    const long = '全面完成年度节能降耗减排目标任务';
    const kpis = layoutKpiGrid([item('5%'), item(long), item('45万人')], area, ctx)!;
    expect(kpis).toBeDefined();
    expect(kpis.find((k) => blockString(k.value) === long)!.value.lines.length).toBeGreaterThan(1);
    expect(new Set(kpis.map((k) => k.value.fontSizePx)).size).toBe(1);
    expect(kpis[0]!.value.fontSizePx).toBeGreaterThanOrEqual(THEMES.official.sizes.kpiValueMinPx);
  });
});
