/**
 * KPI sets over slides: as many cards as fit on each, balanced over the slides (balance.ts), one
 * size per kind of figure on all the slides of a set.
 */
import { fillPlannedPages, type FilledPage, gridPageSizes } from './balance';
import { fitBlockOrEllipsis } from './blocks';
import { columnOptions, innerBox, MAX_CARDS_PER_SLIDE } from './card-grid';
import type { LayoutContext } from './frame';
import { cardColumns } from './grid';
import { type KpiItem, type KpiPass, type KpiSizeCaps, kpiElement, layoutKpiGrid, valueStyle } from './kpi-cards';
import { kpiFigureKind } from './type-scale';
import type { Box, KpiElement, TextBlock } from './types';

/** Where the cards of a slide go and how many it may hold. */
export interface KpiSlideSpec {
  area: Box;
  /** Most cards a slide (DESIGN: 9). */
  maxPerSlide: number;
  /** Columns of the standard grid for n cards. */
  columns: (n: number) => number;
}

export interface KpiPaging {
  maxPerSlide?: number;
  columns?: (n: number) => number;
  /**
   * The first slide's cards, when they go elsewhere than the others' (beside a chart, under a
   * text): that slide may hold none, and then every card goes on the slides after it.
   */
  first?: KpiSlideSpec;
  /** The area of a slide that would show the cards [start, start + count), when it depends on them. */
  areaFor?: (start: number, count: number) => Box;
}

/** A slide's cards as laid out, and how they were. */
interface KpiPage {
  elements: KpiElement[];
  /** Columns of its grid (0 on a slide that holds none). */
  cols: number;
  /** Whether the grid has fewer columns than its slide's standard grid: the cards were too wide for it. */
  narrowed: boolean;
  /** The same grid laid out again, no text larger than `caps` (undefined: it cannot be). */
  relayout?: (caps: KpiSizeCaps) => KpiElement[] | undefined;
}

/**
 * KPI items over as many slides as needed. Each slide takes as many cards as fit (at most
 * maxPerSlide), trying first to keep every number on one line (fewer, wider columns before fewer
 * cards), then allowing two lines; a card that fits nowhere else gets a slide of its own. Cards
 * that continue are balanced over their slides like every card grid (balance.ts), counting the
 * grids the cards are actually set in (balancedKpiPages): 10 targets make 6 + 4, not 9 + 1, and
 * 9 targets too wide for three columns 5 + 4 in two, not 6 + 3. A set that continues is set at
 * one size per kind of figure (and one for the labels) on all its slides (sameSizes).
 */
export function paginateKpis(
  items: readonly KpiItem[],
  area: Box,
  ctx: LayoutContext,
  paging: KpiPaging = {},
): KpiElement[][] {
  const rest: KpiSlideSpec = {
    area,
    maxPerSlide: paging.maxPerSlide ?? MAX_CARDS_PER_SLIDE,
    columns: paging.columns ?? cardColumns,
  };
  const areaOf = (spec: KpiSlideSpec, start: number, count: number) =>
    spec === rest && paging.areaFor ? paging.areaFor(start, count) : spec.area;

  // The greedy split and the balanced ones try many of the same grids: each is laid out once.
  const grids = new Map<string, KpiElement[] | undefined>();
  const grid = (spec: KpiSlideSpec, start: number, n: number, cols: number, pass: KpiPass) => {
    const key = `${spec === rest ? 'rest' : 'first'} ${start}+${n}/${cols} ${pass}`;
    if (!grids.has(key))
      grids.set(key, layoutKpiGrid(items.slice(start, start + n), areaOf(spec, start, n), ctx, cols, pass));
    return grids.get(key);
  };

  const page = (spec: KpiSlideSpec, start: number, max: number): FilledPage<KpiPage> => {
    const most = Math.min(max, spec.maxPerSlide, items.length - start);
    for (const pass of ['one-line', 'wrapped'] as const) {
      for (let n = most; n >= 1; n--) {
        const options = columnOptions(n, spec.columns);
        for (const cols of options) {
          const laid = grid(spec, start, n, cols, pass);
          if (laid) {
            const relayout = (caps: KpiSizeCaps) =>
              layoutKpiGrid(items.slice(start, start + n), areaOf(spec, start, n), ctx, cols, pass, caps);
            return { page: { elements: laid, cols, narrowed: cols < options[0]!, relayout }, count: n };
          }
        }
      }
    }
    // The first slide's own area (under a text, beside a chart) may be too small for even one
    // card: the cards then start on the next slide.
    if (spec !== rest) return { page: { elements: [], cols: 0, narrowed: false }, count: 0 };
    const one = items.slice(start, start + 1);
    const at = areaOf(spec, start, 1);
    const laid = layoutKpiGrid(one, at, ctx, 1, 'relaxed');
    if (laid)
      return {
        page: {
          elements: laid,
          cols: 1,
          narrowed: false,
          relayout: (caps) => layoutKpiGrid(one, at, ctx, 1, 'relaxed', caps),
        },
        count: 1,
      };
    // Not reached for a display within the length limit (type-scale.ts sizes the kinds so that
    // one card of any kind fits a body); kept so that compileDeck never throws.
    const it = one[0]!;
    const inner = innerBox(at);
    const min = ctx.theme.sizes.bodyMinPx;
    const value = fitBlockOrEllipsis(it.value, inner, valueStyle(ctx, min, min, undefined, 'top'), ctx.metrics, [
      it.value,
    ]);
    const label: TextBlock = { ...value, box: { ...inner, y: inner.y + inner.h, h: 0 }, lines: [] };
    return { page: { elements: [kpiElement(ctx, at, value, label, it.figure)], cols: 1, narrowed: false }, count: 1 };
  };

  // Greedy first (as many as fit on each slide), then balanced over as many slides.
  const specOf = (index: number) => (index === 0 && paging.first ? paging.first : rest);
  const greedy: KpiPage[] = [];
  for (let at = 0; at < items.length;) {
    const spec = specOf(greedy.length);
    const { page: p, count } = page(spec, at, spec.maxPerSlide);
    greedy.push(p);
    at += count;
  }
  if (greedy.length <= 1) return greedy.map((p) => p.elements);
  const balanced = balancedKpiPages(
    greedy,
    (columns) => {
      let index = 0;
      const plan = (total: number, n: number) => gridPageSizes(total, n, rest.maxPerSlide, columns);
      return fillPlannedPages(items.length, greedy.length, plan, (at, max) => page(specOf(index++), at, max));
    },
    rest.columns,
  );
  return sameSizes(balanced, ctx);
}

