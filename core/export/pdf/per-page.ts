/** Handouts: how many slides a page may hold (its own file: the CLI checks it without loading the PDF writer). */
export type HandoutsPerPage = 1 | 2 | 3 | 4 | 6;
export const HANDOUTS_PER_PAGE: readonly HandoutsPerPage[] = [1, 2, 3, 4, 6];
