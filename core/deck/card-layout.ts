/**
 * Grids of cards: KPI cards (a figure in big type with what it counts) and text cards (overviews).
 * All cards of a grid share one size per kind of text, as a designer would set them, and no text
 * goes below the type scale (type-scale.ts): when the cards do not fit, a grid takes fewer, wider
 * columns, then fewer cards go on a slide and the rest continue on the next, balanced over the
 * slides (balance.ts). The cards of a KPI set that continues keep one size per kind of text on
 * all its slides, and a lone KPI card is no wider than a card of a two-card grid.
 */
import { fillPlannedPages, type FilledPage, gridPageSizes } from './balance';
import { blockText, figureSpans, fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import type { LayoutContext } from './frame';
import { cardColumns, CONTENT_WIDTH_PX, gridCells } from './grid';
import { bodyListStyle, type ListEntry, paginateList } from './list-layout';
import type { KeepTogether } from './text/fit';
import { measureText } from './text/measure';
import { kpiFigureKind, type KpiFigureKind, numberSpans } from './type-scale';
import type { Box, Element, FigureRef, KpiElement, TextBlock } from './types';

export const MAX_CARDS_PER_SLIDE = 9;
const CARD_GAP_PX = 20;
const CARD_PADDING_PX = 16;
const ACCENT_WIDTH_PX = 8;
const KPI_VALUE_LINE_HEIGHT = 1.15;
const LABEL_LINE_HEIGHT = 1.3;
const VALUE_LABEL_GAP_PX = 6;
/** A one-column card may set its label beside the figure: the gap between them, px. */
const ROW_GAP_PX = 24;
/** …and the narrowest the label may be there, in characters of the body size. */
const ROW_LABEL_MIN_EM = 8;
/** At most this many rows of cards: a taller grid has no room for body-size text. */
const MAX_GRID_ROWS = 4;
/**
 * The tallest a KPI card grows, px: a figure at the largest KPI size over a two-line label, with
 * room. A grid with a lot of height to spare (one or two cards under a project's text) is set at
 * this height, centred in its area, instead of stretching its cards into tall empty panels.
 */
const MAX_KPI_CARD_HEIGHT_PX = 260;
/**
 * The widest a lone KPI card is set, px: a card of a two-card grid across the body (loneCard).
 */
export const LONE_KPI_CARD_MAX_WIDTH_PX = (CONTENT_WIDTH_PX - CARD_GAP_PX) / 2;

/**
 * Largest sizes a grid may use, px, per kind of figure and for the labels: a KPI set continued
 * over slides is laid out again with every page capped at the smallest size any page took, so
 * one set of figures looks the same on every slide it spans (paginateKpis).
 */
export type KpiSizeCaps = Partial<Record<KpiFigureKind | 'label', number>>;

export interface KpiItem {
  value: string;
  label: string;
  figure: FigureRef;
  /** Spans of the label kept on one line (a note mark with the word before it). */
  labelKeep?: KeepTogether;
}

/**
 * How hard a grid tries before fewer cards go on a slide: every number on one line; numbers on
 * up to two lines (broken outside the number and its unit); one card, on as many lines as it
 * takes (its label shortened with "…" if need be — the full wording is in the notes).
 */
export type KpiPass = 'one-line' | 'wrapped' | 'relaxed';

/**
 * The largest size (in the style's range) at which every text fits its box; undefined if none.
 * Fitting is monotone in the size, so the smallest of the texts' own best sizes fits them all.
 */
function commonSize(
  texts: readonly { text: string; box: Box; keep?: KeepTogether }[],
  style: TextStyle,
  ctx: LayoutContext,
): number | undefined {
  let size = style.maxPx;
  for (const t of texts) {
    const r = fitBlock(t.text, t.box, { ...style, maxPx: size }, ctx.metrics, [], t.keep);
    if (!r.ok) return undefined;
    size = Math.min(size, r.block.fontSizePx);
  }
  return size;
}

function innerBox(cell: Box): Box {
  const x = cell.x + ACCENT_WIDTH_PX + CARD_PADDING_PX;
  return { x, y: cell.y + CARD_PADDING_PX, w: cell.x + cell.w - CARD_PADDING_PX - x, h: cell.h - 2 * CARD_PADDING_PX };
}

function valueStyle(
  ctx: LayoutContext,
  minPx: number,
  maxPx: number,
  maxLines: number | undefined,
  valign: TextBlock['valign'],
): TextStyle {
  return {
    maxPx,
    minPx: Math.min(minPx, maxPx),
    weight: 'bold',
    color: ctx.theme.colors.figure,
    align: 'left',
    valign,
    lineHeight: KPI_VALUE_LINE_HEIGHT,
    ...(maxLines === undefined ? {} : { maxLines }),
  };
}

/**
 * The size of each kind of figure on a grid whose value boxes are `box` wide and high (see
 * type-scale.ts for the kinds):
 *  - numbers: one size for all, 72–88 px, on one line (pass 'one-line') or two;
 *  - statements: one size for all, from the numbers' size (72 px without numbers) down to 36 px,
 *    one line if any size allows it, else two lines (three on the later passes);
 *  - wordings: one size for all, 36 px down to the body size, on as many lines as they take.
 * No kind larger than its cap (a continued set's sizes, see sameSizes). Undefined when a kind
 * does not fit.
 */
function figureSizes(
  kinds: readonly KpiFigureKind[],
  values: readonly string[],
  box: Box,
  pass: KpiPass,
  ctx: LayoutContext,
  caps: KpiSizeCaps = {},
): Record<KpiFigureKind, number> | undefined {
  const { sizes } = ctx.theme;
  const of = (kind: KpiFigureKind) =>
    values.flatMap((v, i) => (kinds[i] === kind ? [{ text: v, box, keep: numberSpans(v) }] : []));
  const numbers = of('number');
  const statements = of('statement');
  const wordings = of('wording');
  const numberLines = pass === 'one-line' ? 1 : pass === 'wrapped' ? 2 : undefined;
  // A number with its unit ("131.7万张") is never broken: no larger than fits them on a line.
  const numberCap = Math.min(sizes.kpiValueMaxPx, caps.number ?? Infinity, spanCapPx(numbers, box.w, ctx));
  if (numbers.length > 0 && numberCap < sizes.kpiValueMinPx) return undefined;
  const numberSize =
    numbers.length > 0
      ? commonSize(numbers, valueStyle(ctx, sizes.kpiValueMinPx, numberCap, numberLines, 'bottom'), ctx)
      : sizes.kpiValueMinPx;
  if (numberSize === undefined) return undefined;
  let statementSize: number | undefined = sizes.kpiStatementMinPx;
  if (statements.length > 0) {
    statementSize = undefined;
    const lineOptions = pass === 'one-line' ? [1, 2] : pass === 'wrapped' ? [1, 2, 3] : [1, undefined];
    for (const lines of lineOptions) {
      statementSize = commonSize(
        statements,
        valueStyle(ctx, sizes.kpiStatementMinPx, Math.min(numberSize, caps.statement ?? Infinity), lines, 'bottom'),
        ctx,
      );
      if (statementSize !== undefined) break;
    }
    if (statementSize === undefined) return undefined;
  }
  const wordingSize =
    wordings.length > 0
      ? commonSize(
          wordings,
          valueStyle(
            ctx,
            sizes.bodyMinPx,
            Math.min(sizes.kpiStatementMinPx, statementSize, caps.wording ?? Infinity),
            undefined,
            'bottom',
          ),
          ctx,
        )
      : sizes.bodyMinPx;
  if (wordingSize === undefined) return undefined;
  return { number: numberSize, statement: statementSize, wording: wordingSize };
}

/** The largest size at which every number-with-unit span of the texts fits a line `widthPx` wide. */
function spanCapPx(
  texts: readonly { text: string; keep?: KeepTogether }[],
  widthPx: number,
  ctx: LayoutContext,
): number {
  let cap = Number.POSITIVE_INFINITY;
  for (const t of texts) {
    for (const [a, b] of t.keep ?? [])
      cap = Math.min(cap, Math.floor(widthPx / measureText(t.text.slice(a, b), 1, 'bold', ctx.metrics)));
  }
  return cap;
}

/** The figures of a grid fitted at their kinds' sizes in `box` (each in a box of its own). */
function fitValues(
  items: readonly KpiItem[],
  kinds: readonly KpiFigureKind[],
  boxes: readonly Box[],
  size: Record<KpiFigureKind, number>,
  valign: TextBlock['valign'],
  ctx: LayoutContext,
): TextBlock[] | undefined {
  const blocks: TextBlock[] = [];
  for (let i = 0; i < items.length; i++) {
    const s = size[kinds[i]!];
    const v = items[i]!.value;
    const r = fitBlock(v, boxes[i]!, valueStyle(ctx, s, s, undefined, valign), ctx.metrics, [v], numberSpans(v));
    if (!r.ok) return undefined;
    blocks.push(r.block);
  }
  return blocks;
}

function labelStyle(ctx: LayoutContext, valign: TextBlock['valign'], caps: KpiSizeCaps): TextStyle {
  const { sizes, colors } = ctx.theme;
  return {
    maxPx: Math.max(sizes.bodyMinPx, Math.min(sizes.kpiLabelMaxPx, caps.label ?? Infinity)),
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign,
    lineHeight: LABEL_LINE_HEIGHT,
  };
}

/** The labels at one size in their boxes; shortened with "…" only on the relaxed pass. */
function fitLabels(
  items: readonly KpiItem[],
  boxes: readonly Box[],
  valign: TextBlock['valign'],
  pass: KpiPass,
  ctx: LayoutContext,
  caps: KpiSizeCaps,
): TextBlock[] | undefined {
  const style = labelStyle(ctx, valign, caps);
  const size = commonSize(
    items.map((it, i) => ({ text: it.label, box: boxes[i]!, keep: it.labelKeep })),
    style,
    ctx,
  );
  if (size === undefined && pass !== 'relaxed') return undefined;
  const at = { ...style, maxPx: size ?? style.minPx, minPx: size ?? style.minPx };
  return items.map((it, i) => {
    const fit = fitBlock(it.label, boxes[i]!, at, ctx.metrics, [], it.labelKeep);
    // A label that does not fit even a card of its own is shortened with "…" at the body size;
    // its full wording is in the notes (and, for a project, on its backup slide).
    return fit.ok ? fit.block : fitBlockOrEllipsis(it.label, boxes[i]!, at, ctx.metrics);
  });
}

function kpiElement(ctx: LayoutContext, cell: Box, value: TextBlock, label: TextBlock, figure: FigureRef): KpiElement {
  const { colors } = ctx.theme;
  return {
    kind: 'kpi',
    box: cell,
    fill: colors.cardFill,
    border: colors.cardBorder,
    borderWidthPx: 1,
    accentWidthPx: ACCENT_WIDTH_PX,
    accent: colors.primary,
    value,
    label,
    figure,
  };
}

/** Cards with the figure above its label. */
function stackedGrid(
  items: readonly KpiItem[],
  kinds: readonly KpiFigureKind[],
  cells: readonly Box[],
  pass: KpiPass,
  ctx: LayoutContext,
  caps: KpiSizeCaps,
): KpiElement[] | undefined {
  const inners = cells.map(innerBox);
  // Room for at least one line of label under the figures.
  const labelMinH = ctx.theme.sizes.bodyMinPx * LABEL_LINE_HEIGHT + VALUE_LABEL_GAP_PX;
  const valueRoom = inners.map((b) => ({ ...b, h: b.h - labelMinH }));
  if (valueRoom[0]!.h <= 0) return undefined;
  const size = figureSizes(
    kinds,
    items.map((it) => it.value),
    valueRoom[0]!,
    pass,
    ctx,
    caps,
  );
  if (!size) return undefined;
  const fitted = fitValues(items, kinds, valueRoom, size, 'bottom', ctx);
  if (!fitted) return undefined;
  // One value height for the grid, so the labels of a row start on one line.
  const valueH = Math.max(...fitted.map((b) => b.lines.length * b.lineHeightPx));
  const labelBoxes = inners.map((b) => ({
    ...b,
    y: b.y + valueH + VALUE_LABEL_GAP_PX,
    h: b.h - valueH - VALUE_LABEL_GAP_PX,
  }));
  const labels = fitLabels(items, labelBoxes, 'top', pass, ctx, caps);
  if (!labels) return undefined;
  return items.map((it, i) =>
    kpiElement(ctx, cells[i]!, { ...fitted[i]!, box: { ...inners[i]!, h: valueH } }, labels[i]!, it.figure),
  );
}

/** One-column cards with the label beside the figure (long figures, several to a slide). */
function rowGrid(
  items: readonly KpiItem[],
  kinds: readonly KpiFigureKind[],
  cells: readonly Box[],
  pass: KpiPass,
  ctx: LayoutContext,
  caps: KpiSizeCaps,
): KpiElement[] | undefined {
  const inners = cells.map(innerBox);
  const labelMinW = ROW_LABEL_MIN_EM * ctx.theme.sizes.bodyMinPx;
  const valueRoom = inners.map((b) => ({ ...b, w: b.w - ROW_GAP_PX - labelMinW }));
  if (valueRoom[0]!.w <= 0) return undefined;
  const size = figureSizes(
    kinds,
    items.map((it) => it.value),
    valueRoom[0]!,
    pass,
    ctx,
    caps,
  );
  if (!size) return undefined;
  const fitted = fitValues(items, kinds, valueRoom, size, 'middle', ctx);
  if (!fitted) return undefined;
  // One figure column for the grid, as wide as its widest line.
  const widest = Math.max(
    ...fitted.flatMap((b) =>
      b.lines.map((l) => measureText(l.runs.map((r) => r.text).join(''), b.fontSizePx, b.weight, ctx.metrics)),
    ),
  );
  const valueW = Math.min(valueRoom[0]!.w, Math.ceil(widest));
  const labelBoxes = inners.map((b) => ({ ...b, x: b.x + valueW + ROW_GAP_PX, w: b.w - valueW - ROW_GAP_PX }));
  const labels = fitLabels(items, labelBoxes, 'middle', pass === 'relaxed' ? 'wrapped' : pass, ctx, caps);
  if (!labels) return undefined;
  return items.map((it, i) =>
    kpiElement(ctx, cells[i]!, { ...fitted[i]!, box: { ...inners[i]!, w: valueW } }, labels[i]!, it.figure),
  );
}

/**
 * Lays out the items as one grid of `cols` columns in the area, or returns undefined if they do
 * not fit at the type scale on this pass, no text larger than `caps`. One-column grids set a
 * label beside its figure when it does not fit under it. A lone card is no wider than
 * LONE_KPI_CARD_MAX_WIDTH_PX where its figure fits that (loneCard).
 */
export function layoutKpiGrid(
  items: readonly KpiItem[],
  area: Box,
  ctx: LayoutContext,
  cols = cardColumns(items.length),
  pass: KpiPass = 'one-line',
  caps: KpiSizeCaps = {},
): KpiElement[] | undefined {
  if (items.length === 0) return [];
  const kinds = items.map((it) => kpiFigureKind(it.value, ctx.theme.sizes, ctx.metrics));
  const inArea = (box: Box) => {
    const cells = gridCells(box, items.length, cols, CARD_GAP_PX);
    if (cells[0]!.w <= 0 || cells[0]!.h <= 0) return undefined;
    return (
      stackedGrid(items, kinds, cells, pass, ctx, caps) ??
      (cols === 1 ? rowGrid(items, kinds, cells, pass, ctx, caps) : undefined)
    );
  };
  const rows = Math.ceil(items.length / cols);
  const compactH = rows * MAX_KPI_CARD_HEIGHT_PX + (rows - 1) * CARD_GAP_PX;
  const inWidth = (box: Box) => {
    if (box.h > compactH) {
      const compact = inArea({ ...box, y: box.y + Math.round((box.h - compactH) / 2), h: compactH });
      if (compact) return compact;
    }
    return inArea(box);
  };
  const full = inWidth(area);
  if (!full || items.length !== 1 || area.w <= LONE_KPI_CARD_MAX_WIDTH_PX) return full;
  return loneCard(full[0]!, inWidth({ ...area, w: LONE_KPI_CARD_MAX_WIDTH_PX })?.[0]);
}

/**
 * A grid of one card: across the whole body a single card is a banner, a short figure at its
 * left end and an empty band to its right. It is set as wide as a card of a two-card grid
 * (LONE_KPI_CARD_MAX_WIDTH_PX), left-aligned where that grid's first card would be: under a
 * project's text its left edge is the text's, as are the title's and the footer's, and a backup
 * slide of one figure looks like one of two with the second card left out. (Centred, it would
 * stand apart from the text it belongs to.) It stays at the full width when its figure does not
 * fit the narrower card as it fits the full one: at the same size on as many lines, its label at
 * the same size, unshortened.
 */
function loneCard(full: KpiElement, narrow: KpiElement | undefined): KpiElement[] {
  const fits =
    narrow !== undefined &&
    narrow.value.fontSizePx >= full.value.fontSizePx &&
    narrow.value.lines.length <= full.value.lines.length &&
    narrow.label.fontSizePx >= full.label.fontSizePx &&
    blockText(narrow.label) === blockText(full.label);
  return [fits ? narrow : full];
}

/** Column counts to try for n cards: the standard grid, then fewer, wider columns. */
function columnOptions(n: number, columns: (n: number) => number): number[] {
  const first = Math.max(1, Math.min(n, columns(n)));
  const out: number[] = [];
  for (let c = first; c >= 1; c--) if (Math.ceil(n / c) <= Math.max(MAX_GRID_ROWS, Math.ceil(n / first))) out.push(c);
  return out;
}

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

export interface TextCard {
  head: string;
  body: string;
  emphasis: readonly string[];
  figures?: FigureRef[];
}

/** Where a text card's head goes: above the body, or in a column on its left (short numbers). */
export type HeadPlacement = 'top' | 'left';
/** Width of the head column of a 'left' card, as a multiple of the head's size. */
const LEFT_HEAD_EM = 1.6;
/** Sizes a card head is tried at, largest first (never below the body minimum). */
const HEAD_SIZES_PX = [40, 36, 32, 28];
const HEAD_LINE_HEIGHT = 1.2;
const CARD_BODY_LINE_HEIGHT = 1.35;
const HEAD_BODY_GAP_PX = 8;

/**
 * Overview cards: a short head (number or name) above (or left of) a text, every head of the grid
 * at one size and every text at one size, both at least the body size and the texts no larger
 * than the heads. Of the head sizes that fit, the one that leaves the texts the largest size
 * (then the largest head). Returns the
 * elements of one grid, or undefined when the texts cannot fit at the body size.
 */
export function layoutTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  cols = cardColumns(cards.length),
  placement: HeadPlacement = 'top',
): Element[] | undefined {
  // A lone card whose text fits a card of a two-card grid at a KPI card's height is set there,
  // top left, like a lone KPI card: stretched over the whole body it looked like an empty banner.
  if (cards.length === 1 && area.w > LONE_KPI_CARD_MAX_WIDTH_PX) {
    const compact = { ...area, w: LONE_KPI_CARD_MAX_WIDTH_PX, h: Math.min(area.h, MAX_KPI_CARD_HEIGHT_PX) };
    const lone = layoutTextCards(cards, compact, ctx, 1, placement);
    if (lone) return lone;
  }
  const { colors, sizes } = ctx.theme;
  const cells = gridCells(area, cards.length, cols, CARD_GAP_PX);
  const inners = cells.map(innerBox);
  if (inners[0]!.w <= 0 || inners[0]!.h <= 0) return undefined;
  const headStyle = (px: number): TextStyle => ({
    maxPx: px,
    minPx: px,
    weight: 'bold',
    color: colors.figure,
    align: 'left',
    valign: 'top',
    lineHeight: HEAD_LINE_HEIGHT,
    maxLines: 2,
  });
  const bodyStyle: TextStyle = {
    maxPx: sizes.bodyMaxPx,
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign: 'top',
    lineHeight: CARD_BODY_LINE_HEIGHT,
  };
  // A quick refusal before any wrapping: a text needs at least its width over the line width in
  // lines, at the body minimum, in the most room a card of this grid can give it.
  const roomW = inners[0]!.w - (placement === 'left' ? Math.ceil(sizes.bodyMinPx * LEFT_HEAD_EM) : 0);
  const roomH = inners[0]!.h - (placement === 'top' ? sizes.bodyMinPx * HEAD_LINE_HEIGHT + HEAD_BODY_GAP_PX : 0);
  const lineH = sizes.bodyMinPx * CARD_BODY_LINE_HEIGHT;
  // (Spaces and line breaks are left out of the width: a line may end on them.)
  for (const c of cards) {
    const inked = measureText(c.body.replace(/\s+/gu, ''), sizes.bodyMinPx, 'regular', ctx.metrics);
    if (roomW <= 0 || Math.floor(inked / roomW) * lineH > roomH + 1e-6) return undefined;
  }
  type Attempt = { heads: TextBlock[]; bodies: Box[]; bodySize: number };
  const attempt = (headPx: number): Attempt | undefined => {
    const headColumnPx = Math.ceil(headPx * LEFT_HEAD_EM);
    const headBoxes = inners.map((b) => (placement === 'left' ? { ...b, w: headColumnPx } : b));
    const heads: TextBlock[] = [];
    for (let i = 0; i < cards.length; i++) {
      const r = fitBlock(cards[i]!.head, headBoxes[i]!, headStyle(headPx), ctx.metrics);
      if (!r.ok) return undefined;
      heads.push({ ...r.block, box: { ...r.block.box, h: r.block.lines.length * r.block.lineHeightPx } });
    }
    const bodies = inners.map((b, i) => {
      if (placement === 'left') return { ...b, x: b.x + headColumnPx, w: b.w - headColumnPx };
      const used = heads[i]!.box.h + HEAD_BODY_GAP_PX;
      return { ...b, y: b.y + used, h: b.h - used };
    });
    if (bodies.some((b) => b.w <= 0 || b.h <= 0)) return undefined;
    // A text is never larger than its head.
    const bodySize = commonSize(
      cards.map((c, i) => ({ text: c.body, box: bodies[i]!, keep: figureSpans(c.body, c.emphasis) })),
      { ...bodyStyle, maxPx: Math.min(bodyStyle.maxPx, headPx) },
      ctx,
    );
    return bodySize === undefined ? undefined : { heads, bodies, bodySize };
  };
  // The smallest head leaves the texts the most room: if they do not fit then, they never do
  // (most grids a page tries are too full; this keeps trying them cheap).
  const headSizes = HEAD_SIZES_PX.filter((px) => px >= sizes.bodyMinPx);
  const smallest = Math.min(...headSizes, sizes.bodyMinPx);
  const floor = attempt(smallest);
  if (!floor) return undefined;
  let best: Attempt = floor;
  for (const headPx of headSizes.filter((px) => px > smallest).sort((a, b) => b - a)) {
    if (best.bodySize >= Math.min(sizes.bodyMaxPx, headPx)) break;
    const a = attempt(headPx);
    if (a && (a.bodySize > best.bodySize || best === floor)) best = a;
    if (best.bodySize >= sizes.bodyMaxPx) break;
  }
  const { heads, bodies, bodySize } = best;
  const elements: Element[] = [];
  cards.forEach((card, i) => {
    const cell = cells[i]!;
    const bf = fitBlock(
      card.body,
      bodies[i]!,
      { ...bodyStyle, maxPx: bodySize, minPx: bodySize },
      ctx.metrics,
      card.emphasis,
    );
    if (!bf.ok) throw new Error('unreachable: the common size fits every card');
    elements.push(
      { kind: 'shape', shape: 'rect', box: cell, fill: colors.cardFill, stroke: colors.cardBorder, strokeWidthPx: 1 },
      {
        kind: 'shape',
        shape: 'rect',
        box: { x: cell.x, y: cell.y, w: ACCENT_WIDTH_PX, h: cell.h },
        fill: colors.primary,
      },
      { kind: 'text', role: 'heading', ...heads[i]! },
      { kind: 'text', role: 'body', ...bf.block, ...(card.figures?.length ? { figures: card.figures } : {}) },
    );
  });
  return elements;
}

