/**
 * Chart geometry, decided once: the value axis range, every bar's box and labels, every donut
 * segment's angles and the legend. The PDF draws these shapes; the screen gives recharts the same
 * axis range, margins and bar width; the PPTX native chart gets the same data, colours and range.
 */
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import type { LayoutContext } from './frame';
import { measureText } from './text/measure';
import type { BarGeometry, Box, ChartDatum, ChartElement, DonutGeometry, TextBlock } from './types';

const TITLE_LINE_HEIGHT = 1.25;
const LABEL_LINE_HEIGHT = 1.25;
const TITLE_GAP_PX = 12;
/** Largest bar width, px: wide bars look like blocks, not bars. */
const MAX_BAR_WIDTH_PX = 110;
/** Share of each bar's slot the bar takes. */
const BAR_SHARE = 0.6;
const DONUT_HOLE_SHARE = 0.58;
const LEGEND_SWATCH_PX = 20;
const LEGEND_GAP_PX = 12;
/** Stroke widths the renderers draw: the zero line, the gap between sectors, the swatch outline. */
const ZERO_LINE_WIDTH_PX = 2;
const SECTOR_GAP_PX = 2;
const SWATCH_OUTLINE_WIDTH_PX = 1;
/** Room between a bar's slot edge and its value and label boxes, px (4 on each side). */
const SLOT_PADDING_PX = 8;
/** Narrowest slot a bar is given, px: a few characters of its label at the smallest size. */
const MIN_BAR_SLOT_PX = 40;
/** Height of a bar's category label (and of its value) box: two lines at the largest label size, px. */
const BAR_LABEL_H_PX = Math.ceil(22 * LABEL_LINE_HEIGHT * 2);
/**
 * Most shares a donut draws with a legend entry each; further shares join the unlabelled rest
 * (their figures stay in the highlights, the notes list every share). Measured: from ~17 shares
 * the legend rows are lower than one line at the smallest size (the text overflowed them).
 */
export const MAX_DONUT_SHARES = 8;

/**
 * How many bars fit side by side in a chart `widthPx` wide: every slot must hold at least "…" at
 * the theme's smallest label size. Measured before this limit: 17 bars in the 464 px box beside
 * the KPI cards left value boxes narrower than "…" (text overflowed), and from ~58 bars the boxes
 * had negative widths and compileDeck threw on a schema-valid report. A chart with more bars
 * continues on further slides (slides/review.ts).
 */
export function maxBarsIn(ctx: LayoutContext, widthPx: number): number {
  const ellipsis = measureText('…', ctx.theme.sizes.minPx, 'bold', ctx.metrics);
  const slot = Math.max(MIN_BAR_SLOT_PX, Math.ceil(ellipsis) + SLOT_PADDING_PX + 2);
  return Math.max(1, Math.floor(widthPx / slot));
}

/**
 * The most bars, at most `most`, whose category labels all fit their slots whole in a chart
 * `widthPx` wide: two lines at the theme's smallest label size at worst, never shortened with
 * "…" (measured before this rule: a 5-bar chart beside the cards printed "规模以上工业增加…").
 * A chart with more bars continues on further slides; one bar per slide always fits (a label is
 * at most LIMITS.labelChars characters).
 */
export function maxBarsWithWholeLabels(
  ctx: LayoutContext,
  widthPx: number,
  labels: readonly string[],
  most: number,
): number {
  const style = labelStyle(ctx, 'regular', ctx.theme.colors.text, 'center', 2);
  const fits = (n: number) => {
    const box: Box = { x: 0, y: 0, w: Math.max(0, widthPx / n - SLOT_PADDING_PX), h: BAR_LABEL_H_PX };
    return labels.every((l) => fitBlock(oneLineLabel(l), box, style, ctx.metrics).ok);
  };
  // Fewer bars give every slot more room, so fitting is monotone in n: a binary search (a
  // 1,000-bar chart tries ~10 counts, not hundreds).
  let lo = 1;
  let hi = Math.max(1, most);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) ≥ x, for x > 0. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const exp = Math.floor(Math.log10(x));
  const base = 10 ** exp;
  for (const m of [1, 2, 2.5, 5, 10]) {
    const v = m * base;
    // Near Number.MAX_VALUE the next nice number overflows: x itself is the ceiling then.
    if (!Number.isFinite(v)) return x;
    if (v >= x - base * 1e-9) return Number(v.toPrecision(12));
  }
  return 10 * base;
}

