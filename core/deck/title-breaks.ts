/**
 * Titles break at their punctuation where they can: "推动高质量发展，" / "建设现代化产业体系" reads
 * as two phrases, a balanced break in mid-phrase does not. Among the places right after ，、；：。
 * (and their half-width forms) that set the title on the same number of lines at the same size,
 * with no line less than half as wide as the longest (the balanced-title rule), the most balanced one wins.
 */
import type { FontMetrics } from '../fonts/metrics';
import type { KeepTogether, LineRange } from './text/fit';
import { wrapTextRanges } from './text/wrap';
import type { TextStyle } from './blocks';

/** Punctuation a title may break after, by preference over a balanced break. */
export const TITLE_BREAK_AFTER = '，、；：。,;:';
/** A punctuation break is not taken if it leaves a line narrower than this share of the longest. */
const MIN_LINE_SHARE = 1 / 2;

function spansWithin(spans: KeepTogether, from: number, to: number): [number, number][] {
  return spans.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from]);
}

/**
 * The lines of the title broken after punctuation (see the file comment), or undefined when no
 * punctuation break keeps `lineCount` lines within `widthPx`; `acceptable` rejects bad breaks.
 */
export function punctuationBreakRanges(
  text: string,
  lineCount: number,
  widthPx: number,
  sizePx: number,
  style: Pick<TextStyle, 'weight'>,
  metrics: FontMetrics,
  keepTogether: KeepTogether,
  acceptable: (ranges: readonly LineRange[]) => boolean,
): LineRange[] | undefined {
  let best: { ranges: LineRange[]; spread: number } | undefined;
  for (let p = 1; p < text.length; p++) {
    if (!TITLE_BREAK_AFTER.includes(text[p - 1]!) || text[p] === '\n') continue;
    const head = wrapTextRanges(
      text.slice(0, p),
      widthPx,
      sizePx,
      style.weight,
      metrics,
      spansWithin(keepTogether, 0, p),
    );
    const tail = wrapTextRanges(
      text.slice(p),
      widthPx,
      sizePx,
      style.weight,
      metrics,
      spansWithin(keepTogether, p, text.length),
    );
    if (head.length + tail.length !== lineCount) continue;
    const ranges = [
      ...head,
      ...tail.map((r, i) => ({
        ...r,
        start: r.start + p,
        end: r.end + p,
        paragraphStart: i === 0 ? false : r.paragraphStart,
      })),
    ];
    if (!acceptable(ranges)) continue;
    const widths = ranges.map((r) => r.widthPx);
    const longest = Math.max(...widths);
    const shortest = Math.min(...widths);
    if (shortest < MIN_LINE_SHARE * longest) continue;
    const spread = longest - shortest;
    if (!best || spread < best.spread) best = { ranges, spread };
  }
  return best?.ranges;
}
