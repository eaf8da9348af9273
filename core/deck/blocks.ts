/**
 * Text blocks: fit a text into a box (largest size in the allowed range whose wrapped lines fit)
 * and mark the figures in it, so every renderer gets lines it only has to draw.
 */
import { punctuationBreakRanges } from './title-breaks';
import type { FontMetrics } from '../fonts/metrics';
import { breakClass, canBreakBetween } from './text/break-classes';
import { fitText, type KeepTogether, type LineRange, wrapTextRanges } from './text/fit';
import { fitWithSlack } from './text/width-slack';
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
  /**
   * Titles: when the text wraps, even out its lines (the narrowest width that keeps the line
   * count), so a title never ends on an orphan ("…主要目" / "标").
   */
  balance?: boolean;
}

export type FitResult =
  | { ok: true; block: TextBlock }
  /** Even at minPx the text needs more room: `fittingLineCount` lines fit the box at minPx. */
  | { ok: false; fittingLineCount: number; linesAtMin: string[]; rangesAtMin: readonly LineRange[] };

/**
 * Cuts the wrapped lines (ranges of the text) into runs, marking the figure wordings
 * (`emphasis`) wherever they occur, even across a line break.
 */
export function toRuns(text: string, ranges: readonly LineRange[], emphasis: readonly string[]): Line[] {
  const marked = new Uint8Array(text.length);
  for (const e of emphasis) {
    if (!e) continue;
    let at = text.indexOf(e);
    while (at >= 0) {
      marked.fill(1, at, at + e.length);
      at = text.indexOf(e, at + e.length);
    }
  }
  return ranges.map(({ start, end }, k) => {
    const runs: Run[] = [];
    // Spaces between the previous line's end and this start were dropped at a break there.
    const gap = k > 0 ? text.slice(ranges[k - 1]!.end, start) : '';
    const spaceBefore = /[^\S\n\r\u2028\u2029]/.test(gap) && !/[\n\r\u2028\u2029]/.test(gap);
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || marked[i] !== marked[runStart]) {
        const run: Run = { text: text.slice(runStart, i) };
        if (marked[runStart]) run.emphasis = true;
        runs.push(run);
        runStart = i;
      }
    }
    const line: Line = { runs: runs.length > 0 ? runs : [{ text: '' }] };
    if (spaceBefore) line.spaceBefore = true;
    return line;
  });
}

export function lineText(line: Line): string {
  return line.runs.map((r) => r.text).join('');
}

export function blockText(block: Pick<TextBlock, 'lines'>): string {
  return block.lines.map(lineText).join('');
}

/**
 * Whether a line break falls where the rules allow none (inside "1599", inside a Latin word):
 * the wrapper does that only when a word is wider than the line, which at a big size (a KPI
 * number) is a sign the size is too big, not that the word should be cut.
 */
export function hasForcedBreak(text: string, ranges: readonly LineRange[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1]!;
    const next = ranges[i]!;
    if (next.paragraphStart || prev.end === 0 || next.start >= text.length) continue;
    const before = text.codePointAt(prev.end - 1 - (/[\udc00-\udfff]/.test(text[prev.end - 1] ?? '') ? 1 : 0))!;
    const after = text.codePointAt(next.start)!;
    if (!canBreakBetween(breakClass(before), breakClass(after), next.start > prev.end)) return true;
  }
  return false;
}

/** Whether a line break falls inside one of the spans (a span is whole on one line otherwise). */
export function breaksSpan(ranges: readonly LineRange[], spans: KeepTogether): boolean {
  for (const [a, b] of spans) {
    const line = ranges.find((r) => r.start <= a && a < r.end);
    if (line && b > line.end) return true;
  }
  return false;
}

/** Where the figure wordings occur in the text: spans the wrapper keeps on one line. */
export function figureSpans(text: string, emphasis: readonly string[]): KeepTogether {
  const spans: [number, number][] = [];
  for (const e of emphasis) {
    if (e.length < 2) continue;
    for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + e.length)) spans.push([at, at + e.length]);
  }
  return spans;
}