/** A page of text cards: its elements and which cards (indexes) it shows. */
export interface TextCardPage {
  elements: Element[];
  /** Indexes of the cards on this page (a card too long for a slide is on each of its pages). */
  cards: number[];
}

/** The grid of `n` cards from `start` in `cols` columns (absolute indexes), or undefined. */
type CardGrid = (start: number, n: number, cols: number) => Element[] | undefined;

/** Up to `max` cards from `start` on one slide: as many as fit, in the widest grid that fits. */
function textCardPage(grid: CardGrid, total: number, start: number, max: number): FilledPage<TextCardPage> | undefined {
  for (let n = Math.min(max, total - start); n >= 1; n--) {
    for (const cols of columnOptions(n, cardColumns)) {
      const laid = grid(start, n, cols);
      if (laid) return { page: { elements: laid, cards: Array.from({ length: n }, (_, k) => start + k) }, count: n };
    }
  }
  return undefined;
}

/**
 * A card too long for a slide of its own at the body size: its head and text as a list (the head
 * bold, kept with the text), continued over as many slides as it takes at line boundaries.
 */
function longCardPages(card: TextCard, index: number, area: Box, ctx: LayoutContext): TextCardPage[] {
  const entries: ListEntry[] = [
    { marker: '', text: card.head, emphasis: [], figures: [], weight: 'bold', kind: 'heading' },
    {
      marker: '',
      text: card.body,
      emphasis: card.emphasis,
      figures: card.figures ?? [],
      weight: 'regular',
      kind: 'paragraph',
    },
  ];
  return paginateList(entries, area, bodyListStyle(ctx), ctx).map((p) => ({ elements: [p.element], cards: [index] }));
}

