/**
 * The chrome every content slide shares: a title bar that grows for long titles, the gold rule,
 * and the footer (deck title · section on the left, slide number on the right).
 */
import type { FontMetrics } from '../fonts/metrics';
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from './blocks';
import {
  bodyBox,
  CONTENT_WIDTH_PX,
  FOOTER_HEIGHT_PX,
  FOOTER_TOP_PX,
  MARGIN_PX,
  TITLE_BAR_MAX_HEIGHT_PX,
  TITLE_BAR_MIN_HEIGHT_PX,
  TITLE_PADDING_PX,
  TITLE_RULE_HEIGHT_PX,
} from './grid';
import type { ThemeSpec } from './themes';
import type { Box, DeckMeta, Element, Slide, TextBlock, TextElement } from './types';
import { measureText } from './text/measure';
import { CANVAS_WIDTH_PX } from './units';

export interface LayoutContext {
  theme: ThemeSpec;
  metrics: FontMetrics;
  meta: DeckMeta;
  /**
   * The section's title bar height, px: every content slide of a section sets its bar at least
   * this tall, so the content does not jump between sibling slides (compileDeck lays a section
   * out once, then again at its tallest bar when its bars differ).
   */
  sectionTitleBarPx?: number;
  /** Collects the bar height of every content frame laid out (compileDeck reads it). */
  titleBarsPx?: number[];
}

/** Titles are set tight: baseline to baseline 1.2 × the size. */
export const TITLE_LINE_HEIGHT = 1.2;
/** A title wraps onto at most this many lines (the bar grows with it, up to TITLE_BAR_MAX_HEIGHT_PX). */
export const TITLE_MAX_LINES = 3;
const PAGE_NUMBER_WIDTH_PX = 160;
const FOOTER_GAP_PX = 24;
export const CONTINUED_SUFFIX = '（续）';

export function titleStyle(ctx: LayoutContext, minPx: number, maxPx: number): TextStyle {
  return {
    maxPx,
    minPx,
    weight: 'bold',
    color: ctx.theme.colors.onPrimary,
    align: 'left',
    valign: 'middle',
    lineHeight: TITLE_LINE_HEIGHT,
    balance: true,
  };
}

/**
 * Fits the title at the title sizes (48–52 px), never smaller: on one line in the standard bar
 * if it can, else on two or three lines in a bar that grows with them (the body below shrinks
 * accordingly). A title longer than three lines at 48 px (the data allows 4,000 characters for a
 * work area's title) shows its first three lines ending in "…"; the slide's own title (rail,
 * search, notes) keeps every word.
 */
function fitTitle(ctx: LayoutContext, title: string): { element: TextElement; barHeightPx: number } {
  const { sizes } = ctx.theme;
  const style = titleStyle(ctx, sizes.titleMinPx, sizes.titleMaxPx);
  const maxTextH = TITLE_BAR_MAX_HEIGHT_PX - 2 * TITLE_PADDING_PX;
  const boxFor = (lines: number): Box => ({
    x: MARGIN_PX,
    y: TITLE_PADDING_PX,
    w: CONTENT_WIDTH_PX,
    h: Math.max(
      TITLE_BAR_MIN_HEIGHT_PX - 2 * TITLE_PADDING_PX,
      Math.min(maxTextH, lines * sizes.titleMaxPx * TITLE_LINE_HEIGHT),
    ),
  });
  let block: TextBlock | undefined;
  for (let lines = 1; lines <= TITLE_MAX_LINES && !block; lines++) {
    const fit = fitBlock(title, boxFor(lines), { ...style, maxLines: lines }, ctx.metrics);
    if (fit.ok) block = fit.block;
  }
  block ??= fitBlockOrEllipsis(
    title,
    boxFor(TITLE_MAX_LINES),
    { ...style, maxPx: sizes.titleMinPx, maxLines: TITLE_MAX_LINES },
    ctx.metrics,
  );
  // The bar is as tall as the title's lines need (at least the standard bar).
  const textH = block.lines.length * block.lineHeightPx;
  const barHeightPx = Math.max(TITLE_BAR_MIN_HEIGHT_PX, Math.ceil(textH + 2 * TITLE_PADDING_PX));
  return {
    element: { kind: 'text', role: 'title', ...block, box: { ...block.box, h: barHeightPx - 2 * TITLE_PADDING_PX } },
    barHeightPx,
  };
}

