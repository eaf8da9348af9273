/**
 * Grids of cards: KPI cards (a figure in big type with what it counts) and text cards (overviews).
 * All cards of a grid share one value size and one label size, as a designer would set them;
 * when the cards cannot fit even at the minimum sizes, fewer cards go on each slide. Text cards
 * that continue are balanced over their slides (paginateTextCards, balance.ts).
 */
import { fillPlannedPages, type FilledPage, gridPageSizes } from './balance';
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import type { LayoutContext } from './frame';
import { cardColumns, gridCells } from './grid';
import type { Box, Element, FigureRef, KpiElement, TextBlock } from './types';

export const MAX_CARDS_PER_SLIDE = 9;
const CARD_GAP_PX = 20;
const CARD_PADDING_PX = 16;
const ACCENT_WIDTH_PX = 8;
/** Share of a KPI card's inner height given to the number. */
const KPI_VALUE_SHARE = 0.55;
const KPI_VALUE_LINE_HEIGHT = 1.15;
const LABEL_LINE_HEIGHT = 1.3;
const VALUE_LABEL_GAP_PX = 6;
/**
 * A KPI figure reads best on one line ("50个社区养老工程", not "50个社区养老" over "工程"): to
 * keep it there, the figures may shrink below the theme's KPI minimum (kpiValueMinPx, 40 px) down
 * to this size — still above body text's minimum and the labels' largest size (28 px), so the
 * figure stays the biggest thing on its card. Only a figure too long for one line even at this
 * size is wrapped, and then at the theme's KPI sizes.
 */
export const KPI_ONE_LINE_MIN_PX = 32;

export interface KpiItem {
  value: string;
  label: string;
  figure: FigureRef;
}

/** The largest size (in the style's range) at which every text fits its box; undefined if none. */
function commonSize(texts: { text: string; box: Box; emphasis?: readonly string[] }[], style: TextStyle, ctx: LayoutContext): number | undefined {
  let size = style.maxPx;
  for (const t of texts) {
    // The same emphasis as the final fit: figures are kept on one line, which changes wrapping.
    const r = fitBlock(t.text, t.box, { ...style, maxPx: size }, ctx.metrics, t.emphasis ?? []);
    if (!r.ok) return undefined;
    size = Math.min(size, r.block.fontSizePx);
  }
  return size;
}

function innerBox(cell: Box): Box {
  const x = cell.x + ACCENT_WIDTH_PX + CARD_PADDING_PX;
  return { x, y: cell.y + CARD_PADDING_PX, w: cell.x + cell.w - CARD_PADDING_PX - x, h: cell.h - 2 * CARD_PADDING_PX };
}

/** Lays out the items as one grid in the area, or returns undefined if a figure cannot fit. */
export function layoutKpiGrid(
  items: readonly KpiItem[],
  area: Box,
  ctx: LayoutContext,
  cols = cardColumns(items.length),
  /** Last resort for one card: the value may shrink to the theme's minimum size, any number of lines. */
  relaxed = false,
): KpiElement[] | undefined {
  const { colors, sizes } = ctx.theme;
  const cells = gridCells(area, items.length, cols, CARD_GAP_PX);
  const boxes = cells.map((cell) => {
    const inner = innerBox(cell);
    const valueH = Math.floor(inner.h * KPI_VALUE_SHARE);
    return {
      cell,
      value: { ...inner, h: valueH },
      label: { ...inner, y: inner.y + valueH + VALUE_LABEL_GAP_PX, h: inner.h - valueH - VALUE_LABEL_GAP_PX },
    };
  });
  const valueStyle: TextStyle = {
    maxPx: sizes.kpiValueMaxPx,
    minPx: sizes.kpiValueMinPx,
    weight: 'bold',
    color: colors.figure,
    align: 'left',
    valign: 'bottom',
    lineHeight: KPI_VALUE_LINE_HEIGHT,
    maxLines: 3,
    ...(relaxed ? { minPx: sizes.minPx, maxLines: undefined } : {}),
  };
  const labelStyle: TextStyle = {
    maxPx: sizes.kpiLabelMaxPx,
    minPx: sizes.minPx,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign: 'top',
    lineHeight: LABEL_LINE_HEIGHT,
  };
  // A figure reads best on one line: take one line at any size from the largest down to
  // KPI_ONE_LINE_MIN_PX (below the theme's KPI minimum) before wrapping it. All figures of the
  // grid share one size, so one long figure sets the size of every card on the slide.
  const valueTexts = items.map((it, i) => ({ text: it.value, box: boxes[i]!.value, emphasis: [it.value] }));
  const oneLineMinPx = relaxed ? valueStyle.minPx : Math.min(KPI_ONE_LINE_MIN_PX, valueStyle.minPx);
  const oneLine = commonSize(valueTexts, { ...valueStyle, minPx: oneLineMinPx, maxLines: 1 }, ctx);
  const valueSize = oneLine ?? commonSize(valueTexts, valueStyle, ctx);
  if (valueSize === undefined) return undefined;
  const labelSize = commonSize(items.map((it, i) => ({ text: it.label, box: boxes[i]!.label })), labelStyle, ctx) ?? labelStyle.minPx;
  return items.map((it, i) => {
    const b = boxes[i]!;
    const value = fitBlock(it.value, b.value, { ...valueStyle, maxPx: valueSize, minPx: valueSize }, ctx.metrics, [it.value]);
    if (!value.ok) throw new Error('unreachable: the common size fits every value');
    // A label that does not fit even at the minimum size is shortened with "…"; its full
    // wording is in the notes and on the backup slide.
    const label: TextBlock = fitBlockOrEllipsis(it.label, b.label, { ...labelStyle, maxPx: labelSize, minPx: Math.min(labelSize, labelStyle.minPx) }, ctx.metrics);
    return {
      kind: 'kpi',
      box: b.cell,
      fill: colors.cardFill,
      border: colors.cardBorder,
      accentWidthPx: ACCENT_WIDTH_PX,
      accent: colors.primary,
      value: value.block,
      label,
      figure: it.figure,
    };
  });
}

