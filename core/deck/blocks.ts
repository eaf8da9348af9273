/**
 * Text blocks: fit a text into a box (largest size in the allowed range whose wrapped lines fit)
 * and mark the figures in it, so every renderer gets lines it only has to draw.
 */
import type { FontMetrics } from '../fonts/metrics';
import { fitText, wrapText } from './text/fit';
import type { Align, Box, FigureRef, Line, Run, TextBlock, Weight } from './types';

export interface TextStyle {
  maxPx: number;
  minPx: number;
  weight: Weight;
  color: string;
  align: Align;
  valign: TextBlock['valign'];
  /** Baseline-to-baseline distance as a multiple of the font size. */
  lineHeight: number;
  maxLines?: number;
}

export type FitResult =
  | { ok: true; block: TextBlock }
  /** Even at minPx the text needs more room: `fittingLineCount` lines fit the box at minPx. */
  | { ok: false; fittingLineCount: number; linesAtMin: string[] };

/**
 * Cuts the wrapped lines into runs, marking the figure wordings (`emphasis`) wherever they occur,
 * even across a line break. Lines are substrings of the text in order (spaces at breaks dropped),
 * so each line is found from a cursor.
 */
export function toRuns(text: string, lines: string[], emphasis: readonly string[]): Line[] {
  const marked = new Uint8Array(text.length);
  for (const e of emphasis) {
    if (!e) continue;
    let at = text.indexOf(e);
    while (at >= 0) {
      marked.fill(1, at, at + e.length);
      at = text.indexOf(e, at + e.length);
    }
  }
  let cursor = 0;
  return lines.map((line) => {
    const start = text.indexOf(line, cursor);
    if (start < 0 || line.length === 0) return { runs: [{ text: line }] };
    cursor = start + line.length;
    const runs: Run[] = [];
    let runStart = 0;
    for (let i = 1; i <= line.length; i++) {
      if (i === line.length || marked[start + i] !== marked[start + runStart]) {
        const run: Run = { text: line.slice(runStart, i) };
        if (marked[start + runStart]) run.emphasis = true;
        runs.push(run);
        runStart = i;
      }
    }
    return { runs };
  });
}

export function lineText(line: Line): string {
  return line.runs.map((r) => r.text).join('');
}

export function blockText(block: Pick<TextBlock, 'lines'>): string {
  return block.lines.map(lineText).join('');
}

export function fitBlock(
  text: string,
  box: Box,
  style: TextStyle,
  metrics: FontMetrics,
  emphasis: readonly string[] = [],
): FitResult {
  const fit = fitText(
    text,
    {
      widthPx: box.w,
      heightPx: box.h,
      maxFontSizePx: style.maxPx,
      minFontSizePx: style.minPx,
      lineHeight: style.lineHeight,
      weight: style.weight,
      maxLines: style.maxLines,
    },
    metrics,
  );
  if (fit.kind === 'overflow') return { ok: false, fittingLineCount: fit.fittingLineCount, linesAtMin: fit.lines };
  return {
    ok: true,
    block: {
      box,
      lines: toRuns(text, fit.lines, emphasis),
      fontSizePx: fit.fontSizePx,
      lineHeightPx: fit.fontSizePx * style.lineHeight,
      weight: style.weight,
      color: style.color,
      align: style.align,
      valign: style.valign,
    },
  };
}

/**
 * Fits text into a box, and if it cannot fit even at the minimum size, cuts it to the lines that
 * do fit and marks the cut with "…" — used only for short labels whose full wording is in the
 * notes and the backup slide, never for figures or body text (those continue on a new slide).
 */
export function fitBlockOrEllipsis(text: string, box: Box, style: TextStyle, metrics: FontMetrics, emphasis: readonly string[] = []): TextBlock {
  const r = fitBlock(text, box, style, metrics, emphasis);
  if (r.ok) return r.block;
  const keep = Math.max(1, r.fittingLineCount);
  let head = r.linesAtMin.slice(0, keep).join('');
  // Shorten the last line until "…" fits on it.
  for (;;) {
    const candidate = head + '…';
    const lines = wrapText(candidate, box.w, style.minPx, style.weight, metrics);
    if (lines.length <= keep || head.length <= 1) {
      return {
        box,
        lines: toRuns(candidate, lines.slice(0, keep), emphasis),
        fontSizePx: style.minPx,
        lineHeightPx: style.minPx * style.lineHeight,
        weight: style.weight,
        color: style.color,
        align: style.align,
        valign: style.valign,
      };
    }
    head = [...head].slice(0, -1).join('');
  }
}

/** Total height the lines of a block take, px. */
export function linesHeight(block: Pick<TextBlock, 'lines' | 'lineHeightPx'>): number {
  return block.lines.length * block.lineHeightPx;
}

/** The figures of a list whose display occurs in a text. */
export function figuresIn(text: string, figures: readonly FigureRef[]): FigureRef[] {
  return figures.filter((f) => text.includes(f.display));
}
