/**
 * exportPptx: Deck → an editable PowerPoint file. Every deck element is translated at its box and
 * size: text boxes with the deck's lines at the fitted size, KPI cards, lists, tables, shapes,
 * and native charts (data editable in PowerPoint/WPS). Speaker notes, sections, hidden backup
 * slides, slide numbers and document properties come along. Returns bytes and a report; it
 * never saves (the caller decides where bytes go).
 */
import PptxGenJS from 'pptxgenjs';
import { hexDigits } from '../deck/color';
import { speakerNotes } from '../deck/speaker-notes';
import { tableCellBoxes } from '../deck/geometry';
import type { Box, ChartElement, Deck, Element, KpiElement, Slide, TableElement, TextBlock } from '../deck/types';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX, pxToIn, pxToPt } from '../deck/units';
import { PARTS_OUTPUT_TYPE, packageParts, recordParts } from './pptx/package-parts';
import { zipRepairedParts } from './pptx/postprocess';
import { cellTextBodyXml, shapeTextBodyXml, type TextBodyStyle } from './pptx/text-body';
import { TextSlots } from './pptx/text-slots';
import { stripControlChars } from './text-safety';
import { assertNever } from '../assert-never';

/** A face viewers have: Microsoft YaHei ships with every Chinese Windows (WPS maps it too). */
export const DEFAULT_PPTX_FONT = '微软雅黑';

export interface PptxOptions {
  /** Font named for Latin and East Asian text, charts and the theme. */
  fontFace?: string;
  /** Called after each slide is translated (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Document properties. */
  company?: string;
}

export interface PptxReport {
  slides: number;
  hiddenSlides: number;
  charts: number;
  bytes: number;
  ms: number;
}

type PptxSlide = ReturnType<PptxGenJS['addSlide']>;

const LAYOUT_NAME = 'GOVBRIEF_16x9';
/** Largest gap between bars OOXML allows (ST_GapAmount), % of a bar's width. */
const MAX_GAP_WIDTH_PCT = 500;

/**
 * The font name as pptxgenjs writes it: raw, into XML attributes. Characters that would break
 * the XML (no real font name has them) and control characters are dropped.
 */