/** KPI items over as many slides as needed (at most `maxPerSlide` a slide). */
export function paginateKpis(
  items: readonly KpiItem[],
  area: Box,
  ctx: LayoutContext,
  maxPerSlide = MAX_CARDS_PER_SLIDE,
  columns: (n: number) => number = cardColumns,
): KpiElement[][] {
  const pages: KpiElement[][] = [];
  let rest = [...items];
  while (rest.length > 0) {
    let n = Math.min(maxPerSlide, rest.length);
    let laid: KpiElement[] | undefined;
    // Fewer, larger cards until they fit; one card takes the whole area and fits any figure
    // within the length limit.
    for (; n >= 1; n--) {
      laid = layoutKpiGrid(rest.slice(0, n), area, ctx, columns(n));
      if (laid) break;
    }
    if (!laid) {
      n = 1;
      // A figure too long for a card at the KPI sizes (a long qualitative wording): it is still
      // shown, smaller and on more lines. (Before, the card was dropped: the figure was on no
      // slide, and the targets slides' notes shifted to the wrong targets.)
      laid = layoutKpiGrid(rest.slice(0, 1), area, ctx, 1, true) ?? [];
    }
    pages.push(laid);
    rest = rest.slice(Math.max(1, n));
  }
  return pages;
}

export interface TextCard {
  head: string;
  body: string;
  emphasis: readonly string[];
  figures?: FigureRef[];
}

/** Where a text card's head goes: above the body, or in a column on its left (short numbers). */
export type HeadPlacement = 'top' | 'left';
/** Width of the head column of a 'left' card, as a multiple of the head's largest size. */
const LEFT_HEAD_EM = 1.6;

/**
 * Overview cards: a short head (number or name) above a text. Returns the elements of one grid,
 * or undefined when the texts cannot fit at the minimum sizes.
 */
