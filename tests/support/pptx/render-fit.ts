/**
 * Whether a rendering of the PPTX (LibreOffice's PDF, read as word boxes) keeps every text where
 * the deck put it: each word inside the text box it belongs to, horizontally to the point, and
 * the box's text on no more lines than the deck set (one line stays one line: the width slack of
 * core/deck/text/width-slack.ts absorbs CJK–Latin autospace and a wider substitute font).
 *
 * A word belongs to the text box holding its vertical and horizontal centre; a word whose centre
 * is in no text box (it ran under the next card, or off the slide) is a problem of its own.
 * Native charts draw their own labels: a chart's box is an area of its own, checked only for
 * words leaving it. Vertically, glyph boxes are the font's ascent to descent (taller than a tight
 * line), so a word is placed by its centre, and a line below the box shows as an extra line.
 */
import type { Box, Slide, TextBlock } from '../../../core/deck/types';
import { CANVAS_WIDTH_PX } from '../../../core/deck/units';
import type { PdfPage, PdfWord } from './libreoffice';

/** How far a glyph box may stand past its text box, pt (rounding, side bearings). */
export const HORIZONTAL_TOLERANCE_PT = 1;

interface Area {
  readonly where: string;
  readonly box: Box;
  /** The deck's lines, for text boxes; undefined for a chart's area. */
  readonly block?: TextBlock;
}

function areas(slide: Slide): Area[] {
  const out: Area[] = [];
  slide.elements.forEach((el, i) => {
    const at = `${el.kind}#${i}`;
    switch (el.kind) {
      case 'text':
        out.push({ where: `${at}(${el.role})`, box: el.box, block: el });
        return;
      case 'kpi':
        out.push({ where: `${at}.value`, box: el.value.box, block: el.value });
        out.push({ where: `${at}.label`, box: el.label.box, block: el.label });
        return;
      case 'list':
        el.items.forEach((it, k) => {
          if (it.marker)
            out.push({ where: `${at}.items[${k}].marker`, box: it.markerBlock.box, block: it.markerBlock });
          out.push({ where: `${at}.items[${k}]`, box: it.block.box, block: it.block });
        });
        return;
      case 'table':
        el.rows.forEach((row, r) =>
          row.forEach((c, k) => out.push({ where: `${at}.rows[${r}][${k}]`, box: c.block.box, block: c.block })),
        );
        return;
      case 'chart':
        out.push({ where: `${at}.title`, box: el.title.box, block: el.title });
        if (el.chartKind === 'donut') {
          const g = el.geometry;
          if (g.centre) out.push({ where: `${at}.centre`, box: g.centre.box, block: g.centre });
          g.legend.forEach((l, k) => out.push({ where: `${at}.legend[${k}]`, box: l.block.box, block: l.block }));
        }
        out.push({ where: `${at}(chart)`, box: el.box });
        return;
      case 'shape':
        return;
    }
  });
  return out;
}

const contains = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

/** Distinct lines among words (by vertical centre, half a font size apart). */
function lineCount(words: readonly PdfWord[], fontPt: number): number {
  const centres = words.map((w) => (w.yMin + w.yMax) / 2).sort((a, b) => a - b);
  let lines = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const c of centres) {
    if (c - last > fontPt / 2) lines++;
    last = c;
  }
  return lines;
}

export interface RenderFitOptions {
  /**
   * Also require each text box on no more lines than the deck set (the slack's promise). Off:
   * only text leaving its box or the slide counts (an extra line inside a box that has room).
   */
  readonly sameLines: boolean;
}

/** Problems of one slide's rendered page against the slide's boxes ("slide N: …"). */
export function renderFitProblems(slide: Slide, page: PdfPage, label: string, options: RenderFitOptions): string[] {
  const ptPerPx = page.widthPt / CANVAS_WIDTH_PX;
  const problems: string[] = [];
  const all = areas(slide);
  const text = all.filter((a) => a.block);
  const charts = all.filter((a) => !a.block);
  const byArea = new Map<Area, PdfWord[]>();
  const fmt = (w: PdfWord) =>
    `"${w.text}" at ${(w.xMin / ptPerPx).toFixed(0)}–${(w.xMax / ptPerPx).toFixed(0)}px, y ${((w.yMin + w.yMax) / 2 / ptPerPx).toFixed(0)}px`;
  for (const w of page.words) {
    const cx = (w.xMin + w.xMax) / 2 / ptPerPx;
    const cy = (w.yMin + w.yMax) / 2 / ptPerPx;
    if (w.xMin < -HORIZONTAL_TOLERANCE_PT || w.xMax > page.widthPt + HORIZONTAL_TOLERANCE_PT) {
      problems.push(`${label}: ${fmt(w)} runs off the slide`);
      continue;
    }
    const area = text.find((a) => contains(a.box, cx, cy)) ?? charts.find((a) => contains(a.box, cx, cy));
    if (!area) {
      problems.push(`${label}: ${fmt(w)} is outside every text box`);
      continue;
    }
    const left = area.box.x * ptPerPx - HORIZONTAL_TOLERANCE_PT;
    const right = (area.box.x + area.box.w) * ptPerPx + HORIZONTAL_TOLERANCE_PT;
    if (w.xMin < left || w.xMax > right) {
      problems.push(
        `${label}: ${fmt(w)} extends outside ${area.where} (${area.box.x.toFixed(0)}–${(area.box.x + area.box.w).toFixed(0)}px)`,
      );
    }
    byArea.set(area, [...(byArea.get(area) ?? []), w]);
  }
  for (const [area, words] of byArea) {
    const block = area.block;
    if (!block || !options.sameLines) continue;
    const lines = lineCount(words, block.fontSizePx * ptPerPx);
    if (lines > block.lines.length) {
      problems.push(
        `${label}: ${area.where} set on ${lines} lines, the deck has ${block.lines.length} ("${words.map((w) => w.text).join(' ')}")`,
      );
    }
  }
  return problems;
}