export function safeFontFace(name: string | undefined): string {
  const face = stripControlChars(name ?? '')
    .replace(/[<>&"]/g, '')
    .trim();
  return face || DEFAULT_PPTX_FONT;
}

/** Position props in inches, from a px box. */
function place(box: { x: number; y: number; w: number; h: number }) {
  return { x: pxToIn(box.x), y: pxToIn(box.y), w: pxToIn(box.w), h: pxToIn(box.h) };
}

/** What translating a text block needs: colours and font, and where its text body goes. */
interface TextContext extends TextBodyStyle {
  readonly slots: TextSlots;
}

function addBlock(slide: PptxSlide, block: TextBlock, ctx: TextContext, name?: string): void {
  // pptxgenjs writes the shape; its text body is ours (text-body.ts), put in before zipping. So
  // it is given no text options (font, size, insets): they only went into the text body it
  // wrote and that was thrown away, and each one cost time in its run-property pass.
  slide.addText(ctx.slots.add(shapeTextBodyXml(block, ctx)), {
    ...place(block.box),
    isTextBox: true,
    ...(name ? { objectName: name } : {}),
  });
}

function addRect(
  slide: PptxSlide,
  box: { x: number; y: number; w: number; h: number },
  fill: string | undefined,
  stroke?: { color: string; widthPx: number },
) {
  slide.addShape('rect', {
    ...place(box),
    fill: fill ? { color: hexDigits(fill) } : { type: 'none' },
    line: stroke ? { color: hexDigits(stroke.color), width: pxToPt(stroke.widthPx) } : { type: 'none' },
  });
}

function addKpi(slide: PptxSlide, el: KpiElement, ctx: TextContext) {
  addRect(slide, el.box, el.fill, { color: el.border, widthPx: el.borderWidthPx });
  addRect(slide, { ...el.box, w: el.accentWidthPx }, el.accent);
  addBlock(slide, el.value, ctx);
  addBlock(slide, el.label, ctx);
}

/** Number format for data labels: the value as written plus the unit as a literal. */
function labelFormat(unit: string): string {
  return unit ? `General"${unit.replace(/"/g, '')}"` : 'General';
}

/**
 * Longest number General prints as JavaScript writes it: Excel's General shows at most 11
 * characters, beyond that it rounds or switches to scientific notation.
 */
const GENERAL_MAX_CHARS = 11;

/**
 * What a bar's label prints under labelFormat(unit), or undefined when that is not certain
 * (exponents, numbers General would round).
 */
export function formatPrints(value: number, unit: string): string | undefined {
  const number = String(value);
  if (!/^-?\d+(?:\.\d+)?$/.test(number) || number.length > GENERAL_MAX_CHARS) return undefined;
  return number + stripControlChars(unit.replace(/"/g, ''));
}

/**
 * The texts of a bar chart's per-point data labels, or undefined when the number format prints
 * every bar exactly in the report's wording. The rule: keep the number format when it is exact
 * for every bar, because its labels stay live (staff who edit a value in PowerPoint see the
 * label follow); as soon as one bar's display is not "<value><unit>" ("5%左右", "6%以上",
 * "超1万亿元", mixed units), every bar of that chart gets its display as custom label text. A
 * custom label does not follow an edited value, but printing "5%" for "5%左右" would misstate
 * the report; and all bars of the chart, not just the inexact ones, so that a chart's labels
 * behave alike when edited.
 */
export function barPointLabels(el: ChartElement): string[] | undefined {
  const exact = el.data.every((d) => formatPrints(d.value, el.unit) === stripControlChars(d.display));
  return exact ? undefined : el.data.map((d) => stripControlChars(d.display));
}

/**
 * Adds the chart and returns what the package's repair pass needs to know about it (one entry
 * per addChart call, in order): the texts of its per-point data labels, if it needs them.
 */
/** background: the slide's, the colour of the gap drawn between a donut's sectors. */
function addChart(
  pptx: PptxGenJS,
  slide: PptxSlide,
  el: ChartElement,
  ctx: TextContext,
  background: string,
): string[] | undefined {
  const { emphasisColor, fontFace } = ctx;
  addBlock(slide, el.title, ctx);
  const top = el.title.box.y + el.title.box.h;
  const box = { ...el.box, y: top, h: el.box.y + el.box.h - top };
  const common = {
    ...place(box),
    showTitle: false,
    catAxisLabelFontFace: fontFace,
    valAxisLabelFontFace: fontFace,
    dataLabelFontFace: fontFace,
    legendFontFace: fontFace,
    titleFontFace: fontFace,
    dataLabelFontSize: pxToPt(el.labelFontSizePx),
    catAxisLabelFontSize: pxToPt(el.labelFontSizePx),
    legendFontSize: pxToPt(el.labelFontSizePx),
    catAxisLabelColor: hexDigits(el.textColor),
    legendColor: hexDigits(el.textColor),
    dataLabelColor: hexDigits(emphasisColor),
    lang: 'zh-CN',
  };
  const values = el.data.map((d) => d.value);
  switch (el.chartKind) {
    case 'bar': {
      const g = el.geometry;
      slide.addChart(
        pptx.ChartType.bar,
        [
          {
            name: stripControlChars(blockTextOf(el.title)),
            labels: el.data.map((d) => stripControlChars(d.label)),
            values,
          },
        ],
        {
          ...common,
          barDir: 'col',
          chartColors: el.data.map((d) => hexDigits(d.color)),
          valAxisMinVal: g.axisMin,
          valAxisMaxVal: g.axisMax,
          valAxisHidden: true,
          valGridLine: { style: 'none' },
          catGridLine: { style: 'none' },
          catAxisLineShow: true,
          catAxisLineColor: hexDigits(el.axisColor),
          catAxisLineSize: pxToPt(g.zeroLineWidthPx),
          showValue: true,
          dataLabelFormatCode: labelFormat(el.unit),
          dataLabelPosition: 'outEnd',
          dataLabelFontBold: true,
          showLegend: false,
          // The schema allows 0–500 % (more makes PowerPoint repair the file): a lone bar in a
          // wide box is drawn a little wider than on screen rather than not at all.
          barGapWidthPct: Math.min(
            MAX_GAP_WIDTH_PCT,
            Math.max(0, Math.round(((box.w / Math.max(1, el.data.length) - g.barWidthPx) / g.barWidthPx) * 100)),
          ),
        },
      );
      // The number format stays even under per-point labels: it is what a label deleted in
      // PowerPoint falls back to.
      return barPointLabels(el);
    }
    case 'donut': {
      const g = el.geometry;
      const segments = g.segments;
      // The native chart covers just the ring, so the deck's legend and centre text (drawn as
      // text boxes, as on screen) sit where the deck put them. No data labels: the rest of a
      // share is not a figure of the report and must not be printed as one.
      const ring = {
        x: g.cx - g.outerRadiusPx,
        y: g.cy - g.outerRadiusPx,
        w: 2 * g.outerRadiusPx,
        h: 2 * g.outerRadiusPx,
      };
      slide.addChart(
        pptx.ChartType.doughnut,
        // The shares themselves (the rest included), not the angles: they are the chart's data
        // that staff see and edit in PowerPoint, and a ring draws proportions either way.
        [
          {
            name: stripControlChars(blockTextOf(el.title)),
            labels: segments.map((s) => stripControlChars(s.label)),
            values: segments.map((s) => s.value ?? el.remainder?.value ?? s.endDeg - s.startDeg),
          },
        ],
        {
          ...common,
          ...place(ring),
          layout: { x: 0, y: 0, w: 1, h: 1 },
          holeSize: Math.round((g.innerRadiusPx / g.outerRadiusPx) * 100),
          dataBorder: { pt: pxToPt(g.sectorGapPx), color: hexDigits(background) },
          chartColors: segments.map((s) => hexDigits(s.color)),
          showValue: false,
          showPercent: false,
          showLegend: false,
          firstSliceAng: 0,
        },
      );
      if (g.centre) addBlock(slide, g.centre, ctx);
      for (const l of g.legend) {
        addRect(slide, l.swatch, l.color, { color: el.axisColor, widthPx: g.swatchOutlineWidthPx });
        addBlock(slide, l.block, ctx);
      }
      return undefined;
    }
  }
}

function blockTextOf(block: TextBlock): string {
  return block.lines.map((l) => l.runs.map((r) => r.text).join('')).join('');
}

function addTable(slide: PptxSlide, el: TableElement, ctx: TextContext) {
  const cells = tableCellBoxes(el);
  const rows = el.rows.map((row, r) =>
    row.map((cell, c) => ({
      text: ctx.slots.add(cellTextBodyXml(cell.block, ctx)),
      options: {
        fill: { color: hexDigits(cell.fill) },
        color: hexDigits(cell.block.color),
        bold: cell.block.weight === 'bold',
        fontSize: pxToPt(cell.block.fontSizePx),
        fontFace: ctx.fontFace,
        align: cell.block.align,
        valign: cell.block.valign,
        lineSpacing: pxToPt(cell.block.lineHeightPx),
        // The deck's text box inside the cell, as cell margins (inches: top, right, bottom, left).
        margin: cellMargins(cells[r]![c]!, cell.block.box),
      },
    })),
  );
  slide.addTable(rows as Parameters<PptxSlide['addTable']>[0], {
    x: pxToIn(el.box.x),
    y: pxToIn(el.box.y),
    w: pxToIn(el.box.w),
    colW: el.columnWidthsPx.map(pxToIn),
    rowH: el.rowHeightsPx.map(pxToIn),
    border: { type: 'solid', pt: pxToPt(el.borderWidthPx), color: hexDigits(el.borderColor) },
    autoPage: false,
    fontFace: ctx.fontFace,
  });
}

function cellMargins(cell: Box, text: Box): [number, number, number, number] {
  const inset = (px: number) => pxToIn(Math.max(0, px));
  return [
    inset(text.y - cell.y),
    inset(cell.x + cell.w - (text.x + text.w)),
    inset(cell.y + cell.h - (text.y + text.h)),
    inset(text.x - cell.x),
  ];
}

/**
 * Adds one deck element. `chartLabels` gets one entry per native chart added, in order: the
 * per-point label texts the repair pass writes into that chart (undefined: none).
 */
function addElement(
  pptx: PptxGenJS,
  slide: PptxSlide,
  el: Element,
  ctx: TextContext,
  chartLabels: (string[] | undefined)[],
  background: string,
): void {
  const fontFace = ctx.fontFace;
  switch (el.kind) {
    case 'shape':
      // 'rect' and 'line' are both a box (a line is a thin filled box), as on screen and in the PDF.
      slide.addShape(el.shape === 'ellipse' ? 'ellipse' : 'rect', {
        ...place(el.box),
        fill: el.fill ? { color: hexDigits(el.fill) } : { type: 'none' },
        line: el.stroke ? { color: hexDigits(el.stroke), width: pxToPt(el.strokeWidthPx) } : { type: 'none' },
      });
      return;
    case 'text':
      if (el.role === 'page-number') {
        // A live slide-number field: it stays right when staff reorder slides in PowerPoint.
        slide.slideNumber = {
          ...place(el.box),
          fontFace,
          fontSize: pxToPt(el.fontSizePx),
          color: hexDigits(el.color),
          align: el.align,
          valign: el.valign,
          margin: 0,
        } as PptxSlide['slideNumber'];
        return;
      }
      addBlock(slide, el, ctx, el.role);
      return;
    case 'kpi':
      addKpi(slide, el, ctx);
      return;
    case 'list':
      for (const item of el.items) {
        if (item.marker) addBlock(slide, item.markerBlock, ctx);
        addBlock(slide, item.block, ctx);
      }
      return;
    case 'table':
      addTable(slide, el, ctx);
      return;
    case 'chart':
      chartLabels.push(addChart(pptx, slide, el, ctx, background));
      return;
    default:
      return assertNever(el, 'element kind');
  }
}

/**
 * Speaker notes: what to say first, then the sources behind the slide's figures, so the quote
 * is one look away (core/deck/speaker-notes.ts).
 */
export function notesText(slide: Slide): string {
  return stripControlChars(speakerNotes(slide));
}

export async function exportPptx(
  deck: Deck,
  options: PptxOptions = {},
): Promise<{ bytes: Uint8Array; report: PptxReport }> {
  const started = Date.now();
  const fontFace = safeFontFace(options.fontFace);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: LAYOUT_NAME, width: pxToIn(CANVAS_WIDTH_PX), height: pxToIn(CANVAS_HEIGHT_PX) });
  pptx.layout = LAYOUT_NAME;
  pptx.title = stripControlChars(deck.meta.title);
  pptx.subject = stripControlChars(deck.meta.subject);
  pptx.author = stripControlChars(deck.meta.author);
  // An unescaped "&" in company makes PowerPoint repair the file: pptxgenjs writes it raw.
  pptx.company = stripControlChars(options.company ?? deck.meta.region)
    .replace(/&/g, '和')
    .replace(/[<>]/g, '');
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };

  const sectionTitle = new Map(deck.sections.map((s) => [s.id, stripControlChars(s.title)]));
  const added = new Set<string>();
  const chartLabels: (string[] | undefined)[] = [];
  const ctx: TextContext = { emphasisColor: deck.theme.colors.figure, fontFace, slots: new TextSlots() };
  deck.slides.forEach((s, i) => {
    const title = sectionTitle.get(s.sectionId) ?? s.sectionId;
    if (!added.has(title)) {
      pptx.addSection({ title });
      added.add(title);
    }
    const slide = pptx.addSlide({ sectionTitle: title });
    slide.background = { color: hexDigits(s.background) };
    if (s.hidden) slide.hidden = true;
    for (const el of s.elements) addElement(pptx, slide, el, ctx, chartLabels, s.background);
    slide.addNotes(notesText(s));
    options.onProgress?.(i + 1, deck.slides.length);
  });

  // pptxgenjs fills its package but does not zip it: the repairs apply to the parts and the
  // archive is written once (package-parts.ts).
  const written = await recordParts(() => pptx.write({ outputType: PARTS_OUTPUT_TYPE as 'uint8array' }));
  const bytes = zipRepairedParts(ctx.slots.fill(packageParts(written)), { eastAsianFont: fontFace, chartLabels });
  return {
    bytes,
    report: {
      slides: deck.slides.length,
      hiddenSlides: deck.slides.filter((s) => s.hidden).length,
      charts: chartLabels.length,
      bytes: bytes.length,
      ms: Date.now() - started,
    },
  };
}
