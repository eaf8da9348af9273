/** The two Noto Sans SC weights the deck uses: body text and headings/figures. */
export type FontWeight = 'regular' | 'bold';

export const FONT_WEIGHTS: readonly FontWeight[] = ['regular', 'bold'];
