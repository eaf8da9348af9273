/**
 * KPI cards: a figure in big type above (or beside) what it counts. All cards of a grid share one
 * size per kind of figure and one for the labels, never below the type scale (type-scale.ts);
 * a lone card is no wider than a card of a two-card grid.
 */
import { blockText, fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import {
  ACCENT_WIDTH_PX,
  KPI_BORDER_WIDTH_PX,
  CARD_GAP_PX,
  commonSize,
  innerBox,
  LONE_KPI_CARD_MAX_WIDTH_PX,
  MAX_KPI_CARD_HEIGHT_PX,
} from './card-grid';
import type { LayoutContext } from './frame';
import { cardColumns, gridCells } from './grid';
import type { KeepTogether } from './text/fit';
import { measureText } from './text/measure';
import { kpiFigureKind, type KpiFigureKind, numberSpans } from './type-scale';
import type { Box, FigureRef, KpiElement, TextBlock } from './types';

const KPI_VALUE_LINE_HEIGHT = 1.15;
const LABEL_LINE_HEIGHT = 1.3;
const VALUE_LABEL_GAP_PX = 6;
/** A one-column card may set its label beside the figure: the gap between them, px. */
const ROW_GAP_PX = 24;
/** …and the narrowest the label may be there, in characters of the body size. */
const ROW_LABEL_MIN_EM = 8;

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

export function valueStyle(
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

export function kpiElement(
  ctx: LayoutContext,
  cell: Box,
  value: TextBlock,
  label: TextBlock,
  figure: FigureRef,
): KpiElement {
  const { colors } = ctx.theme;
  return {
    kind: 'kpi',
    box: cell,
    fill: colors.cardFill,
    border: colors.cardBorder,
    borderWidthPx: KPI_BORDER_WIDTH_PX,
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
