/**
 * A backup slide whose item has no figures and a short text (one sentence, a line or two) used to
 * be that sentence at the top of an empty body. It is set as a statement instead: the text in
 * larger type (up to STATEMENT_MAX_PX, never below the body size) in one card across the body,
 * vertically centred, with the accent bar of the deck's cards — a slide that looks meant.
 */
import { fitBlock, type TextStyle } from '../blocks';
import { ACCENT_WIDTH_PX, CARD_PADDING_PX, MAX_KPI_CARD_HEIGHT_PX } from '../card-grid';
import type { LayoutContext } from '../frame';
import type { Box, Element, FigureRef } from '../types';

/** Largest size of a statement, px: above the body sizes, below the titles'. */
const STATEMENT_MAX_PX = 44;
const STATEMENT_LINE_HEIGHT = 1.45;
/** Inner padding of the statement card beyond a KPI card's, px: a statement needs air. */
const STATEMENT_EXTRA_PADDING_PX = 24;
/** A text is short enough to be a statement on at most this many lines at the body size. */
export const STATEMENT_MAX_BODY_LINES = 2;

/** The statement card's elements in `body`, or undefined when the text does not fit it. */
export function statementElements(
  ctx: LayoutContext,
  body: Box,
  text: string,
  emphasis: readonly string[],
  figures: FigureRef[],
): Element[] | undefined {
  const { colors, sizes } = ctx.theme;
  const h = Math.min(body.h, MAX_KPI_CARD_HEIGHT_PX);
  const card: Box = { x: body.x, y: body.y + Math.round((body.h - h) / 2), w: body.w, h };
  const pad = CARD_PADDING_PX + STATEMENT_EXTRA_PADDING_PX;
  const inner: Box = {
    x: card.x + ACCENT_WIDTH_PX + pad,
    y: card.y + pad,
    w: card.w - ACCENT_WIDTH_PX - 2 * pad,
    h: card.h - 2 * pad,
  };
  if (inner.w <= 0 || inner.h <= 0) return undefined;
  const style: TextStyle = {
    maxPx: Math.max(sizes.bodyMaxPx, STATEMENT_MAX_PX),
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.cardText,
    align: 'left',
    valign: 'middle',
    lineHeight: STATEMENT_LINE_HEIGHT,
    balance: true,
  };
  const fit = fitBlock(text, inner, style, ctx.metrics, [...emphasis]);
  if (!fit.ok) return undefined;
  return [
    { kind: 'shape', shape: 'rect', box: card, fill: colors.cardFill, stroke: colors.cardBorder, strokeWidthPx: 1 },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: card.x, y: card.y, w: ACCENT_WIDTH_PX, h: card.h },
      fill: colors.primary,
    },
    { kind: 'text', role: 'body', ...fit.block, figures },
  ];
}
