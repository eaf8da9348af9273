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
const CELL_PADDING_Y_PX = 6;
const LINE_HEIGHT = 1.3;
/** Rows are stretched to at most this height to fill the slide, px (taller only for more lines). */
const MAX_ROW_HEIGHT_PX = 88;

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
  };
}

/**
 * The rows as one table in the box, every cell at one size — the largest from the body maximum
 * down to the body minimum at which every row, as tall as its longest cell, fits the box — or
 * undefined when they do not fit even at the body minimum (fewer rows go on the slide). Rows are
 * stretched towards a common height (up to MAX_ROW_HEIGHT_PX) where the box has room. With
 * `force` (a single row too long for a slide of its own), cells are shortened with "…" at the
 * body minimum; the notes give every row in full.
 */
function layoutTable(
  spec: TableSpec,
  rows: TableCellSpec[][],
  box: Box,
  ctx: LayoutContext,
  force = false,
): TableElement | undefined {
  const { colors, sizes } = ctx.theme;
  const total = spec.columnShares.reduce((a, b) => a + b, 0);
  const widths = spec.columnShares.map((s) => (s / total) * box.w);
  const xs = widths.map((_, c) => box.x + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const all = [spec.header, ...rows];
  const textW = (c: number) => Math.max(0, widths[c]! - 2 * CELL_PADDING_X_PX);
  const cellOf = (r: number, c: number): TableCellSpec => all[r]![c] ?? { text: '' };
  /** Each row's height at a size (as tall as its longest cell), or undefined if a cell cannot be set. */
  const neededAt = (size: number): number[] | undefined => {
    const heights: number[] = [];
    for (let r = 0; r < all.length; r++) {
      let lines = 1;
      for (let c = 0; c < widths.length; c++) {
        const cell = cellOf(r, c);
        if (!cell.text) continue;
        const fit = fitBlock(
          cell.text,
          { x: 0, y: 0, w: textW(c), h: box.h },
          cellStyle(ctx, cell, r === 0, size),
          ctx.metrics,
          cell.emphasis ?? [],
        );
        if (!fit.ok) return undefined;
        lines = Math.max(lines, fit.block.lines.length);
      }
      heights.push(lines * size * LINE_HEIGHT + 2 * CELL_PADDING_Y_PX);
    }
    return heights;
  };
  let size: number | undefined;
  let needed: number[] | undefined;
  for (let s = Math.floor(sizes.bodyMaxPx); s >= sizes.bodyMinPx && size === undefined; s--) {
    const h = neededAt(s);
    if (h && h.reduce((a, b) => a + b, 0) <= box.h + 1e-6) [size, needed] = [s, h];
  }
  if (size === undefined || needed === undefined) {
    if (!force) return undefined;
    // One row too long for a slide: the header at its size, the row shares what is left.
    size = sizes.bodyMinPx;
    const header = (neededAt(size) ?? [])[0] ?? size * LINE_HEIGHT + 2 * CELL_PADDING_Y_PX;
    needed = all.map((_, r) =>
      r === 0 ? Math.min(header, box.h / 2) : (box.h - Math.min(header, box.h / 2)) / Math.max(1, all.length - 1),
    );
  }
  // Stretch the rows towards one height where there is room: a table of a few short rows reads
  // as a table, not as a list squeezed to the top.
  const even = Math.min(MAX_ROW_HEIGHT_PX, box.h / all.length);
  const stretched = needed.map((h) => Math.max(h, even));
  const heights = stretched.reduce((a, b) => a + b, 0) <= box.h + 1e-6 ? stretched : needed;
  const ys = heights.map((_, r) => box.y + heights.slice(0, r).reduce((a, b) => a + b, 0));
  const cellBox = (r: number, c: number): Box => ({
    x: xs[c]! + CELL_PADDING_X_PX,
    y: ys[r]! + CELL_PADDING_Y_PX,
    w: textW(c),
    h: Math.max(0, heights[r]! - 2 * CELL_PADDING_Y_PX),
  });
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
    box: { ...box, h: heights.reduce((a, b) => a + b, 0) },
    columnWidthsPx: widths,
    rowHeightsPx: heights,
    headerRows: 1,
    rows: cells,
    borderColor: colors.cardBorder,
    borderWidthPx: 1,
  };
}

/** Up to `max` rows from `start` on one slide: as many as fit (at least one, shortened if need be). */
function tablePage(
  spec: TableSpec,
  box: Box,
  ctx: LayoutContext,
  start: number,
  max: number,
): FilledPage<{ table: TableElement; rows: number[] }> {
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
  return {
    page: { table, rows: Array.from({ length: Math.min(n, spec.rows.length - start) }, (_, k) => start + k) },
    count: n,
  };
}

/**
 * The table over as many slides as needed, the header on each. The rows are balanced over the
 * slides (balance.ts): as many slides as filling each to the brim would take, never more, and
 * the rows spread as evenly as they fit — 13 rows make 7 + 6, not 9 + 4.
 */
export function paginateTable(
  spec: TableSpec,
  box: Box,
  ctx: LayoutContext,
): { table: TableElement; rows: number[] }[] {
  const greedy: { table: TableElement; rows: number[] }[] = [];
  let start = 0;
  do {
    const { page, count } = tablePage(spec, box, ctx, start, spec.maxRowsPerSlide);
    greedy.push(page);
    start += count;
  } while (start < spec.rows.length);
  if (greedy.length <= 1) return greedy;
  return (
    fillPlannedPages(spec.rows.length, greedy.length, evenPageSizes, (at, max) => tablePage(spec, box, ctx, at, max)) ??
    greedy
  );
}