export function footerElements(ctx: LayoutContext, caption: string): TextElement[] {
  const { theme, metrics } = ctx;
  const size = theme.sizes.minPx;
  const style: TextStyle = {
    maxPx: size,
    minPx: size,
    weight: 'regular',
    color: theme.colors.muted,
    align: 'left',
    valign: 'middle',
    lineHeight: 1.3,
    maxLines: 1,
  };
  const captionBox: Box = {
    x: MARGIN_PX,
    y: FOOTER_TOP_PX,
    w: CONTENT_WIDTH_PX - PAGE_NUMBER_WIDTH_PX - FOOTER_GAP_PX,
    h: FOOTER_HEIGHT_PX,
  };
  const numberBox: Box = {
    x: CANVAS_WIDTH_PX - MARGIN_PX - PAGE_NUMBER_WIDTH_PX,
    y: FOOTER_TOP_PX,
    w: PAGE_NUMBER_WIDTH_PX,
    h: FOOTER_HEIGHT_PX,
  };
  return [
    { kind: 'text', role: 'footer', ...fitBlockOrEllipsis(caption, captionBox, style, metrics) },
    {
      kind: 'text',
      role: 'page-number',
      ...fitBlockOrEllipsis('0', numberBox, { ...style, align: 'right' }, metrics),
    },
  ];
}

/** Title bar, rule and footer of a content slide; returns the body box left for content. */
export function contentFrame(
  ctx: LayoutContext,
  title: string,
  sectionTitle: string,
): { elements: Element[]; body: Box } {
  const { colors } = ctx.theme;
  const fitted = fitTitle(ctx, title);
  // Slides that continue lay out every part's body in the first part's body box, but later parts
  // are titled "…（续）", which can need a taller bar (a title that just fits two lines does not
  // with the suffix): the bar, and so the body, is sized for the longer of the two titles, so
  // a continued title never overlaps the body laid out for the first part.
  // (A continued title that fits one line at the smallest title size needs only the standard
  // bar: most titles, so the second fit is skipped for them.)
  const continued = title + CONTINUED_SUFFIX;
  const oneLine =
    !/[\n\r\u2028\u2029]/.test(title) &&
    measureText(continued, ctx.theme.sizes.titleMinPx, 'bold', ctx.metrics) <= CONTENT_WIDTH_PX;
  const barHeightPx = Math.max(
    ctx.sectionTitleBarPx ?? 0,
    title.endsWith(CONTINUED_SUFFIX) || oneLine
      ? fitted.barHeightPx
      : Math.max(fitted.barHeightPx, fitTitle(ctx, continued).barHeightPx),
  );
  ctx.titleBarsPx?.push(barHeightPx);
  const titleEl: TextElement =
    barHeightPx === fitted.barHeightPx
      ? fitted.element
      : { ...fitted.element, box: { ...fitted.element.box, h: barHeightPx - 2 * TITLE_PADDING_PX } };
  const elements: Element[] = [
    { kind: 'shape', shape: 'rect', box: { x: 0, y: 0, w: CANVAS_WIDTH_PX, h: barHeightPx }, fill: colors.primary },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: 0, y: barHeightPx, w: CANVAS_WIDTH_PX, h: TITLE_RULE_HEIGHT_PX },
      fill: colors.accent,
    },
    titleEl,
    ...footerElements(ctx, `${ctx.meta.title} · ${sectionTitle}`),
  ];
  return { elements, body: bodyBox(barHeightPx) };
}

/** "标题（续）" for the second and later parts of a slide that continues. */
export function partTitle(title: string, index: number): string {
  return index > 0 ? title + CONTINUED_SUFFIX : title;
}

/**
 * Writes each slide's number into its page-number element (1-based position in the deck).
 * Run after slides are ordered: by compileDeck, and again when a briefing reorders them.
 */
export function numberSlides(slides: Slide[], metrics: FontMetrics): Slide[] {
  return slides.map((slide, i) => ({
    ...slide,
    elements: slide.elements.map((el) => {
      if (el.kind !== 'text' || el.role !== 'page-number') return el;
      const style: TextStyle = {
        maxPx: el.fontSizePx,
        minPx: el.fontSizePx,
        weight: el.weight,
        color: el.color,
        align: el.align,
        valign: el.valign,
        lineHeight: el.lineHeightPx / el.fontSizePx,
        maxLines: 1,
      };
      return { ...el, ...fitBlockOrEllipsis(String(i + 1), el.box, style, metrics) };
    }),
  }));
}
