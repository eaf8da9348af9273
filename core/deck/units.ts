/**
 * Every unit conversion of the project, in one place. The deck is laid out in px on a
 * 1280×720 canvas; PowerPoint wants inches (and points for type), PDF points or mm.
 */

/** The canvas: 1280×720 px = 13.333×7.5 in at 96 px per inch (PowerPoint's 16:9). */
export const CANVAS_WIDTH_PX = 1280;
export const CANVAS_HEIGHT_PX = 720;
export const PX_PER_INCH = 96;
export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
/** EMU: OOXML's unit, 914,400 per inch. */
export const EMU_PER_INCH = 914_400;

export const pxToIn = (px: number): number => px / PX_PER_INCH;
export const pxToPt = (px: number): number => (px * PT_PER_INCH) / PX_PER_INCH;
export const ptToPx = (pt: number): number => (pt * PX_PER_INCH) / PT_PER_INCH;
export const pxToMm = (px: number): number => (px * MM_PER_INCH) / PX_PER_INCH;
export const mmToPt = (mm: number): number => (mm * PT_PER_INCH) / MM_PER_INCH;
export const ptToMm = (pt: number): number => (pt * MM_PER_INCH) / PT_PER_INCH;
export const pxToEmu = (px: number): number => Math.round((px * EMU_PER_INCH) / PX_PER_INCH);

/** A4 portrait, mm (handouts and the briefing memo). */
export const A4_WIDTH_MM = 210;
export const A4_HEIGHT_MM = 297;
