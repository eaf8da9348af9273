/** Cover, contents and closing slides. */
import { fitBlock, fitBlockOrEllipsis, type TextStyle } from '../blocks';
import { contentFrame, footerElements, type LayoutContext, partTitle } from '../frame';
import { CONTENT_WIDTH_PX, MARGIN_PX } from '../grid';
import { bodyListStyle, type ListEntry, paginateList } from '../list-layout';
import type { Box, DeckSection, Element, Slide, TextElement } from '../types';
import { opticalCentreShiftPx } from '../text/optical';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../units';
import { chineseNumeral, makeSlide, markParts, notes } from './common';

/** The red band of the cover and closing slides ends here, px. */
const BAND_BOTTOM_PX = 430;
const BAND_RULE_PX = 8;

function text(ctx: LayoutContext, role: TextElement['role'], value: string, box: Box, style: TextStyle): TextElement {
  const fit = fitBlock(value, box, style, ctx.metrics);
  return { kind: 'text', role, ...(fit.ok ? fit.block : fitBlockOrEllipsis(value, box, style, ctx.metrics)) };
}

function band(ctx: LayoutContext): Element[] {
  const { colors } = ctx.theme;
  return [
    { kind: 'shape', shape: 'rect', box: { x: 0, y: 0, w: CANVAS_WIDTH_PX, h: BAND_BOTTOM_PX }, fill: colors.primary },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: 0, y: BAND_BOTTOM_PX, w: CANVAS_WIDTH_PX, h: BAND_RULE_PX },
      fill: colors.accent,
    },
  ];
}

/**
 * The cover. Its speaker notes end with the report's data notes (数据说明: e.g. that the source is
 * a digest, not the report itself), so the presenter has every caveat in hand before the first
 * number, in the app, the PPTX notes and the notes pages.
 */
export function coverSlide(ctx: LayoutContext, sourceLine: string, dataNotes: readonly string[] = []): Slide {
  const { colors, sizes } = ctx.theme;
  const { meta } = ctx;
  const onBand = (maxPx: number, minPx: number, weight: 'regular' | 'bold', maxLines: number): TextStyle => ({
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
  // Presenter and date are body text (≥ body size); only the source line is a caption.
  const onGround = (px: number, color: string, minPx = sizes.bodyMinPx): TextStyle => ({
    maxPx: px,
    minPx: Math.min(minPx, px),
    weight: 'regular',
    color,
    align: 'center',
    valign: 'middle',
    lineHeight: 1.3,
    maxLines: 2,
  });
  const elements: Element[] = [
    ...band(ctx),
    text(
      ctx,
      'title',
      meta.title,
      { x: MARGIN_PX, y: 96, w: CONTENT_WIDTH_PX, h: 180 },
      onBand(72, sizes.titleMinPx, 'bold', 2),
    ),
    // The meeting alone: the date has its own line below, and is printed once.
    text(
      ctx,
      'subtitle',
      meta.meeting,
      { x: MARGIN_PX, y: 300, w: CONTENT_WIDTH_PX, h: 96 },
      onBand(36, sizes.bodyMinPx, 'regular', 2),
    ),
    text(
      ctx,
      'subtitle',
      meta.presenter,
      { x: MARGIN_PX, y: 476, w: CONTENT_WIDTH_PX, h: 60 },
      { ...onGround(36, colors.text), weight: 'bold' },
    ),
    text(
      ctx,
      'subtitle',
      meta.date,
      { x: MARGIN_PX, y: 544, w: CONTENT_WIDTH_PX, h: 52 },
      onGround(Math.max(28, sizes.bodyMinPx), colors.text),
    ),
    text(
      ctx,
      'caption',
      sourceLine,
      { x: MARGIN_PX, y: CANVAS_HEIGHT_PX - 88, w: CONTENT_WIDTH_PX, h: 60 },
      onGround(sizes.captionPx, colors.muted, sizes.minPx),
    ),
  ];
  return makeSlide(ctx, {
    id: 'cover',
    kind: 'cover',
    title: meta.title,
    sectionId: 'opening',
    notes: notes(
      `开场：今天汇报的是《${meta.title}》。`,
      `${meta.presenter}${meta.date ? `于${meta.date}` : ''}${meta.meeting ? `在${meta.meeting}上` : ''}作报告。`,
      sourceLine,
      ...dataNotes.map((n) => `数据说明：${n}`),
    ),
    sources: [],
    elements,
  });
}

export function contentsSlides(ctx: LayoutContext, sections: readonly DeckSection[]): Slide[] {
  const title = '目录';
  const frame = contentFrame(ctx, title, title);
  const entries: ListEntry[] = sections.map((s, i) => ({
    marker: chineseNumeral(i + 1),
    text: s.title,
    emphasis: [],
    figures: [],
    weight: 'bold',
    kind: 'item',
  }));
  const style = { ...bodyListStyle(ctx), maxPx: 40, markerEm: 1.8, itemGapEm: 0.7 };
  const pages = paginateList(entries, frame.body, style, ctx);
  const spoken = sections.map((s, i) => `${chineseNumeral(i + 1)}是${s.title}`).join('；');
  return markParts(
    pages.map((list, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), title);
      return makeSlide(ctx, {
        id: 'contents',
        kind: 'contents',
        title: partTitle(title, i),
        sectionId: 'opening',
        notes: notes(`本次汇报分为${sections.length}个部分：${spoken}。`),
        sources: [],
        elements: [...f.elements, list.element],
      });
    }),
  );
}

