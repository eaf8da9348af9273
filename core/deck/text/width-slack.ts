/**
 * Width slack: room a text box keeps beyond each of its lines, so that a viewer that sets the
 * text a little wider than the deck measured still fits each line where the deck put it. The
 * box stays the box (the same on screen, in the PDF and in the PPTX); only the width the text is
 * wrapped to is narrower where a line needs it.
 *
 * Two things make an editable PPTX wider than the deck's measurement (Noto Sans SC metrics):
 * - CJK–Latin autospace: LibreOffice (and WPS) put extra space wherever Chinese meets a Latin
 *   letter or digit ("50个", "PM2.5浓度"). Measured with LibreOffice 7.4 on the Shanxi and
 *   national decks (pdftotext -bbox word boxes against the deck's line widths, 212 lines with such
 *   boundaries): median 0.29 em per boundary, a few up to 0.35 em. AUTOSPACE_EM = 0.35.
 * - A substitute Latin font: where 微软雅黑 is missing, fontconfig's default sans (DejaVu Sans on
 *   most Linux desktops, Kylin/UOS included) draws the Latin letters and digits. DejaVu Sans
 *   digits are 0.636 em (bold 0.696) against Noto Sans SC's 0.555 (bold 0.590): up to 18 % wider.
 *   SUBSTITUTE_LATIN_WIDENING = 0.18, applied to the Latin part of the line.
 * A line's slack is the sum of both; lines without Latin text need none.
 */
import type { FontMetrics, FontWeight } from '../../fonts/metrics';
import type { TextBlock } from '../types';
import { measureText } from './measure';

/** Extra width per CJK–Latin boundary, em (LibreOffice 7.4 autospace, measured: see above). */
export const AUTOSPACE_EM = 0.35;
/** How much wider a substitute font sets Latin letters and digits (DejaVu Sans vs Noto Sans SC). */
export const SUBSTITUTE_LATIN_WIDENING = 0.18;

/** Chinese/Japanese/Korean script, CJK punctuation and full-width forms. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const LATIN = /[A-Za-z0-9]/;
const LATIN_RUNS = /[A-Za-z0-9.,%+\-/: ]+/g;

/** How many times the line passes between CJK and a Latin letter or digit. */
export function cjkLatinBoundaries(line: string): number {
  let n = 0;
  let prev = '';
  for (const ch of line) {
    if ((CJK.test(prev) && LATIN.test(ch)) || (LATIN.test(prev) && CJK.test(ch))) n++;
    prev = ch;
  }
  return n;
}

/** The slack one line needs, px: autospace at each boundary and the Latin part widened. */
export function lineSlackPx(line: string, fontSizePx: number, weight: FontWeight, metrics: FontMetrics): number {
  const latin = (line.match(LATIN_RUNS) ?? []).join('');
  const latinPx = latin ? measureText(latin, fontSizePx, weight, metrics) : 0;
  return AUTOSPACE_EM * fontSizePx * cjkLatinBoundaries(line) + SUBSTITUTE_LATIN_WIDENING * latinPx;
}

/** By how much the block's widest line, with its slack, exceeds the box, px (0: it fits). */
export function slackExcessPx(
  block: Pick<TextBlock, 'lines' | 'box' | 'fontSizePx' | 'weight'>,
  metrics: FontMetrics,
): number {
  let excess = 0;
  for (const line of block.lines) {
    const text = line.runs.map((r) => r.text).join('');
    const need =
      measureText(text, block.fontSizePx, block.weight, metrics) +
      lineSlackPx(text, block.fontSizePx, block.weight, metrics);
    excess = Math.max(excess, need - block.box.w);
  }
  return excess;
}

/** Refits at most this many times, each at a narrower width (a smaller size may need less). */
export const MAX_SLACK_REFITS = 4;

/**
 * Fits with slack: `fitAt(widthPx)` fits the text wrapped to widthPx into the box; while a line
 * of the result does not keep its slack inside the box, it refits narrower by the excess. The
 * narrower fit is taken only when it costs nothing the layout decided: the same font size, and no
 * more lines unless the block may take more (body text and lists may, inside their box; a KPI
 * figure stays one line at its set's size; a title, set alone, may go down its size range to
 * stay on its lines); otherwise the block keeps the fit
 * without the full slack, and LibreOffice's normAutofit (the PPTX's text boxes shrink on
 * overflow) is what remains.
 */
export function fitWithSlack<R extends { ok: true; block: TextBlock } | { ok: false }>(
  boxWidthPx: number,
  metrics: FontMetrics,
  fitAt: (widthPx: number) => R,
  /** A block set alone (a title) may take a smaller size of its range to keep its lines. */
  mayShrink = false,
  /**
   * A block that may run over more lines (body text and lists, not a one-line figure): it takes
   * one more line rather than lose its slack, as long as the lines still fit the box.
   */
  mayAddLines = false,
): R {
  let width = boxWidthPx;
  let result = fitAt(width);
  for (let i = 0; i < MAX_SLACK_REFITS && result.ok; i++) {
    const excess = slackExcessPx(result.block, metrics);
    if (excess <= 0) break;
    width = Math.max(1, Math.floor(width - excess));
    const narrower = fitAt(width);
    if (
      !narrower.ok ||
      (!mayShrink && narrower.block.fontSizePx !== result.block.fontSizePx) ||
      (!mayAddLines && narrower.block.lines.length > result.block.lines.length)
    ) {
      break;
    }
    result = narrower;
  }
  return result;
}