/**
 * The balanced split of a continued KPI set. gridPageSizes plans with the standard grid's
 * columns, but cards too wide for it are set in fewer, wider columns (columnOptions), and then a
 * split that fills the standard grids leaves cells of the wider ones empty: 9 targets too wide
 * for three columns would make 6 + 3, two columns of three rows, then of two rows with one cell
 * empty. So the split is also planned with the columns capped at each count a slide's cards were
 * actually narrowed to, and of the splits laid out the one whose grids, as actually set, are at
 * most one row apart in height, leave the fewest empty cells, then are the most even, is taken
 * (the standard plan on a tie): 9 such targets make 5 + 4.
 */
function balancedKpiPages(
  greedy: readonly KpiPage[],
  split: (columns: (n: number) => number) => KpiPage[] | undefined,
  columns: (n: number) => number,
): KpiPage[] {
  const standard = split(columns);
  let best = standard ?? [...greedy];
  let bestScore = splitScore(best);
  const narrowed = new Set([...greedy, ...(standard ?? [])].filter((p) => p.narrowed).map((p) => p.cols));
  for (const cap of [...narrowed].sort((a, b) => b - a)) {
    const pages = split((n) => Math.min(columns(n), cap));
    if (!pages) continue;
    const score = splitScore(pages);
    if (compareScores(score, bestScore) < 0) {
      best = pages;
      bestScore = score;
    }
  }
  return best;
}

/** How a split looks, as its grids are set (lower is better): rows more than one apart, empty cells, unevenness. */
function splitScore(pages: readonly KpiPage[]): number[] {
  const shown = pages.filter((p) => p.elements.length > 0 && p.cols > 0);
  if (shown.length === 0) return [0, 0, 0];
  const rows = shown.map((p) => Math.ceil(p.elements.length / p.cols));
  const counts = shown.map((p) => p.elements.length);
  const empty = shown.reduce((sum, p, i) => sum + rows[i]! * p.cols - p.elements.length, 0);
  return [Math.max(...rows) - Math.min(...rows) > 1 ? 1 : 0, empty, Math.max(...counts) - Math.min(...counts)];
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The largest size each kind of text of the cards on these slides may keep: the smallest it has on any. */
function sizeCaps(pages: readonly KpiElement[][], ctx: LayoutContext): KpiSizeCaps {
  const caps: KpiSizeCaps = {};
  const lower = (key: keyof KpiSizeCaps, px: number) => {
    caps[key] = Math.min(caps[key] ?? Infinity, px);
  };
  for (const el of pages.flat()) {
    lower(kpiFigureKind(el.figure.display, ctx.theme.sizes, ctx.metrics), el.value.fontSizePx);
    if (el.label.lines.length > 0) lower('label', el.label.fontSizePx);
  }
  return caps;
}

/**
 * One set of figures looks the same on every slide it spans: every slide's grid is laid out again
 * with each kind of figure (and the labels) at most at the smallest size any slide of the set
 * took, until the sizes agree — a number at 88 px on the first slide and 74 px on the second is
 * set at 74 px on both. Every size stays within the type scale: it is one a slide took. (Fitting
 * is monotone in the size, so a grid that fitted still fits; one that does not is kept as it
 * was. A slide's smaller numbers lower the ceiling of its statements, so this may take a second
 * round.)
 */
function sameSizes(pages: readonly KpiPage[], ctx: LayoutContext): KpiElement[][] {
  let current = pages.map((p) => p.elements);
  if (current.filter((els) => els.length > 0).length <= 1) return current;
  let caps = sizeCaps(current, ctx);
  for (let round = 0; round < 8; round++) {
    current = pages.map((p, i) => p.relayout?.(caps) ?? current[i]!);
    const next = sizeCaps(current, ctx);
    if (sameCaps(next, caps)) break;
    caps = next;
  }
  return current;
}

function sameCaps(a: KpiSizeCaps, b: KpiSizeCaps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof KpiSizeCaps)[]);
  return [...keys].every((k) => a[k] === b[k]);
}
