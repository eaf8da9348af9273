/**
 * No orphans: a paragraph whose last line would hold one character alone, or one character and
 * its punctuation ("业", "一。", "5%"), takes the previous line's last word down with it, so the
 * last line reads as words ("企业", "之一。"). The move uses only regular break opportunities (禁则,
 * whole words and figures; a cut inside a too-long word may move back within that word) and keeps
 * every line within the width; when no such break exists the lines stay as they are.
 */
import { CLOSE, SPACE, breakClass, canBreakBetween, canCutWordBetween } from './break-classes';
import { codePointAt } from './measure';
import type { LineRange } from './wrap';

const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

const isLowSurrogate = (c: number) => c >= LOW_SURROGATE_FIRST && c <= LOW_SURROGATE_LAST;

/** How many code points of text[start, end) are neither spaces nor closing punctuation. */
export function inkCharCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLowSurrogate(c) && i > start) continue;
    if ((breakClass(codePointAt(text, i, c)) & (CLOSE | SPACE)) === 0) n++;
  }
  return n;
}

/** Break class of the code point that ends just before index j. */
function classBefore(text: string, j: number): number {
  const c = text.charCodeAt(j - 1);
  const at = isLowSurrogate(c) && j >= 2 ? j - 2 : j - 1;
  return breakClass(codePointAt(text, at, text.charCodeAt(at)));
}

/**
 * Lines with every paragraph's orphan fixed where a regular break allows. `widthPx(a, b)` measures
 * text[a, b) at the wrapped size; `glued[j]` = 1 forbids a regular break before index j.
 */
export function avoidOrphans(
  text: string,
  lines: LineRange[],
  maxWidthPx: number,
  widthPx: (a: number, b: number) => number,
  glued: Uint8Array | undefined,
): LineRange[] {
  for (let k = 1; k < lines.length; k++) {
    const last = lines[k]!;
    const paragraphEnds = k === lines.length - 1 || lines[k + 1]!.paragraphStart;
    if (!paragraphEnds || last.paragraphStart || inkCharCount(text, last.start, last.end) !== 1) continue;
    const prev = lines[k - 1]!;
    // A word too long for the line was cut there: moving the cut two characters back is as good.
    const atCut = !canBreakBetween(
      classBefore(text, prev.end),
      breakClass(codePointAt(text, last.start, text.charCodeAt(last.start))),
      last.start > prev.end,
    );
    // The latest regular break in the previous line that leaves it two characters at least.
    for (let j = prev.end - 1; j > prev.start; j--) {
      const c = text.charCodeAt(j);
      if (isLowSurrogate(c)) continue;
      const cls = breakClass(codePointAt(text, j, c));
      if (cls & SPACE) continue;
      // The previous line would end at `end`: before the spaces in front of j, if any.
      let end = j;
      while (end > prev.start && breakClass(text.charCodeAt(end - 1)) & SPACE) end--;
      const before = classBefore(text, end);
      const allowed =
        (canBreakBetween(before, cls, end < j) && !(glued && glued[j])) ||
        (atCut && end === j && canCutWordBetween(before, cls));
      if (!allowed) continue;
      if (inkCharCount(text, prev.start, end) < 2) break;
      const lastWidth = widthPx(j, last.end);
      if (lastWidth > maxWidthPx) break;
      lines[k - 1] = { ...prev, end, widthPx: widthPx(prev.start, end) };
      lines[k] = { ...last, start: j, widthPx: lastWidth };
      break;
    }
  }
  return lines;
}
