/**
 * Text cards (overviews): a short head above or left of a text, one size per kind of text in a
 * grid, continued grids balanced over their slides (balance.ts).
 */
import { fillPlannedPages, type FilledPage, gridPageSizes } from './balance';
import { figureSpans, fitBlock, type TextStyle } from './blocks';
import {
  ACCENT_WIDTH_PX,
  CARD_GAP_PX,
  columnOptions,
  commonSize,
  innerBox,
  LONE_KPI_CARD_MAX_WIDTH_PX,
  MAX_CARDS_PER_SLIDE,
  MAX_KPI_CARD_HEIGHT_PX,
} from './card-grid';
import type { LayoutContext } from './frame';
import { cardColumns, gridCells } from './grid';
import { bodyListStyle, type ListEntry, paginateList } from './list-layout';
import { measureText } from './text/measure';
import type { Box, Element, FigureRef, TextBlock } from './types';

export interface TextCard {
  head: string;
  body: string;
  emphasis: readonly string[];
  figures?: FigureRef[];
}

/** Where a text card's head goes: above the body, or in a column on its left (short numbers). */
export type HeadPlacement = 'top' | 'left';
/** Width of the head column of a 'left' card, as a multiple of the head's size. */
const LEFT_HEAD_EM = 1.6;
/** Sizes a card head is tried at, largest first (never below the body minimum). */
const HEAD_SIZES_PX = [40, 36, 32, 28];
const HEAD_LINE_HEIGHT = 1.2;
const CARD_BODY_LINE_HEIGHT = 1.35;
const HEAD_BODY_GAP_PX = 8;

/**
 * Overview cards: a short head (number or name) above (or left of) a text, every head of the grid
 * at one size and every text at one size, both at least the body size and the texts no larger
 * than the heads. Of the head sizes that fit, the one that leaves the texts the largest size
 * (then the largest head). Returns the
 * elements of one grid, or undefined when the texts cannot fit at the body size.
 */
