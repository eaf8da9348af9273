/**
 * Tables: rows over as many slides as needed (header repeated, rows balanced across the slides),
 * all cells of a slide at one size.
 */
import { evenPageSizes, fillPlannedPages, type FilledPage } from './balance';
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import type { LayoutContext } from './frame';
import type { Box, FigureRef, TableCell, TableElement } from './types';

export interface TableCellSpec {
  text: string;
  emphasis?: readonly string[];
  figures?: FigureRef[];
  bold?: boolean;
  /** A muted cell, e.g. "no such target". */
  muted?: boolean;
}

export interface TableSpec {
  /** Column shares of the width; they are normalised. */
  columnShares: number[];
  header: TableCellSpec[];
  rows: TableCellSpec[][];
  maxRowsPerSlide: number;
}

const CELL_PADDING_X_PX = 14;
const CELL_PADDING_Y_PX = 8;
const LINE_HEIGHT = 1.3;
const MAX_ROW_HEIGHT_PX = 84;

function cellStyle(ctx: LayoutContext, spec: TableCellSpec, header: boolean, sizePx: number): TextStyle {
  const { colors } = ctx.theme;
  return {
    maxPx: sizePx,
    minPx: sizePx,
    weight: header || spec.bold ? 'bold' : 'regular',
    color: header ? colors.onPrimary : spec.muted ? colors.muted : colors.text,
    align: 'left',
    valign: 'middle',
    lineHeight: LINE_HEIGHT,
    maxLines: 2,
  };
}

function layoutTable(spec: TableSpec, rows: TableCellSpec[][], box: Box, ctx: LayoutContext, force = false): TableElement | undefined {
  const { colors, sizes } = ctx.theme;
  const total = spec.columnShares.reduce((a, b) => a + b, 0);
  const widths = spec.columnShares.map((s) => (s / total) * box.w);
  const all = [spec.header, ...rows];
  const rowH = Math.min(MAX_ROW_HEIGHT_PX, box.h / all.length);
  const cellBox = (r: number, c: number): Box => {
    const x = box.x + widths.slice(0, c).reduce((a, b) => a + b, 0);
    return { x: x + CELL_PADDING_X_PX, y: box.y + r * rowH + CELL_PADDING_Y_PX, w: widths[c]! - 2 * CELL_PADDING_X_PX, h: rowH - 2 * CELL_PADDING_Y_PX };
  };
  // One size for the whole table: the largest at which every cell fits (two lines at most).
  let size = sizes.bodyMaxPx;
  for (let r = 0; r < all.length; r++) {
    for (let c = 0; c < widths.length; c++) {
      const cell = all[r]![c] ?? { text: '' };
      if (!cell.text) continue;
      const fit = fitBlock(cell.text, cellBox(r, c), { ...cellStyle(ctx, cell, r === 0, size), minPx: sizes.minPx + 2, maxPx: size }, ctx.metrics);
      if (!fit.ok) {
        if (!force) return undefined;
        size = sizes.minPx + 2;
        continue;
      }
      size = Math.min(size, fit.block.fontSizePx);
    }
  }
  const cells: TableCell[][] = all.map((row, r) =>
    widths.map((_, c) => {
      const cell = row[c] ?? { text: '' };
      const style = cellStyle(ctx, cell, r === 0, size);
      const fit = fitBlock(cell.text || ' ', cellBox(r, c), style, ctx.metrics, cell.emphasis ?? []);
      const block = fit.ok ? fit.block : fitBlockOrEllipsis(cell.text, cellBox(r, c), style, ctx.metrics);
      const fill = r === 0 ? colors.primary : r % 2 === 0 ? colors.cardFill : colors.background;
      return { block, fill, ...(cell.figures?.length ? { figures: cell.figures } : {}) };
    }),
  );
  return {
    kind: 'table',
    box: { ...box, h: rowH * all.length },
    columnWidthsPx: widths,
    rowHeightsPx: all.map(() => rowH),
    headerRows: 1,
    rows: cells,
    borderColor: colors.cardBorder,
    borderWidthPx: 1,
  };
}

/** Up to `max` rows from `start` on one slide: as many as fit (at least one, shortened if need be). */
function tablePage(spec: TableSpec, box: Box, ctx: LayoutContext, start: number, max: number): FilledPage<{ table: TableElement; rows: number[] }> {
  let n = Math.max(1, Math.min(max, spec.rows.length - start));
  let table: TableElement | undefined;
  for (; n >= 1; n--) {
    table = layoutTable(spec, spec.rows.slice(start, start + n), box, ctx);
    if (table) break;
  }
  if (!table) {
    n = 1;
    // Cells too long for even one row per slide: shortened with "…" (the notes hold the text).
    table = layoutTable(spec, spec.rows.slice(start, start + 1), box, ctx, true)!;
  }
  // An empty table (header only) shows no rows: `n` is 1 there, but there is no row 0 (a
  // comparison of two reports without targets used to throw on it).
  return { page: { table, rows: Array.from({ length: Math.min(n, spec.rows.length - start) }, (_, k) => start + k) }, count: n };
}

/**
 * The table over as many slides as needed, the header on each. The rows are balanced over the
 * slides (balance.ts): as many slides as filling each to the brim would take, never more, and
 * the rows spread as evenly as they fit — 13 rows make 7 + 6, not 9 + 4.
 */
export function paginateTable(spec: TableSpec, box: Box, ctx: LayoutContext): { table: TableElement; rows: number[] }[] {
  const greedy: { table: TableElement; rows: number[] }[] = [];
  let start = 0;
  do {
    const { page, count } = tablePage(spec, box, ctx, start, spec.maxRowsPerSlide);
    greedy.push(page);
    start += count;
  } while (start < spec.rows.length);
  if (greedy.length <= 1) return greedy;
  return fillPlannedPages(spec.rows.length, greedy.length, evenPageSizes, (at, max) => tablePage(spec, box, ctx, at, max)) ?? greedy;
}