export function layoutTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  cols = cardColumns(cards.length),
  placement: HeadPlacement = 'top',
): Element[] | undefined {
  const { colors, sizes } = ctx.theme;
  const cells = gridCells(area, cards.length, cols, CARD_GAP_PX);
  const headStyle: TextStyle = {
    maxPx: 40,
    minPx: sizes.bodyMinPx,
    weight: 'bold',
    color: colors.figure,
    align: 'left',
    valign: 'top',
    lineHeight: 1.2,
    maxLines: 2,
  };
  const bodyStyle: TextStyle = {
    maxPx: sizes.bodyMaxPx,
    minPx: sizes.minPx + 4,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign: 'top',
    lineHeight: 1.35,
  };
  const headColumnPx = Math.ceil(headStyle.maxPx * LEFT_HEAD_EM);
  const heads = cells.map((cell) => {
    const inner = innerBox(cell);
    const lineH = Math.ceil(headStyle.maxPx * headStyle.lineHeight);
    return placement === 'left' ? { ...inner, w: headColumnPx, h: Math.min(inner.h, lineH) } : { ...inner, h: Math.min(inner.h, lineH) };
  });
  const headSize = commonSize(cards.map((c, i) => ({ text: c.head, box: heads[i]! })), headStyle, ctx);
  if (headSize === undefined) return undefined;
  const headFits = cards.map((c, i) => fitBlock(c.head, heads[i]!, { ...headStyle, maxPx: headSize, minPx: headSize }, ctx.metrics));
  const bodies = cells.map((cell, i) => {
    const inner = innerBox(cell);
    if (placement === 'left') return { ...inner, x: inner.x + headColumnPx, w: inner.w - headColumnPx };
    const hf = headFits[i]!;
    const used = hf.ok ? hf.block.lines.length * hf.block.lineHeightPx + 8 : 0;
    return { ...inner, y: inner.y + used, h: inner.h - used };
  });
  const bodySize = commonSize(cards.map((c, i) => ({ text: c.body, box: bodies[i]!, emphasis: c.emphasis })), bodyStyle, ctx);
  if (bodySize === undefined) return undefined;
  const elements: Element[] = [];
  cards.forEach((card, i) => {
    const cell = cells[i]!;
    const hf = headFits[i]!;
    const bf = fitBlock(card.body, bodies[i]!, { ...bodyStyle, maxPx: bodySize, minPx: bodySize }, ctx.metrics, card.emphasis);
    if (!hf.ok || !bf.ok) throw new Error('unreachable: the common sizes fit every card');
    elements.push(
      { kind: 'shape', shape: 'rect', box: cell, fill: colors.cardFill, stroke: colors.cardBorder, strokeWidthPx: 1 },
      { kind: 'shape', shape: 'rect', box: { x: cell.x, y: cell.y, w: ACCENT_WIDTH_PX, h: cell.h }, fill: colors.primary },
      { kind: 'text', role: 'heading', ...hf.block, box: { ...hf.block.box, h: hf.block.lines.length * hf.block.lineHeightPx } },
      { kind: 'text', role: 'body', ...bf.block, ...(card.figures?.length ? { figures: card.figures } : {}) },
    );
  });
  return elements;
}

/** Up to `max` cards from `start` on one slide: as many as fit (one, shortened, if none does). */
function textCardPage(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  start: number,
  max: number,
  placement: HeadPlacement,
): FilledPage<{ elements: Element[]; count: number }> {
  let n = Math.min(max, cards.length - start);
  let laid: Element[] | undefined;
  for (; n >= 1; n--) {
    laid = layoutTextCards(cards.slice(start, start + n), area, ctx, cardColumns(n), placement);
    if (laid) break;
  }
  if (!laid) {
    // One card that still does not fit: give it the ellipsis treatment rather than overflow.
    const card = cards[start]!;
    const style: TextStyle = {
      maxPx: ctx.theme.sizes.bodyMinPx,
      minPx: ctx.theme.sizes.minPx + 4,
      weight: 'regular',
      color: ctx.theme.colors.cardText,
      align: 'left',
      valign: 'top',
      lineHeight: 1.35,
    };
    laid = [{ kind: 'text', role: 'body', ...fitBlockOrEllipsis(`${card.head} ${card.body}`, area, style, ctx.metrics, card.emphasis) }];
    n = 1;
  }
  const count = Math.max(1, n);
  return { page: { elements: laid, count }, count };
}

/**
 * Text cards over as many slides as needed; each page says how many cards it holds.
 *
 * Continued grids are balanced (balance.ts, gridPageSizes): as many slides as filling each to
 * the brim would take, never more, with the cards split so that every slide's grid fills whole
 * rows where it can, the grids at most one row apart in height, then as evenly as possible —
 * 10 cards make 6 + 4 (not 9 + 1), 13 make 9 + 4, 14 make 8 + 6, 15 make 9 + 6 (not 8 + 7: a
 * lone card on a last row looks broken). A slide whose cards are too long for its planned grid
 * takes fewer (as many as fit) and the rest is planned again over the slides left.
 */
export function paginateTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  maxPerSlide = MAX_CARDS_PER_SLIDE,
  placement: HeadPlacement = 'top',
): { elements: Element[]; count: number }[] {
  const fill = (start: number, max: number) => textCardPage(cards, area, ctx, start, max, placement);
  const greedy: { elements: Element[]; count: number }[] = [];
  for (let start = 0; start < cards.length; ) {
    const { page, count } = fill(start, maxPerSlide);
    greedy.push(page);
    start += count;
  }
  if (greedy.length <= 1) return greedy;
  const plan = (total: number, pages: number) => gridPageSizes(total, pages, maxPerSlide, cardColumns);
  return fillPlannedPages(cards.length, greedy.length, plan, fill) ?? greedy;
}
