/**
 * Balanced continuation: a table or a card grid that needs more than one slide is spread over the
 * same number of slides as filling each slide to the brim would take (never more), but evenly —
 * 13 rows make 7 + 6, not 9 + 4 (a short last slide looks like a leftover).
 *
 * The callers first paginate greedily (as many as fit a slide) to learn the page count, then
 * fill pages front to back towards the planned page sizes here; a page that cannot hold its
 * planned size (its items are long) takes as many as fit and the rest is planned again. If that
 * would take more pages than the greedy split, the greedy split stands.
 */

/** What one page holds: its laid-out content and how many items (from `start`) it took (≥ 1). */
export interface FilledPage<P> {
  page: P;
  count: number;
}

/**
 * Page sizes for `total` items on `pages` pages, as even as possible: they differ by at most one,
 * the larger ones first (13 on 2 → [7, 6]; 13 on 3 → [5, 4, 4]).
 */
export function evenPageSizes(total: number, pages: number): number[] {
  const base = Math.floor(total / pages);
  const larger = total - base * pages;
  return Array.from({ length: pages }, (_, i) => base + (i < larger ? 1 : 0));
}

/**
 * Page sizes for `total` cards on `pages` pages of grids (`columns(n)` columns for n cards, at
 * most `maxPerPage` cards a page). The rule:
 *  1. at most two page sizes, whose grids are at most one row apart in height (so the cards on
 *     the pages look alike: 9 + 2 — three rows then one — is never chosen), and a continuation
 *     never less than half as full as the slide before it where any split allows that (13 →
 *     7 + 6, a 4 + 3 grid and a 3 + 3 one, not 9 + 4);
 *  2. of those, the fewest empty grid cells over all pages (whole rows: 15 → 9 + 6, a 3×3 and a
 *     3×2 grid, rather than 8 + 7, which leave one and two cells of their last rows empty);
 *  3. then the most even (14: 9 + 5 and 8 + 6 each leave one cell empty, 7 + 7 four: 8 + 6);
 *  4. the larger pages first (and of splits still equal, the one with the largest pages).
 * Undefined when the cards cannot go on that many pages.
 */
export function gridPageSizes(
  total: number,
  pages: number,
  maxPerPage: number,
  columns: (n: number) => number,
): number[] | undefined {
  if (pages < 1 || total < pages || total > pages * maxPerPage) return undefined;
  return gridSplit(total, pages, maxPerPage, columns, true) ?? gridSplit(total, pages, maxPerPage, columns, false);
}

function gridSplit(
  total: number,
  pages: number,
  maxPerPage: number,
  columns: (n: number) => number,
  halfFull: boolean,
): number[] | undefined {
  const rows = (n: number) => Math.ceil(n / Math.max(1, columns(n)));
  const empty = (n: number) => rows(n) * Math.max(1, columns(n)) - n;
  let best: { a: number; b: number; k: number; empty: number } | undefined;
  // k pages of a cards, then pages − k of b cards (b < a), or every page of a cards (k = pages).
  for (let a = maxPerPage; a >= 1; a--) {
    for (let k = 1; k <= pages; k++) {
      const rest = total - k * a;
      const b = k === pages ? a : rest / (pages - k);
      if (k === pages ? rest !== 0 : !Number.isInteger(b) || b < 1 || b >= a) continue;
      if (rows(a) - rows(b) > 1) continue;
      // A continuation is never less than half as full as the slide before it (9 + 4 → 7 + 6).
      if (halfFull && k < pages && 2 * b < a) continue;
      const e = k * empty(a) + (pages - k) * empty(b);
      if (!best || e < best.empty || (e === best.empty && a - b < best.a - best.b)) best = { a, b, k, empty: e };
    }
  }
  if (!best) return undefined;
  return Array.from({ length: pages }, (_, i) => (i < best.k ? best.a : best.b));
}

/**
 * Fills pages front to back, each towards its planned size: `fill(start, max)` lays out up to
 * `max` items from `start` (as many as fit) and says how many it took. When a page takes fewer
 * than planned, the rest is planned again over the pages left. Undefined when the items do not
 * go on `pages` pages that way.
 */
export function fillPlannedPages<P>(
  total: number,
  pages: number,
  plan: (total: number, pages: number) => number[] | undefined,
  fill: (start: number, max: number) => FilledPage<P>,
): P[] | undefined {
  const out: P[] = [];
  let sizes = plan(total, pages);
  let start = 0;
  while (start < total) {
    const target = sizes?.[0];
    if (target === undefined) return undefined;
    const { page, count } = fill(start, target);
    out.push(page);
    start += count;
    sizes = count === target ? sizes!.slice(1) : plan(total - start, pages - out.length);
    if (start < total && out.length >= pages) return undefined;
  }
  return out;
}