/** The closing slide's words. */
export const CLOSING_WORDS = '谢谢！';

/** A one-line centred text moved so that its ink, not its advance box, is centred (see optical.ts). */
function opticallyCentred(el: TextElement): TextElement {
  if (el.lines.length !== 1) return el;
  const shift = opticalCentreShiftPx(el.lines[0]!.runs.map((r) => r.text).join(''), el.fontSizePx);
  return shift === 0 ? el : { ...el, box: { ...el.box, x: el.box.x + shift } };
}

export function closingSlide(ctx: LayoutContext, sourceLine: string): Slide {
  const { colors, sizes } = ctx.theme;
  const thanks = opticallyCentred(
    text(
      ctx,
      'big',
      CLOSING_WORDS,
      { x: MARGIN_PX, y: 120, w: CONTENT_WIDTH_PX, h: 160 },
      {
        maxPx: 120,
        minPx: 72,
        weight: 'bold',
        color: colors.onPrimary,
        align: 'center',
        valign: 'middle',
        lineHeight: 1.2,
        maxLines: 1,
      },
    ),
  );
  const elements: Element[] = [
    ...band(ctx),
    thanks,
    text(
      ctx,
      'subtitle',
      ctx.meta.title,
      { x: MARGIN_PX, y: 300, w: CONTENT_WIDTH_PX, h: 100 },
      {
        maxPx: 36,
        minPx: sizes.bodyMinPx,
        weight: 'regular',
        color: colors.onPrimary,
        align: 'center',
        valign: 'middle',
        lineHeight: 1.25,
        maxLines: 2,
      },
    ),
    text(
      ctx,
      'caption',
      sourceLine,
      { x: MARGIN_PX, y: 480, w: CONTENT_WIDTH_PX, h: 120 },
      {
        maxPx: sizes.captionPx + 4,
        minPx: sizes.minPx,
        weight: 'regular',
        color: colors.text,
        align: 'center',
        valign: 'middle',
        lineHeight: 1.4,
      },
    ),
    ...footerElements(ctx, ctx.meta.title).filter((e) => e.role === 'page-number'),
  ];
  return makeSlide(ctx, {
    id: 'closing',
    kind: 'closing',
    title: CLOSING_WORDS,
    sectionId: 'closing',
    notes: notes('汇报完毕，谢谢大家！欢迎提问；问答用的备用页可按页码跳转或搜索找到。', sourceLine),
    sources: [],
    elements,
  });
}