export function layoutTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  cols = cardColumns(cards.length),
  placement: HeadPlacement = 'top',
): Element[] | undefined {
  // A lone card whose text fits a card of a two-card grid at a KPI card's height is set there,
  // top left, like a lone KPI card: stretched over the whole body it looked like an empty banner.
  if (cards.length === 1 && area.w > LONE_KPI_CARD_MAX_WIDTH_PX) {
    const compact = { ...area, w: LONE_KPI_CARD_MAX_WIDTH_PX, h: Math.min(area.h, MAX_KPI_CARD_HEIGHT_PX) };
    const lone = layoutTextCards(cards, compact, ctx, 1, placement);
    if (lone) return lone;
  }
  const { colors, sizes } = ctx.theme;
  const cells = gridCells(area, cards.length, cols, CARD_GAP_PX);
  const inners = cells.map(innerBox);
  if (inners[0]!.w <= 0 || inners[0]!.h <= 0) return undefined;
  const headStyle = (px: number): TextStyle => ({
    maxPx: px,
    minPx: px,
    weight: 'bold',
    color: colors.figure,
    align: 'left',
    valign: 'top',
    lineHeight: HEAD_LINE_HEIGHT,
    maxLines: 2,
  });
  const bodyStyle: TextStyle = {
    maxPx: sizes.bodyMaxPx,
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign: 'top',
    lineHeight: CARD_BODY_LINE_HEIGHT,
    slackMayAddLines: true,
  };
  // A quick refusal before any wrapping: a text needs at least its width over the line width in
  // lines, at the body minimum, in the most room a card of this grid can give it.
  const roomW = inners[0]!.w - (placement === 'left' ? Math.ceil(sizes.bodyMinPx * LEFT_HEAD_EM) : 0);
  const roomH = inners[0]!.h - (placement === 'top' ? sizes.bodyMinPx * HEAD_LINE_HEIGHT + HEAD_BODY_GAP_PX : 0);
  const lineH = sizes.bodyMinPx * CARD_BODY_LINE_HEIGHT;
  // (Spaces and line breaks are left out of the width: a line may end on them.)
  for (const c of cards) {
    const inked = measureText(c.body.replace(/\s+/gu, ''), sizes.bodyMinPx, 'regular', ctx.metrics);
    if (roomW <= 0 || Math.floor(inked / roomW) * lineH > roomH + 1e-6) return undefined;
  }
  type Attempt = { heads: TextBlock[]; bodies: Box[]; bodySize: number };
  const attempt = (headPx: number): Attempt | undefined => {
    const headColumnPx = Math.ceil(headPx * LEFT_HEAD_EM);
    const headBoxes = inners.map((b) => (placement === 'left' ? { ...b, w: headColumnPx } : b));
    const heads: TextBlock[] = [];
    for (let i = 0; i < cards.length; i++) {
      const r = fitBlock(cards[i]!.head, headBoxes[i]!, headStyle(headPx), ctx.metrics);
      if (!r.ok) return undefined;
      heads.push({ ...r.block, box: { ...r.block.box, h: r.block.lines.length * r.block.lineHeightPx } });
    }
    const bodies = inners.map((b, i) => {
      if (placement === 'left') return { ...b, x: b.x + headColumnPx, w: b.w - headColumnPx };
      const used = heads[i]!.box.h + HEAD_BODY_GAP_PX;
      return { ...b, y: b.y + used, h: b.h - used };
    });
    if (bodies.some((b) => b.w <= 0 || b.h <= 0)) return undefined;
    // A text is never larger than its head.
    const bodySize = commonSize(
      cards.map((c, i) => ({ text: c.body, box: bodies[i]!, keep: figureSpans(c.body, c.emphasis) })),
      { ...bodyStyle, maxPx: Math.min(bodyStyle.maxPx, headPx) },
      ctx,
    );
    return bodySize === undefined ? undefined : { heads, bodies, bodySize };
  };
  // The smallest head leaves the texts the most room: if they do not fit then, they never do
  // (most grids a page tries are too full; this keeps trying them cheap).
  const headSizes = HEAD_SIZES_PX.filter((px) => px >= sizes.bodyMinPx);
  const smallest = Math.min(...headSizes, sizes.bodyMinPx);
  const floor = attempt(smallest);
  if (!floor) return undefined;
  let best: Attempt = floor;
  for (const headPx of headSizes.filter((px) => px > smallest).sort((a, b) => b - a)) {
    if (best.bodySize >= Math.min(sizes.bodyMaxPx, headPx)) break;
    const a = attempt(headPx);
    if (a && (a.bodySize > best.bodySize || best === floor)) best = a;
    if (best.bodySize >= sizes.bodyMaxPx) break;
  }
  const { heads, bodies, bodySize } = best;
  const elements: Element[] = [];
  cards.forEach((card, i) => {
    const cell = cells[i]!;
    const bf = fitBlock(
      card.body,
      bodies[i]!,
      { ...bodyStyle, maxPx: bodySize, minPx: bodySize },
      ctx.metrics,
      card.emphasis,
    );
    if (!bf.ok) throw new Error('unreachable: the common size fits every card');
    elements.push(
      { kind: 'shape', shape: 'rect', box: cell, fill: colors.cardFill, stroke: colors.cardBorder, strokeWidthPx: 1 },
      {
        kind: 'shape',
        shape: 'rect',
        box: { x: cell.x, y: cell.y, w: ACCENT_WIDTH_PX, h: cell.h },
        fill: colors.primary,
      },
      { kind: 'text', role: 'heading', ...heads[i]! },
      { kind: 'text', role: 'body', ...bf.block, ...(card.figures?.length ? { figures: card.figures } : {}) },
    );
  });
  return elements;
}

/** A page of text cards: its elements and which cards (indexes) it shows. */
export interface TextCardPage {
  elements: Element[];
  /** Indexes of the cards on this page (a card too long for a slide is on each of its pages). */
  cards: number[];
}

/** The grid of `n` cards from `start` in `cols` columns (absolute indexes), or undefined. */
type CardGrid = (start: number, n: number, cols: number) => Element[] | undefined;

/** Up to `max` cards from `start` on one slide: as many as fit, in the widest grid that fits. */
function textCardPage(grid: CardGrid, total: number, start: number, max: number): FilledPage<TextCardPage> | undefined {
  for (let n = Math.min(max, total - start); n >= 1; n--) {
    for (const cols of columnOptions(n, cardColumns)) {
      const laid = grid(start, n, cols);
      if (laid) return { page: { elements: laid, cards: Array.from({ length: n }, (_, k) => start + k) }, count: n };
    }
  }
  return undefined;
}

/**
 * A card too long for a slide of its own at the body size: its head and text as a list (the head
 * bold, kept with the text), continued over as many slides as it takes at line boundaries.
 */
function longCardPages(card: TextCard, index: number, area: Box, ctx: LayoutContext): TextCardPage[] {
  const entries: ListEntry[] = [
    { marker: '', text: card.head, emphasis: [], figures: [], weight: 'bold', kind: 'heading' },
    {
      marker: '',
      text: card.body,
      emphasis: card.emphasis,
      figures: card.figures ?? [],
      weight: 'regular',
      kind: 'paragraph',
    },
  ];
  return paginateList(entries, area, bodyListStyle(ctx), ctx).map((p) => ({ elements: [p.element], cards: [index] }));
}

