/**
 * Fitting text into a box: the largest font size at which the wrapped text fits, or, when even
 * the smallest allowed size does not, how many lines fit so the rest can go on a "（续）" slide.
 */
import { type FontMetrics, type FontWeight, notoSansScMetrics } from '../../fonts/metrics';
import { type KeepTogether, type LineRange, wrapTextRanges } from './wrap';

// Wrapping is re-exported here for callers that fit and wrap in one place (core/deck/blocks.ts).
export { type KeepTogether, type LineRange, wrapText, wrapTextRanges } from './wrap';

export interface FitOptions {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly maxFontSizePx: number;
  readonly minFontSizePx: number;
  /** Line height as a multiple of the font size (baseline to baseline), e.g. 1.3. */
  readonly lineHeight: number;
  readonly weight: FontWeight;
  /** At most this many lines, whatever the height allows (e.g. 2 for a title). */
  readonly maxLines?: number;
  /** Spans kept on one line where possible (figures). */
  readonly keepTogether?: KeepTogether;
}

export type FitResult =
  | {
      readonly kind: 'fit';
      readonly fontSizePx: number;
      readonly lines: string[];
      /** lines × fontSizePx × lineHeight: the height the lines take, ≤ the box height. */
      readonly heightPx: number;
      readonly lineRanges: LineRange[];
    }
  | {
      readonly kind: 'overflow';
      /** Always the minimum size: the lines are wrapped at it. */
      readonly fontSizePx: number;
      readonly lines: string[];
      /** How many of `lines` fit the box (0 if not even one). */
      readonly fittingLineCount: number;
      readonly lineRanges: LineRange[];
    };

// Line heights like 1.3 × 17 px are not exact in binary floating point; a box sized for
// exactly n lines must still hold n lines.
const HEIGHT_TOLERANCE_PX = 1e-6;

function assertFitOptions(o: FitOptions): void {
  const positive = (v: number) => v > 0 && Number.isFinite(v);
  if (!positive(o.minFontSizePx) || !positive(o.maxFontSizePx) || o.minFontSizePx > o.maxFontSizePx) {
    throw new RangeError(`font sizes must satisfy 0 < min ≤ max, got ${o.minFontSizePx}…${o.maxFontSizePx}`);
  }
  if (!positive(o.lineHeight)) throw new RangeError(`lineHeight must be positive, got ${o.lineHeight}`);
  if (!(o.widthPx >= 0) || !(o.heightPx >= 0)) {
    throw new RangeError(`box must have a size ≥ 0, got ${o.widthPx}×${o.heightPx}`);
  }
  if (o.maxLines !== undefined && !(o.maxLines >= 1)) {
    throw new RangeError(`maxLines must be ≥ 1, got ${o.maxLines}`);
  }
}

/** How many lines of this size fit the box (and maxLines). */
export function fittingLineCount(fontSizePx: number, options: FitOptions): number {
  const byHeight = Math.floor((options.heightPx + HEIGHT_TOLERANCE_PX) / (fontSizePx * options.lineHeight));
  return Math.min(byHeight, options.maxLines ?? Number.POSITIVE_INFINITY);
}

/**
 * The largest font size in [minFontSizePx, maxFontSizePx] at which the text, wrapped to widthPx,
 * fits the box: whole px sizes, plus the minimum itself when it is fractional.
 *
 * Not one wrap per size: it wraps at the maximum (most boxes fit there), estimates the answer
 * from the measured paragraph widths, then gallops and binary-searches from that guess,
 * typically 3 wraps in all, at worst about 2·log2(max − min) + 2. This relies on fewer lines
 * fitting at larger sizes, which greedy wrapping guarantees whenever words fit their line.
 */