/**
 * A bar's category label as the chart sets it: a line break written inside the label ("🚄！\n金政处")
 * becomes a space, so the label wraps on its words within its two lines instead of needing one
 * line per break (which no slot has, and which would cut it with "…").
 */
export function oneLineLabel(label: string): string {
  return label.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ');
}

/** Axis range covering 0 and the data, with a little headroom so labels clear the top. */
export function axisRange(values: readonly number[]): { min: number; max: number } {
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  // The headroom must not overflow to Infinity (any finite value is schema-valid).
  const max = hi > 0 ? niceCeil(Math.min(hi * 1.05, Number.MAX_VALUE)) : 0;
  const min = lo < 0 ? -niceCeil(Math.min(-lo * 1.05, Number.MAX_VALUE)) : 0;
  return max === min ? { min: 0, max: 1 } : { min, max };
}

function chartTitle(ctx: LayoutContext, title: string, box: Box): TextBlock {
  const style: TextStyle = {
    maxPx: 26,
    minPx: ctx.theme.sizes.minPx,
    weight: 'bold',
    color: ctx.theme.colors.text,
    align: 'left',
    valign: 'top',
    lineHeight: TITLE_LINE_HEIGHT,
    maxLines: 2,
  };
  const b = fitBlockOrEllipsis(title, { ...box, h: Math.ceil(26 * TITLE_LINE_HEIGHT * 2) }, style, ctx.metrics);
  return { ...b, box: { ...b.box, h: b.lines.length * b.lineHeightPx } };
}

function labelStyle(
  ctx: LayoutContext,
  weight: 'regular' | 'bold',
  color: string,
  align: TextStyle['align'],
  maxLines: number,
): TextStyle {
  return {
    maxPx: 22,
    minPx: ctx.theme.sizes.minPx,
    weight,
    color,
    align,
    valign: 'top',
    lineHeight: LABEL_LINE_HEIGHT,
    maxLines,
  };
}

