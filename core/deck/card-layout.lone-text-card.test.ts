/**
 * A lone text card is no banner either: a short one is set at a card of a two-card grid's width
 * and a KPI card's height, top left of its area; a text that needs more room keeps the whole area.
 */
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { layoutTextCards, LONE_KPI_CARD_MAX_WIDTH_PX } from './card-layout';
import { contentFrame, type LayoutContext } from './frame';
import { THEMES } from './themes';
import type { Element } from './types';

const ctx: LayoutContext = { theme: THEMES.official, metrics: notoSansScMetrics, meta: {} as never };
const body = contentFrame(ctx, '标题', '标题').body;
const cardBox = (els: readonly Element[]) => {
  const rect = els.find((e) => e.kind === 'shape');
  if (!rect || rect.kind !== 'shape') throw new Error('no card');
  return rect.box;
};

describe('a lone text card', () => {
  test('short: two-card width, at most a KPI card high, at the top left of the area', () => {
    const box = cardBox(layoutTextCards([{ head: '2024年主要成绩', body: '6项成绩', emphasis: [] }], body, ctx)!);
    expect(box.w).toBe(LONE_KPI_CARD_MAX_WIDTH_PX);
    expect(box.h).toBeLessThanOrEqual(260);
    expect([box.x, box.y]).toEqual([body.x, body.y]);
  });

  test('long: keeps the whole area', () => {
    const long = '推进高质量发展，'.repeat(30);
    const box = cardBox(layoutTextCards([{ head: '重点工作', body: long, emphasis: [] }], body, ctx)!);
    expect(box.w).toBe(body.w);
  });
});