/**
 * Text cards over as many slides as needed; each page says which cards it holds.
 *
 * Continued grids are balanced (balance.ts, gridPageSizes): as many slides as filling each to
 * the brim would take, never more, with the cards split so that every slide's grid fills whole
 * rows where it can, the grids at most one row apart in height, then as evenly as possible —
 * 10 cards make 6 + 4 (not 9 + 1), 13 make 9 + 4, 14 make 8 + 6, 15 make 9 + 6 (not 8 + 7: a
 * lone card on a last row looks broken). A slide whose cards are too long for its planned grid
 * takes fewer (as many as fit) and the rest is planned again over the slides left. A card too
 * long for a slide of its own continues over slides of its own (longCardPages).
 */
export function paginateTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  maxPerSlide = MAX_CARDS_PER_SLIDE,
  placement: HeadPlacement = 'top',
): TextCardPage[] {
  // The greedy split and the balanced one try many of the same grids: each is laid out once.
  const grids = new Map<string, Element[] | undefined>();
  const grid: CardGrid = (start, n, cols) => {
    const key = `${start}+${n}/${cols}`;
    if (!grids.has(key)) grids.set(key, layoutTextCards(cards.slice(start, start + n), area, ctx, cols, placement));
    return grids.get(key);
  };
  const out: TextCardPage[] = [];
  // Runs of cards that fit a slide, balanced each; a card that does not breaks the run.
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end > runStart) out.push(...balancedRun(grid, runStart, end, maxPerSlide));
  };
  for (let i = 0; i < cards.length; i++) {
    if (grid(i, 1, 1)) continue;
    flushRun(i);
    out.push(...longCardPages(cards[i]!, i, area, ctx));
    runStart = i + 1;
  }
  flushRun(cards.length);
  return sameCardSize(out, (start, n, cols, h) =>
    layoutTextCards(cards.slice(start, start + n), { ...area, h }, ctx, cols, placement),
  );
}

/** The box of a grid page's first card (its bordered rect), undefined for a page of a long card. */
function firstCell(page: TextCardPage): Box | undefined {
  return page.elements.find((e) => e.kind === 'shape' && e.stroke !== undefined)?.box;
}

/**
 * The cards of one set are the same size on all its slides: a continuation with fewer rows than
 * the first slide's grid (15 projects: 6 + 6 + 3) had its one row stretched over the whole body,
 * cards twice as tall as on the slides before. Such a page is laid out again in its rows at the
 * first grid's card height, top-aligned like the rows before it; it keeps its own layout when its
 * cards are not as wide as the first grid's or their texts do not fit the lower cards.
 */
function sameCardSize(
  pages: TextCardPage[],
  relayout: (start: number, n: number, cols: number, heightPx: number) => Element[] | undefined,
): TextCardPage[] {
  const first = pages.find((p) => firstCell(p) !== undefined);
  const ref = first && firstCell(first);
  if (!ref) return pages;
  return pages.map((p) => {
    const cell = firstCell(p);
    if (p === first || !cell || Math.abs(cell.w - ref.w) > 0.5 || cell.h <= ref.h + 0.5) return p;
    const cells = p.elements.filter((e) => e.kind === 'shape' && e.stroke !== undefined).map((e) => e.box);
    const cols = cells.filter((b) => Math.abs(b.y - cell.y) < 0.5).length;
    const rows = Math.ceil(p.cards.length / cols);
    const laid = relayout(p.cards[0]!, p.cards.length, cols, rows * ref.h + (rows - 1) * CARD_GAP_PX);
    return laid ? { ...p, elements: laid } : p;
  });
}

/** Cards [from, to), each of which fits a slide of its own, balanced over their slides. */
function balancedRun(grid: CardGrid, from: number, to: number, maxPerSlide: number): TextCardPage[] {
  const fill = (start: number, max: number): FilledPage<TextCardPage> => {
    const p = textCardPage(grid, to, from + start, max);
    if (!p) throw new Error('unreachable: every card of the run fits a slide of its own');
    return p;
  };
  const greedy: TextCardPage[] = [];
  for (let start = 0; start < to - from;) {
    const { page, count } = fill(start, maxPerSlide);
    greedy.push(page);
    start += count;
  }
  const plan = (total: number, pages: number) => gridPageSizes(total, pages, maxPerSlide, cardColumns);
  return greedy.length <= 1 ? greedy : (fillPlannedPages(to - from, greedy.length, plan, fill) ?? greedy);
}
