/**
 * A lone KPI card (a grid of one) is no banner: it is as wide as a card of a two-card grid across
 * the body (LONE_KPI_CARD_MAX_WIDTH_PX), left-aligned where that grid's first card stands, as
 * long as its figure fits that card as it fits the whole width (same size, as many lines, label
 * unshortened); otherwise it keeps the whole width (card-layout.ts, loneCard).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import { blockString, deckProblems } from '../../tests/generators/deck-checks';
import { baseReport, project, valueFigure } from '../../tests/generators/edge-reports';
import { layoutKpiGrid, LONE_KPI_CARD_MAX_WIDTH_PX, type KpiItem } from './card-layout';
import { compileDeck } from './compile';
import { contentFrame, type LayoutContext } from './frame';
import { CONTENT_WIDTH_PX, MARGIN_PX } from './grid';
import { THEMES, THEME_IDS } from './themes';
import type { KpiElement, Slide } from './types';

const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
if (!r.ok) throw new Error('shanxi-2025 does not load');
const shanxi = r.report;

const kpisOf = (slide: Slide) => slide.elements.filter((e): e is KpiElement => e.kind === 'kpi');
const ctx: LayoutContext = { theme: THEMES.official, metrics: notoSansScMetrics, meta: {} as never };
const item = (value: string, label = '指标'): KpiItem => ({
  value,
  label,
  figure: { label, display: value, quote: value },
});
const body = contentFrame(ctx, '标题', '标题').body;

describe('a lone KPI card is capped at the width of a two-card grid’s card', () => {
  test('the cap is a cell of a two-column grid across the body', () => {
    expect(LONE_KPI_CARD_MAX_WIDTH_PX).toBe(566);
    expect(LONE_KPI_CARD_MAX_WIDTH_PX * 2).toBeLessThan(CONTENT_WIDTH_PX);
  });

  test('"600部" in the whole body: 566 px wide, left-aligned, at the size the whole width gives it', () => {
    const [card] = layoutKpiGrid([item('600部', '住宅自愿加装电梯')], body, ctx)!;
    expect(card!.box.x).toBe(body.x);
    expect(card!.box.w).toBe(LONE_KPI_CARD_MAX_WIDTH_PX);
    expect(card!.value.fontSizePx).toBe(THEMES.official.sizes.kpiValueMaxPx);
    expect(card!.value.lines).toHaveLength(1);
  });

  test('a figure that would need a smaller size or another line in the narrower card keeps the whole width', () => {
    // One line at 88 px across the body; in 566 px not on one line at any number size.
    const [card] = layoutKpiGrid([item('50个区域养老服务中心', '新建改造区域养老服务中心')], body, ctx)!;
    expect(card!.box.w).toBe(body.w);
    expect(card!.value.lines).toHaveLength(1);
  });

  test('two cards are not capped: they fill the body as a two-column grid', () => {
    const cards = layoutKpiGrid([item('1000台'), item('5万人')], body, ctx)!;
    expect(cards.map((c) => c.box.w)).toEqual([LONE_KPI_CARD_MAX_WIDTH_PX, LONE_KPI_CARD_MAX_WIDTH_PX]);
    expect(cards[1]!.box.x + cards[1]!.box.w).toBeCloseTo(body.x + body.w, 6);
  });

  test.each(THEME_IDS)(
    'Shanxi backup slides of one figure (第6项：加装电梯 …): the card stands where a two-card slide’s first card does (%s)',
    (theme) => {
      const deck = compileDeck(shanxi, { theme });
      const backups = deck.slides.filter((s) => s.kind === 'project-backup');
      const lone = backups.filter((s) => kpisOf(s).length === 1);
      const pair = backups.find((s) => kpisOf(s).length === 2)!;
      expect(lone.map((s) => s.title)).toEqual(expect.arrayContaining(['第6项：加装电梯']));
      expect(lone.length).toBeGreaterThanOrEqual(4);
      for (const s of lone) {
        const card = kpisOf(s)[0]!;
        expect(card.box.x, s.title).toBe(MARGIN_PX);
        expect(card.box.w, s.title).toBe(kpisOf(pair)[0]!.box.w);
        expect(card.box.h, s.title).toBe(kpisOf(pair)[0]!.box.h);
      }
      const elevator = kpisOf(lone.find((s) => s.title === '第6项：加装电梯')!)[0]!;
      expect(blockString(elevator.value)).toBe('600部');
      expect(deckProblems(deck, shanxi)).toEqual([]);
    },
  );

  test('a project whose one figure is too long for the narrower card keeps its card across the body', () => {
    const fig = { ...valueFigure('f', 50, '个', '区域养老服务中心'), display: '50个区域养老服务中心' };
    const p = {
      ...project('p1', 1, [fig]),
      text: '新建改造50个区域养老服务中心。',
      source: '新建改造50个区域养老服务中心。',
    };
    const report = baseReport([{ kind: 'projects', id: 'projects', title: '民生实事', year: 2025, projects: [p] }]);
    const deck = compileDeck(report);
    const card = deck.slides.filter((s) => s.kind === 'project-backup').flatMap(kpisOf)[0]!;
    expect(card.box.w).toBe(CONTENT_WIDTH_PX);
    expect(deckProblems(deck, report)).toEqual([]);
  });
});
