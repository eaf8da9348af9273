/**
 * The slide grid: 12 columns with 64 px outer margins on the 1280×720 canvas, and the fixed
 * regions every content slide shares (title bar, body, footer).
 */
import type { Box } from './types';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from './units';

export const MARGIN_PX = 64;
export const GUTTER_PX = 24;
export const COLUMNS = 12;
export const CONTENT_WIDTH_PX = CANVAS_WIDTH_PX - 2 * MARGIN_PX;
export const COLUMN_WIDTH_PX = (CONTENT_WIDTH_PX - (COLUMNS - 1) * GUTTER_PX) / COLUMNS;

/** Title bar: at least this tall; it grows for long titles (up to TITLE_BAR_MAX_HEIGHT_PX). */
export const TITLE_BAR_MIN_HEIGHT_PX = 112;
export const TITLE_BAR_MAX_HEIGHT_PX = 200;
/** Vertical padding around the title text inside the bar. */
export const TITLE_PADDING_PX = 12;
/** Gold rule under the title bar. */
export const TITLE_RULE_HEIGHT_PX = 6;
/** Space between the rule and the body. */
export const BODY_GAP_PX = 24;

/** Footer line: source/section caption on the left, page number on the right. */
export const FOOTER_HEIGHT_PX = 28;
export const FOOTER_BOTTOM_MARGIN_PX = 12;
export const FOOTER_TOP_PX = CANVAS_HEIGHT_PX - FOOTER_BOTTOM_MARGIN_PX - FOOTER_HEIGHT_PX;
/** The body ends this far above the footer. */
export const BODY_BOTTOM_GAP_PX = 16;
export const BODY_BOTTOM_PX = FOOTER_TOP_PX - BODY_BOTTOM_GAP_PX;

/** Width of `span` columns (with the gutters between them). */
export function columnsWidth(span: number): number {
  return span * COLUMN_WIDTH_PX + (span - 1) * GUTTER_PX;
}

/** x of the left edge of column `index` (0-based). */
export function columnX(index: number): number {
  return MARGIN_PX + index * (COLUMN_WIDTH_PX + GUTTER_PX);
}

/** A box spanning columns [first, first+span) between y and y+h. */
export function columnsBox(first: number, span: number, y: number, h: number): Box {
  return { x: columnX(first), y, w: columnsWidth(span), h };
}

/** The body region under a title bar of the given height. */
export function bodyBox(titleBarHeightPx: number): Box {
  const y = titleBarHeightPx + TITLE_RULE_HEIGHT_PX + BODY_GAP_PX;
  return { x: MARGIN_PX, y, w: CONTENT_WIDTH_PX, h: BODY_BOTTOM_PX - y };
}

/**
 * Splits a box into a grid of `count` cells (row-major) with gaps, in `cols` columns.
 * Used for KPI and card grids.
 */
export function gridCells(area: Box, count: number, cols: number, gapPx: number): Box[] {
  const rows = Math.max(1, Math.ceil(count / cols));
  const w = (area.w - (cols - 1) * gapPx) / cols;
  const h = (area.h - (rows - 1) * gapPx) / rows;
  const cells: Box[] = [];
  for (let i = 0; i < count; i++) {
    const r = Math.floor(i / cols);
    const c = i % cols;
    cells.push({ x: area.x + c * (w + gapPx), y: area.y + r * (h + gapPx), w, h });
  }
  return cells;
}

/**
 * Columns for a grid of n cards, so that no row has a hole a reader notices: 1–3 in one row,
 * 4 as 2×2, 5 and 6 three a row (3 + 2, 3 + 3), 7 and 8 four a row (4 + 3, 4 + 4: three a row
 * left a lone card, 3 + 3 + 1), 9 as 3×3.
 */
export function cardColumns(n: number): number {
  if (n <= 3) return Math.max(1, n);
  if (n === 4) return 2;
  if (n === 7 || n === 8) return 4;
  return 3;
}

/** Whether box a lies within box b (edges may touch). */
export function within(a: Box, b: Box, epsilonPx = 0.01): boolean {
  return (
    a.x >= b.x - epsilonPx &&
    a.y >= b.y - epsilonPx &&
    a.x + a.w <= b.x + b.w + epsilonPx &&
    a.y + a.h <= b.y + b.h + epsilonPx
  );
}

/** Whether boxes a and b overlap with positive area. */
export function overlaps(a: Box, b: Box, epsilonPx = 0.01): boolean {
  return (
    a.x < b.x + b.w - epsilonPx &&
    b.x < a.x + a.w - epsilonPx &&
    a.y < b.y + b.h - epsilonPx &&
    b.y < a.y + a.h - epsilonPx
  );
}
