/**
 * Greedy line breaking for Chinese text with Latin words and numbers, in px on the canvas.
 *
 * One pass over the text, no allocation per character: each character's break class and
 * advance are array reads, widths are integer font units, and only each emitted line allocates.
 * Rules (see break-classes.ts):
 *   - breaks between any two CJK characters, and at spaces;
 *   - Latin words and numbers ("PM2.5", "131.7万" → "131.7" + "万") stay whole unless one alone is
 *     wider than the line; then they are cut between characters, still respecting 禁则;
 *   - 禁则: a line never starts with closing punctuation (、，。）」%…) and never ends with an opening
 *     bracket or quote ((「《“…). When the punctuation does not fit, the character before it is
 *     carried down to the new line with it (we never hang punctuation outside the box);
 *   - Chinese words ("高新技术", "企业", "因地制宜", see words.ts) are kept whole like figures: a
 *     break falls between words, inside one only when it alone is wider than the line;
 *   - no orphan: a paragraph's last line is never one character alone (or one character and its
 *     punctuation, "业", "一。"): the previous line gives up its last word (see orphans.ts);
 *   - "\n" (and "\r\n", "\r", U+2028, U+2029) forces a break; spaces at a line end are dropped;
 *   - no line is wider than maxWidthPx unless a single character alone is wider.
 * The only exception to 禁则 is a run of characters with no allowed break at all (e.g. "，，，，…")
 * wider than the line: overflowing the box would be worse, so it is cut where it must be.
 */
import { type FontMetrics, type FontWeight, notoSansScMetrics } from '../../fonts/metrics';
import { CLOSE, NEWLINE, SPACE, breakClass, canBreakBetween, canCutWordBetween } from './break-classes';
import { codePointAt, measureUnits } from './measure';
import { avoidOrphans } from './orphans';
import { chineseWordSpans } from './words';

/** One wrapped line, as a range of the original text (so callers can map styled runs onto it). */
export interface LineRange {
  /** UTF-16 index of the line's first character. */
  readonly start: number;
  /** UTF-16 index just after the line's last character; trailing spaces are not included. */
  readonly end: number;
  /** Measured width of text.slice(start, end), px. */
  readonly widthPx: number;
  /** First line of a paragraph: the start of the text or right after a forced break. */
  readonly paragraphStart: boolean;
}

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;
const BMP_LAST = 0xffff;
const NO_CLASS = -1;
/** "一": every Han character of a CJK font has its advance. */
const HAN_ADVANCE_PROBE = 0x4e00;

function assertWrapArguments(maxWidthPx: number, fontSizePx: number): void {
  if (!(fontSizePx > 0 && Number.isFinite(fontSizePx))) {
    throw new RangeError(`fontSizePx must be a positive number, got ${fontSizePx}`);
  }
  if (!(maxWidthPx >= 0) || Number.isNaN(maxWidthPx)) {
    throw new RangeError(`maxWidthPx must be ≥ 0, got ${maxWidthPx}`);
  }
}

/**
 * Spans of the text ([start, end), UTF-16) to keep on one line where possible: a figure such as
 * "50个社区养老工程" or "4400余件" reads wrong split over two lines. A regular break is not taken
 * inside a span that fits a line; a span longer than the line breaks where any text may (it
 * cannot stay on one line anyway, and cutting "million" would be worse), never overflowed.
 */
export type KeepTogether = readonly (readonly [number, number])[];

/**
 * Marks every index inside a span (figures, and the text's Chinese words) except its first: no
 * regular break may fall before it.
 */
function keepMask(
  text: string,
  spans: KeepTogether | undefined,
  fitsLine: (start: number, end: number) => boolean,
  hanAdvancePx: number,
  maxWidthPx: number,
): Uint8Array | undefined {
  const words = chineseWordSpans(text);
  if ((!spans || spans.length === 0) && words.length === 0) return undefined;
  const n = text.length;
  const mask = new Uint8Array(n);
  for (const [start, end] of spans ?? []) {
    // With the punctuation that may not start a line after it ("50个区域养老服务中心、"): a span
    // that fits only without it would be cut inside, at its last character.
    let withClose = Math.min(n, end);
    while (withClose < n && breakClass(text.charCodeAt(withClose)) & CLOSE) withClose++;
    if (fitsLine(start, withClose)) mask.fill(1, Math.max(0, start + 1), Math.min(n, end));
  }
  // Words are Han characters only, all of one advance: no need to measure each (a 300-slide deck
  // wraps ~10⁵ words).
  for (const [start, end] of words) if ((end - start) * hanAdvancePx <= maxWidthPx) mask.fill(1, start + 1, end);
  return mask;
}

