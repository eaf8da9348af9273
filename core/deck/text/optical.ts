/**
 * Optical centring: a full-width punctuation mark draws in one half of its em and leaves the
 * other blank ("！" and "。" sit left, "（" and "“" sit right), so a centred "谢谢！" looks
 * pushed to the left by a quarter em. Discounting the blank half centres what the eye sees.
 */

/** Share of the em a full-width punctuation mark leaves blank. */
export const FULL_WIDTH_PUNCTUATION_BLANK_EM = 0.5;

/** Full-width marks drawn in the left half of their em (blank on the right). */
const INK_LEFT = '！？。，、；：」』】》〉）”’';
/** Full-width marks drawn in the right half of their em (blank on the left). */
const INK_RIGHT = '「『【《〈（“‘';

/** Blank px at the start and end of a line of text at fontSizePx. */
export function lineBlanksPx(line: string, fontSizePx: number): { startPx: number; endPx: number } {
  const blank = FULL_WIDTH_PUNCTUATION_BLANK_EM * fontSizePx;
  const first = line[0] ?? '';
  const last = line.at(-1) ?? '';
  return {
    startPx: first && INK_RIGHT.includes(first) ? blank : 0,
    endPx: last && INK_LEFT.includes(last) ? blank : 0,
  };
}

/** How far to move a centred line right (px; negative: left) so that its ink is centred. */
export function opticalCentreShiftPx(line: string, fontSizePx: number): number {
  const { startPx, endPx } = lineBlanksPx(line, fontSizePx);
  return (endPx - startPx) / 2;
}
