/**
 * Section dividers: one slide before each section of a deck with two sections or more, "第二部分"
 * above the section's title on the cover's band, so the audience sees where the talk turns.
 * On by default; CompileOptions.sectionDividers: false leaves them out.
 */
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from '../blocks';
import { footerElements, type LayoutContext } from '../frame';
import { CONTENT_WIDTH_PX, MARGIN_PX } from '../grid';
import type { Box, DeckSection, Element, Slide, TextElement } from '../types';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../units';
import { chineseNumeral, makeSlide, notes } from './common';

/** The band spans the middle of the slide, px. */
const BAND_TOP_PX = 200;
const BAND_HEIGHT_PX = 320;
const RULE_PX = 8;

function fitted(ctx: LayoutContext, role: TextElement['role'], value: string, box: Box, style: TextStyle): TextElement {
  const fit = fitBlock(value, box, style, ctx.metrics);
  return { kind: 'text', role, ...(fit.ok ? fit.block : fitBlockOrEllipsis(value, box, style, ctx.metrics)) };
}

/** The divider before the `index`-th (0-based) section. */
export function sectionDividerSlide(ctx: LayoutContext, section: DeckSection, index: number): Slide {
  const { colors, sizes } = ctx.theme;
  const part = `第${chineseNumeral(index + 1)}部分`;
  const onBand = (maxPx: number, minPx: number, weight: TextStyle['weight'], maxLines: number): TextStyle => ({
    maxPx,
    minPx,
    weight,
    color: colors.onPrimary,
    align: 'center',
    valign: 'middle',
    lineHeight: 1.2,
    maxLines,
    balance: true,
  });
  const elements: Element[] = [
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: 0, y: 0, w: CANVAS_WIDTH_PX, h: CANVAS_HEIGHT_PX },
      fill: colors.background,
    },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: 0, y: BAND_TOP_PX, w: CANVAS_WIDTH_PX, h: BAND_HEIGHT_PX },
      fill: colors.primary,
    },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: 0, y: BAND_TOP_PX + BAND_HEIGHT_PX, w: CANVAS_WIDTH_PX, h: RULE_PX },
      fill: colors.accent,
    },
    fitted(
      ctx,
      'subtitle',
      part,
      { x: MARGIN_PX, y: BAND_TOP_PX + 40, w: CONTENT_WIDTH_PX, h: 60 },
      onBand(36, sizes.bodyMinPx, 'regular', 1),
    ),
    fitted(
      ctx,
      'title',
      section.title,
      { x: MARGIN_PX, y: BAND_TOP_PX + 110, w: CONTENT_WIDTH_PX, h: 170 },
      onBand(64, sizes.titleMinPx, 'bold', 2),
    ),
    ...footerElements(ctx, ctx.meta.title).filter((e) => e.role === 'page-number'),
  ];
  return makeSlide(ctx, {
    id: `${section.id}/divider`,
    kind: 'section-divider',
    title: section.title,
    sectionId: section.id,
    notes: notes(`下面汇报${part}：${section.title}。`),
    sources: [],
    elements,
  });
}