/** Wraps text into lines no wider than maxWidthPx; returns each line as a range of `text`. */
export function wrapTextRanges(
  text: string,
  maxWidthPx: number,
  fontSizePx: number,
  weight: FontWeight,
  metrics: FontMetrics = notoSansScMetrics,
  keepTogether?: KeepTogether,
): LineRange[] {
  assertWrapArguments(maxWidthPx, fontSizePx);
  const face = metrics.face(weight);
  const scale = fontSizePx / face.unitsPerEm;
  const glued = keepMask(
    text,
    keepTogether,
    (start, end) => measureUnits(text.slice(Math.max(0, start), end), weight, metrics) * scale <= maxWidthPx,
    face.advance(HAN_ADVANCE_PROBE) * scale,
    maxWidthPx,
  );
  const lines: LineRange[] = [];
  const n = text.length;

  let lineStart = 0;
  let paragraphStart = true;
  // The current line is [lineStart, contentEnd) plus pending spaces; widths in font units.
  let contentEnd = 0;
  let contentUnits = 0;
  let spaceUnits = 0;
  // The previous non-space character of this paragraph, and whether spaces followed it.
  let prevClass = NO_CLASS;
  let spaced = false;
  // Latest regular break opportunity: the line would end at breakEnd, the next start at breakNext.
  let breakEnd = 0;
  let breakEndUnits = 0;
  let breakNext = -1;
  let breakNextUnits = 0;
  // Latest place where a word too long for the line may be cut.
  let cutAt = -1;
  let cutUnits = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cp = c;
    let size = 1;
    if (c >= SURROGATE_FIRST && c <= SURROGATE_LAST) {
      cp = codePointAt(text, i, c);
      if (cp > BMP_LAST) size = 2;
    }
    const cls = breakClass(cp);

    if (cls & SPACE) {
      // Spaces never overflow a line: at a line end they are dropped.
      spaceUnits += face.advance(cp);
      spaced = prevClass !== NO_CLASS;
      i += size;
      continue;
    }
    if (cls & NEWLINE) {
      lines.push({ start: lineStart, end: contentEnd, widthPx: contentUnits * scale, paragraphStart });
      i += c === CARRIAGE_RETURN && text.charCodeAt(i + 1) === LINE_FEED ? 2 : 1;
      lineStart = i;
      contentEnd = i;
      contentUnits = 0;
      spaceUnits = 0;
      prevClass = NO_CLASS;
      spaced = false;
      paragraphStart = true;
      continue;
    }

    if (prevClass !== NO_CLASS) {
      if (canBreakBetween(prevClass, cls, spaced) && !(glued && glued[i])) {
        breakEnd = contentEnd;
        breakEndUnits = contentUnits;
        breakNext = i;
        breakNextUnits = contentUnits + spaceUnits;
      } else if (!spaced && canCutWordBetween(prevClass, cls)) {
        cutAt = i;
        cutUnits = contentUnits;
      }
    }

    let units = contentUnits + spaceUnits + face.advance(cp);
    // The line [lineStart, contentEnd) fits; if adding this character overflows, break at the
    // latest allowed place, again if the rest still overflows (a long word after the break).
    while (units * scale > maxWidthPx && lineStart < i) {
      let end: number;
      let endUnits: number;
      let next: number;
      let shift: number;
      if (breakNext > lineStart) {
        [end, endUnits, next, shift] = [breakEnd, breakEndUnits, breakNext, breakNextUnits];
      } else if (cutAt > lineStart) {
        [end, endUnits, next, shift] = [cutAt, cutUnits, cutAt, cutUnits];
      } else {
        // Nothing allowed in the whole line (e.g. "（（（（…" wider than the box): cut right here.
        [end, endUnits, next, shift] = [contentEnd, contentUnits, i, contentUnits + spaceUnits];
      }
      lines.push({ start: lineStart, end, widthPx: endUnits * scale, paragraphStart });
      paragraphStart = false;
      lineStart = next;
      units -= shift;
      // Widths are measured from the line start, so a cut point still ahead of the new line
      // start must be rebased too. (Without this, after a regular break the next word cut used
      // a width that still counted the previous line: "周、“Wi-Fi”：investme" at 63 px in 330 px
      // gave a third line of 433 px.)
      if (cutAt > lineStart) cutUnits -= shift;
      if (lineStart === i) {
        contentUnits = 0;
        spaceUnits = 0;
      } else {
        contentUnits -= shift;
      }
    }

    contentEnd = i + size;
    contentUnits = units;
    spaceUnits = 0;
    prevClass = cls;
    spaced = false;
    i += size;
  }
  lines.push({ start: lineStart, end: contentEnd, widthPx: contentUnits * scale, paragraphStart });
  return avoidOrphans(
    text,
    lines,
    maxWidthPx,
    (a, b) => measureUnits(text.slice(a, b), weight, metrics) * scale,
    glued,
  );
}

/**
 * Wraps text into lines no wider than maxWidthPx at fontSizePx. Always at least one line (an
 * empty text is one empty line); an empty paragraph ("a\n\nb") is an empty line.
 */
export function wrapText(
  text: string,
  maxWidthPx: number,
  fontSizePx: number,
  weight: FontWeight,
  metrics: FontMetrics = notoSansScMetrics,
): string[] {
  return wrapTextRanges(text, maxWidthPx, fontSizePx, weight, metrics).map((line) => text.slice(line.start, line.end));
}
