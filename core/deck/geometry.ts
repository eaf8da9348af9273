/**
 * Preparation shared by the renderers (as in Excalidraw: one scene, shared prep code): where
 * each line of a text block sits, and where its baseline is. Screen, PDF and PPTX all place
 * lines with these numbers, so they agree to the pixel.
 */
import { baselineInLineEm, type FontMetrics, notoSansScMetrics } from '../fonts/metrics';
import type { Box, TableElement, TextBlock } from './types';

/** y of the top of the first line box, px: the lines are aligned in the box by valign. */
export function firstLineTop(block: Pick<TextBlock, 'box' | 'lines' | 'lineHeightPx' | 'valign'>): number {
  const used = block.lines.length * block.lineHeightPx;
  switch (block.valign) {
    case 'top':
      return block.box.y;
    case 'middle':
      return block.box.y + (block.box.h - used) / 2;
    case 'bottom':
      return block.box.y + block.box.h - used;
  }
}

/** Tops of every line box, px. */
export function lineTops(block: Pick<TextBlock, 'box' | 'lines' | 'lineHeightPx' | 'valign'>): number[] {
  const top = firstLineTop(block);
  return block.lines.map((_, i) => top + i * block.lineHeightPx);
}

/**
 * Baselines of every line, px, placed as CSS places text in a line box (half-leading model), so
 * the PDF's text sits where the browser draws it.
 */
export function lineBaselines(block: TextBlock, metrics: FontMetrics = notoSansScMetrics): number[] {
  const offset = baselineInLineEm(block.lineHeightPx / block.fontSizePx, block.weight, metrics) * block.fontSizePx;
  return lineTops(block).map((t) => t + offset);
}

/** x where a line of the given width starts, by the block's alignment. */
export function lineLeft(block: Pick<TextBlock, 'box' | 'align'>, lineWidthPx: number): number {
  switch (block.align) {
    case 'left':
      return block.box.x;
    case 'center':
      return block.box.x + (block.box.w - lineWidthPx) / 2;
    case 'right':
      return block.box.x + block.box.w - lineWidthPx;
  }
}

/** The box of every cell of a table, row by row, from its column widths and row heights. */
export function tableCellBoxes(table: Pick<TableElement, 'box' | 'columnWidthsPx' | 'rowHeightsPx'>): Box[][] {
  const xs: number[] = [];
  let x = table.box.x;
  for (const w of table.columnWidthsPx) {
    xs.push(x);
    x += w;
  }
  const rows: Box[][] = [];
  let y = table.box.y;
  for (const h of table.rowHeightsPx) {
    rows.push(table.columnWidthsPx.map((w, c) => ({ x: xs[c]!, y, w, h })));
    y += h;
  }
  return rows;
}