export function fitText(text: string, options: FitOptions, metrics: FontMetrics = notoSansScMetrics): FitResult {
  assertFitOptions(options);
  const { minFontSizePx: min, maxFontSizePx: max, widthPx, weight, lineHeight } = options;
  // Candidate k: 0 is the minimum, k ≥ 1 is the k-th whole px size above it.
  const firstWholeSize = Math.floor(min) + 1;
  const top = Math.max(0, Math.floor(max) - firstWholeSize + 1);
  const sizeOf = (k: number) => (k === 0 ? min : firstWholeSize + k - 1);
  const toLines = (ranges: LineRange[]) => ranges.map((r) => text.slice(r.start, r.end));

  // Invariants: candidate lo fits with loLines (lo = -1: none known yet); candidate hi does not.
  let lo = -1;
  let loLines: LineRange[] = [];
  let hi = top + 1;
  let hiLines: LineRange[] = [];
  const probe = (k: number): boolean => {
    const lines = wrapTextRanges(text, widthPx, sizeOf(k), weight, metrics, options.keepTogether);
    if (lines.length <= fittingLineCount(sizeOf(k), options)) {
      [lo, loLines] = [k, lines];
      return true;
    }
    [hi, hiLines] = [k, lines];
    return false;
  };

  if (!probe(top)) {
    const guess = estimateLargestFitting(hiLines, sizeOf(top), top, sizeOf, options);
    if (probe(guess)) {
      for (let step = 1; lo + step < hi; step *= 2) if (!probe(lo + step)) break;
    } else {
      for (let step = 1; lo < 0 && hi > 0; step *= 2) probe(Math.max(0, hi - step));
    }
    if (lo < 0) {
      // Even the minimum does not fit: hi is 0 and hiLines are wrapped at the minimum size.
      return {
        kind: 'overflow',
        fontSizePx: min,
        lines: toLines(hiLines),
        fittingLineCount: fittingLineCount(min, options),
        lineRanges: hiLines,
      };
    }
    while (hi - lo > 1) probe((lo + hi) >>> 1);
  }
  return {
    kind: 'fit',
    fontSizePx: sizeOf(lo),
    lines: toLines(loLines),
    heightPx: loLines.length * sizeOf(lo) * lineHeight,
    lineRanges: loLines,
  };
}

/**
 * A guess of the largest fitting candidate below `top`, from the lines wrapped at the top size:
 * each paragraph's width scales with the font size, and needs about width / box width lines.
 */
function estimateLargestFitting(
  linesAtTop: readonly LineRange[],
  topSizePx: number,
  top: number,
  sizeOf: (k: number) => number,
  options: FitOptions,
): number {
  const paragraphWidthsAtTopPx: number[] = [];
  let width = 0;
  for (const line of linesAtTop) {
    if (line.paragraphStart && line !== linesAtTop[0]) {
      paragraphWidthsAtTopPx.push(width);
      width = 0;
    }
    width += line.widthPx;
  }
  paragraphWidthsAtTopPx.push(width);
  for (let k = top - 1; k > 0; k--) {
    const scale = sizeOf(k) / topSizePx;
    let lines = 0;
    for (const w of paragraphWidthsAtTopPx) lines += Math.max(1, Math.ceil((w * scale) / options.widthPx));
    if (lines <= fittingLineCount(sizeOf(k), options)) return k;
  }
  return 0;
}

/**
 * Splits text for continuation slides: `head` is what fits the box at the minimum size (whole
 * lines), `tail` the rest, starting at the next line (spaces or the line break between them
 * dropped). When everything fits, tail is ''. The head always holds at least one line, even if
 * the box is too small for one, so a loop that moves the tail to new slides always ends.
 */
export function splitToFit(
  text: string,
  box: FitOptions,
  metrics: FontMetrics = notoSansScMetrics,
): { head: string; tail: string } {
  const result = fitText(text, box, metrics);
  if (result.kind === 'fit') return { head: text, tail: '' };
  const ranges = result.lineRanges;
  const keep = Math.max(1, result.fittingLineCount);
  if (keep >= ranges.length) return { head: text, tail: '' };
  const lastKept = ranges[keep - 1] as LineRange;
  const firstMoved = ranges[keep] as LineRange;
  return { head: text.slice(0, lastKept.end), tail: text.slice(firstMoved.start) };
}