export function layoutBarChart(
  ctx: LayoutContext,
  box: Box,
  title: string,
  unit: string,
  data: ChartDatum[],
): ChartElement {
  const { colors } = ctx.theme;
  const titleBlock = chartTitle(ctx, title, box);
  const top = titleBlock.box.y + titleBlock.box.h + TITLE_GAP_PX;
  const n = Math.max(1, data.length);
  const slotW = box.w / n;
  const labelH = BAR_LABEL_H_PX;
  const valueH = BAR_LABEL_H_PX;
  const { min, max } = axisRange(data.map((d) => d.value));
  // A negative bar's value is printed below it: keep room for it above the category labels
  // (without it, the lowest bar's value box was squeezed to ~0 px and its label overflowed).
  const belowH = min < 0 ? valueH : 0;
  const plot: Box = {
    x: box.x,
    y: top + valueH,
    w: box.w,
    h: Math.max(0, box.y + box.h - labelH - 8 - belowH - (top + valueH)),
  };
  // max − min overflows for values of opposite sign near ±Number.MAX_VALUE: then use halves.
  const yOf = Number.isFinite(max - min)
    ? (v: number) => plot.y + ((max - v) / (max - min)) * plot.h
    : (v: number) => plot.y + ((max / 2 - v / 2) / (max / 2 - min / 2)) * plot.h;
  const zeroY = yOf(0);
  const barWidthPx = Math.min(MAX_BAR_WIDTH_PX, slotW * BAR_SHARE);
  const bars = data.map((d, i) => {
    const cx = box.x + slotW * (i + 0.5);
    const yv = yOf(d.value);
    const barBox: Box = { x: cx - barWidthPx / 2, y: Math.min(yv, zeroY), w: barWidthPx, h: Math.abs(zeroY - yv) };
    // Never negative, even when a caller passes more bars than maxBarsIn allows (fitting throws on
    // a negative box; review.ts splits long charts so that it does not come to that).
    const slot = { x: box.x + slotW * i + SLOT_PADDING_PX / 2, w: Math.max(0, slotW - SLOT_PADDING_PX) };
    // Value above a positive bar (below a negative one), in the report's wording.
    const valueBox: Box =
      d.value >= 0
        ? { x: slot.x, y: Math.max(top, barBox.y - valueH), w: slot.w, h: valueH }
        : {
            x: slot.x,
            y: barBox.y + barBox.h,
            w: slot.w,
            h: Math.min(valueH, box.y + box.h - labelH - 8 - (barBox.y + barBox.h)),
          };
    const vFit = fitBlock(
      d.display,
      valueBox,
      { ...labelStyle(ctx, 'bold', colors.figure, 'center', 2), valign: d.value >= 0 ? 'bottom' : 'top' },
      ctx.metrics,
      [d.display],
    );
    const value = vFit.ok
      ? vFit.block
      : fitBlockOrEllipsis(d.display, valueBox, labelStyle(ctx, 'bold', colors.figure, 'center', 2), ctx.metrics);
    const labelBox: Box = { x: slot.x, y: box.y + box.h - labelH, w: slot.w, h: labelH };
    // Whole, on up to two lines (chartParts gives each bar a slot its label fits:
    // maxBarsWithWholeLabels); "…" only for a caller that crowds more bars into the box.
    const labelFit = fitBlock(
      oneLineLabel(d.label),
      labelBox,
      labelStyle(ctx, 'regular', colors.text, 'center', 2),
      ctx.metrics,
    );
    const label = labelFit.ok
      ? labelFit.block
      : fitBlockOrEllipsis(
          oneLineLabel(d.label),
          labelBox,
          labelStyle(ctx, 'regular', colors.text, 'center', 2),
          ctx.metrics,
        );
    return { box: barBox, label, value };
  });
  const geometry: BarGeometry = {
    plot,
    axisMin: min,
    axisMax: max,
    zeroY,
    zeroLineWidthPx: ZERO_LINE_WIDTH_PX,
    barWidthPx,
    bars,
  };
  return {
    kind: 'chart',
    chartKind: 'bar',
    box,
    title: titleBlock,
    unit,
    data,
    labelFontSizePx: Math.min(...bars.map((b) => b.label.fontSizePx), 22),
    axisColor: colors.muted,
    textColor: colors.text,
    geometry,
  };
}