/**
 * Text cards over as many slides as needed; each page says which cards it holds.
 *
 * Continued grids are balanced (balance.ts, gridPageSizes): as many slides as filling each to
 * the brim would take, never more, with the cards split so that every slide's grid fills whole
 * rows where it can, the grids at most one row apart in height, then as evenly as possible —
 * 10 cards make 6 + 4 (not 9 + 1), 13 make 9 + 4, 14 make 8 + 6, 15 make 9 + 6 (not 8 + 7: a
 * lone card on a last row looks broken). A slide whose cards are too long for its planned grid
 * takes fewer (as many as fit) and the rest is planned again over the slides left. A card too
 * long for a slide of its own continues over slides of its own (longCardPages).
 */
export function paginateTextCards(
  cards: readonly TextCard[],
  area: Box,
  ctx: LayoutContext,
  maxPerSlide = MAX_CARDS_PER_SLIDE,
  placement: HeadPlacement = 'top',
): TextCardPage[] {
  // The greedy split and the balanced one try many of the same grids: each is laid out once.
  const grids = new Map<string, Element[] | undefined>();
  const grid: CardGrid = (start, n, cols) => {
    const key = `${start}+${n}/${cols}`;
    if (!grids.has(key)) grids.set(key, layoutTextCards(cards.slice(start, start + n), area, ctx, cols, placement));
    return grids.get(key);
  };
  const out: TextCardPage[] = [];
  // Runs of cards that fit a slide, balanced each; a card that does not breaks the run.
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end > runStart) out.push(...balancedRun(grid, runStart, end, maxPerSlide));
  };
  for (let i = 0; i < cards.length; i++) {
    if (grid(i, 1, 1)) continue;
    flushRun(i);
    out.push(...longCardPages(cards[i]!, i, area, ctx));
    runStart = i + 1;
  }
  flushRun(cards.length);
  return out;
}

/** Cards [from, to), each of which fits a slide of its own, balanced over their slides. */
function balancedRun(grid: CardGrid, from: number, to: number, maxPerSlide: number): TextCardPage[] {
  const fill = (start: number, max: number): FilledPage<TextCardPage> => {
    const p = textCardPage(grid, to, from + start, max);
    if (!p) throw new Error('unreachable: every card of the run fits a slide of its own');
    return p;
  };
  const greedy: TextCardPage[] = [];
  for (let start = 0; start < to - from;) {
    const { page, count } = fill(start, maxPerSlide);
    greedy.push(page);
    start += count;
  }
  const plan = (total: number, pages: number) => gridPageSizes(total, pages, maxPerSlide, cardColumns);
  return greedy.length <= 1 ? greedy : (fillPlannedPages(to - from, greedy.length, plan, fill) ?? greedy);
}