export function fitBlock(
  text: string,
  box: Box,
  style: TextStyle,
  metrics: FontMetrics,
  emphasis: readonly string[] = [],
  /** Spans kept on one line where possible; by default the figure wordings (emphasis). */
  keepTogether: KeepTogether = figureSpans(text, emphasis),
): FitResult {
  // Each line keeps the width slack of text/width-slack.ts inside the box (autospace, fonts).
  return fitWithSlack(
    box.w,
    metrics,
    (widthPx) => fitBlockAtWidth(text, box, style, metrics, emphasis, keepTogether, widthPx),
    style.balance === true,
  );
}

function fitBlockAtWidth(
  text: string,
  box: Box,
  style: TextStyle,
  metrics: FontMetrics,
  emphasis: readonly string[],
  keepTogether: KeepTogether,
  wrapWidthPx: number,
): FitResult {
  const options = {
    keepTogether,
    widthPx: wrapWidthPx,
    heightPx: box.h,
    maxFontSizePx: style.maxPx,
    minFontSizePx: style.minPx,
    lineHeight: style.lineHeight,
    weight: style.weight,
    maxLines: style.maxLines,
  };
  let fit = fitText(text, options, metrics);
  // A size that only fits by cutting a word, or by breaking a figure over two lines
  // ("50个区域养老服务中" / "心"), is too big: take the largest size that needs neither (if there
  // is one in range; otherwise the break stands, rather than overflowing).
  const badBreak = (ranges: readonly LineRange[]) => hasForcedBreak(text, ranges) || breaksSpan(ranges, keepTogether);
  if (fit.kind === 'fit' && badBreak(fit.lineRanges)) {
    for (let size = Math.ceil(fit.fontSizePx) - 1; size >= style.minPx; size--) {
      const smaller = fitText(text, { ...options, maxFontSizePx: size, minFontSizePx: size }, metrics);
      if (smaller.kind === 'fit' && !badBreak(smaller.lineRanges)) {
        fit = smaller;
        break;
      }
    }
  }
  if (fit.kind === 'overflow')
    return { ok: false, fittingLineCount: fit.fittingLineCount, linesAtMin: fit.lines, rangesAtMin: fit.lineRanges };
  let ranges = fit.lineRanges;
  if (style.balance && ranges.length > 1) {
    // Binary search for the narrowest width (px) that still sets the text at this size on as
    // many lines, with no bad break; the lines found there fit the real box too.
    const size = fit.fontSizePx;
    const n = ranges.length;
    const at = (w: number) => {
      const f = fitText(text, { ...options, widthPx: w, maxFontSizePx: size, minFontSizePx: size }, metrics);
      return f.kind === 'fit' && f.lineRanges.length === n && !badBreak(f.lineRanges) ? f.lineRanges : undefined;
    };
    let lo = Math.floor(wrapWidthPx / n);
    let hi = wrapWidthPx;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (at(mid)) hi = mid;
      else lo = mid;
    }
    ranges = at(hi) ?? ranges;
    ranges = punctuationBreakRanges(text, n, box.w, size, style, metrics, keepTogether, (r) => !badBreak(r)) ?? ranges;
  }
  return {
    ok: true,
    block: {
      box,
      lines: toRuns(text, ranges, emphasis),
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
export function fitBlockOrEllipsis(
  text: string,
  box: Box,
  style: TextStyle,
  metrics: FontMetrics,
  emphasis: readonly string[] = [],
): TextBlock {
  const r = fitBlock(text, box, style, metrics, emphasis);
  if (r.ok) return r.block;
  const keep = Math.max(1, r.fittingLineCount);
  let head = text.slice(0, r.rangesAtMin[keep - 1]?.end ?? text.length);
  // Shorten the last line until "…" fits on it.
  for (;;) {
    const candidate = head + '…';
    const ranges = wrapTextRanges(
      candidate,
      box.w,
      style.minPx,
      style.weight,
      metrics,
      figureSpans(candidate, emphasis),
    );
    if (ranges.length <= keep || head.length <= 1) {
      return {
        box,
        lines: toRuns(candidate, ranges.slice(0, keep), emphasis),
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