export function layoutDonutChart(
  ctx: LayoutContext,
  box: Box,
  title: string,
  unit: string,
  data: ChartDatum[],
  remainderLabel: string | undefined,
): ChartElement {
  const { colors } = ctx.theme;
  // Shares beyond MAX_DONUT_SHARES are drawn as part of the rest (see MAX_DONUT_SHARES).
  data = data.slice(0, MAX_DONUT_SHARES);
  const titleBlock = chartTitle(ctx, title, box);
  const top = titleBlock.box.y + titleBlock.box.h + TITLE_GAP_PX;
  const area: Box = { x: box.x, y: top, w: box.w, h: box.y + box.h - top };
  // The ring takes the left part, the legend the right; a narrow box stacks them.
  const stacked = area.w < area.h * 1.4;
  const total = data.reduce((s, d) => s + d.value, 0);
  const rest = Math.min(100, Math.max(0, 100 - total));
  const remainder = rest > 1e-9 ? { label: remainderLabel ?? '其他', value: rest, color: colors.chartRest } : undefined;
  // A stacked legend needs one line per entry at the smallest label size: the ring gives way
  // (six entries under a ring in a narrow box got 24 px rows for 25 px lines).
  const legendMinH = (data.length + (remainder ? 1 : 0)) * ctx.theme.sizes.minPx * LABEL_LINE_HEIGHT;
  const diameter = stacked
    ? Math.max(0, Math.min(area.w, area.h * 0.6, area.h - LEGEND_GAP_PX - legendMinH))
    : Math.min(area.h, area.w * 0.5);
  const outerRadiusPx = diameter / 2;
  const cx = stacked ? area.x + area.w / 2 : area.x + outerRadiusPx;
  const cy = area.y + outerRadiusPx;
  let angle = 0;
  const segments: DonutGeometry['segments'] = data.map((d) => {
    const start = angle;
    // Shares outside 0…100 % (the loader rejects them, compileDeck must not) are clamped, so
    // every angle is finite and within the circle.
    angle = Math.min(360, Math.max(0, angle + (d.value / 100) * 360));
    return { startDeg: start, endDeg: angle, color: d.color, label: d.label, value: d.value };
  });
  if (remainder)
    segments.push({ startDeg: angle, endDeg: 360, color: remainder.color, label: remainder.label, value: undefined });

  const innerRadiusPx = outerRadiusPx * DONUT_HOLE_SHARE;
  // The largest share's wording in the hole (the first of equals): the number the slide is
  // about. (Before: the first share's, so a donut led by a small share headlined it.)
  const first = largestShare(data);
  let centre: TextBlock | undefined;
  if (first) {
    const side = innerRadiusPx * 1.3;
    const cBox: Box = { x: cx - side / 2, y: cy - side / 2, w: side, h: side };
    const fit = fitBlock(
      first.display,
      cBox,
      {
        maxPx: 48,
        minPx: ctx.theme.sizes.minPx,
        weight: 'bold',
        color: colors.figure,
        align: 'center',
        valign: 'middle',
        lineHeight: 1.15,
        maxLines: 2,
      },
      ctx.metrics,
      [first.display],
    );
    centre = fit.ok ? fit.block : undefined;
  }

  const legendArea: Box = stacked
    ? {
        x: area.x,
        y: cy + outerRadiusPx + LEGEND_GAP_PX,
        w: area.w,
        h: area.y + area.h - (cy + outerRadiusPx + LEGEND_GAP_PX),
      }
    : { x: cx + outerRadiusPx + 32, y: area.y, w: area.x + area.w - (cx + outerRadiusPx + 32), h: area.h };
  const entries = [
    ...data.map((d) => ({ text: `${d.label} ${d.display}`, color: d.color, emphasis: [d.display] })),
    ...(remainder ? [{ text: remainder.label, color: remainder.color, emphasis: [] as string[] }] : []),
  ];
  const rowH = entries.length > 0 ? Math.min(80, legendArea.h / entries.length) : 0;
  const legend = entries.map((e, i) => {
    const y = legendArea.y + i * rowH;
    const textBox: Box = {
      x: legendArea.x + LEGEND_SWATCH_PX + 10,
      y,
      w: Math.max(0, legendArea.w - LEGEND_SWATCH_PX - 10),
      h: rowH,
    };
    const block = fitBlockOrEllipsis(
      e.text,
      textBox,
      labelStyle(ctx, 'regular', colors.text, 'left', 2),
      ctx.metrics,
      e.emphasis,
    );
    return {
      swatch: {
        x: legendArea.x,
        y: y + (block.lineHeightPx - LEGEND_SWATCH_PX) / 2,
        w: LEGEND_SWATCH_PX,
        h: LEGEND_SWATCH_PX,
      },
      color: e.color,
      block,
    };
  });
  return {
    kind: 'chart',
    chartKind: 'donut',
    box,
    title: titleBlock,
    unit,
    data,
    labelFontSizePx: Math.min(22, ...legend.map((l) => l.block.fontSizePx)),
    axisColor: colors.muted,
    textColor: colors.text,
    remainder,
    geometry: {
      cx,
      cy,
      outerRadiusPx,
      innerRadiusPx,
      segments,
      centre,
      legend,
      sectorGapPx: SECTOR_GAP_PX,
      swatchOutlineWidthPx: SWATCH_OUTLINE_WIDTH_PX,
    },
  };
}

/** The datum with the largest value, the first of equals; undefined for no data. */
export function largestShare<T extends { value: number }>(data: readonly T[]): T | undefined {
  return data.reduce<T | undefined>((best, d) => (best === undefined || d.value > best.value ? d : best), undefined);
}
