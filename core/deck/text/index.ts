/** Text measurement, line breaking and fitting on the 1280×720 canvas (px). */
export { codePointAt, measureText, measureUnits, pxPerUnit } from './measure';
export { type LineRange, wrapText, wrapTextRanges } from './wrap';
export { type FitOptions, type FitResult, fitText, fittingLineCount, splitToFit } from './fit';
export {
  LINE_END_PROHIBITED,
  LINE_START_PROHIBITED,
  breakClass,
  canBreakBetween,
  canCutWordBetween,
} from './break-classes';
