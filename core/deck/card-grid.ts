/**
 * What every card grid shares: the gaps and padding of a card, its accent bar, how many cards a
 * slide and how many rows a grid holds, and the size that fits every text of a grid.
 */
import { fitBlock, type TextStyle } from './blocks';
import type { LayoutContext } from './frame';
import { CONTENT_WIDTH_PX } from './grid';
import type { KeepTogether } from './text/fit';
import type { Box } from './types';

export const MAX_CARDS_PER_SLIDE = 9;
export const CARD_GAP_PX = 20;
export const CARD_PADDING_PX = 16;
export const ACCENT_WIDTH_PX = 8;
/** A KPI card's hairline border, px (on the card's fill, it marks the card off the slide). */
export const KPI_BORDER_WIDTH_PX = 1;
/** At most this many rows of cards: a taller grid has no room for body-size text. */
export const MAX_GRID_ROWS = 4;
/**
 * The tallest a KPI card grows, px: a figure at the largest KPI size over a two-line label, with
 * room. A grid with a lot of height to spare (one or two cards under a project's text) is set at
 * this height, centred in its area, instead of stretching its cards into tall empty panels.
 */
export const MAX_KPI_CARD_HEIGHT_PX = 260;
/**
 * The widest a lone KPI card is set, px: a card of a two-card grid across the body (loneCard).
 */
export const LONE_KPI_CARD_MAX_WIDTH_PX = (CONTENT_WIDTH_PX - CARD_GAP_PX) / 2;

/**
 * The largest size (in the style's range) at which every text fits its box; undefined if none.
 * Fitting is monotone in the size, so the smallest of the texts' own best sizes fits them all.
 */
export function commonSize(
  texts: readonly { text: string; box: Box; keep?: KeepTogether }[],
  style: TextStyle,
  ctx: LayoutContext,
): number | undefined {
  let size = style.maxPx;
  for (const t of texts) {
    const r = fitBlock(t.text, t.box, { ...style, maxPx: size }, ctx.metrics, [], t.keep);
    if (!r.ok) return undefined;
    size = Math.min(size, r.block.fontSizePx);
  }
  return size;
}

export function innerBox(cell: Box): Box {
  const x = cell.x + ACCENT_WIDTH_PX + CARD_PADDING_PX;
  return { x, y: cell.y + CARD_PADDING_PX, w: cell.x + cell.w - CARD_PADDING_PX - x, h: cell.h - 2 * CARD_PADDING_PX };
}

/** Column counts to try for n cards: the standard grid, then fewer, wider columns. */
export function columnOptions(n: number, columns: (n: number) => number): number[] {
  const first = Math.max(1, Math.min(n, columns(n)));
  const out: number[] = [];
  for (let c = first; c >= 1; c--) if (Math.ceil(n / c) <= Math.max(MAX_GRID_ROWS, Math.ceil(n / first))) out.push(c);
  return out;
}
