/**
 * Paper pages (handouts, notes pages, the memo): A4 portrait in pt, the running header, the
 * "第 x 页 / 共 y 页" footer, and the watermark every layout can add. These surfaces work in pt
 * directly (scale 1); text on them is wrapped with the deck's wrapText, whose arithmetic is
 * unit-free (advance × size / unitsPerEm against a width in the same unit).
 */
import { measureText } from '../../deck/text/measure';
import type { TextBlock } from '../../deck/types';
import { A4_HEIGHT_MM, A4_WIDTH_MM, mmToPt } from '../../deck/units';
import type { FontMetrics } from '../../fonts/metrics';
import type { DisplayList, PageSize, RecordedPage } from './display-list';
import { Surface } from './surface';

export const A4: PageSize = { widthPt: mmToPt(A4_WIDTH_MM), heightPt: mmToPt(A4_HEIGHT_MM) };

/** Ink of paper pages (the official theme's text colours: paper is white whatever the deck's theme). */
export const PAPER = {
  text: '#262626',
  muted: '#595959',
  rule: '#BFBFBF',
  headerFill: '#F2F2F2',
};

export interface PaperFrame {
  /** Content area, pt. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Margins of paper pages, pt: 15 mm at the sides, room for header and footer. */
export function paperFrame(page: PageSize, side = mmToPt(15)): PaperFrame {
  return { left: side, right: page.widthPt - side, top: mmToPt(22), bottom: page.heightPt - mmToPt(18) };
}

export function paperSurface(page: RecordedPage, metrics: FontMetrics): Surface {
  return new Surface(page, { originXPt: 0, originYPt: 0, scale: 1 }, metrics);
}

/** A one-line text block at (x, top) in pt: how paper pages place single lines. */
export function lineBlock(
  text: string,
  x: number,
  top: number,
  width: number,
  sizePt: number,
  weight: TextBlock['weight'],
  color: string,
  align: TextBlock['align'] = 'left',
  lineHeight = 1.4,
): TextBlock {
  return {
    box: { x, y: top, w: width, h: sizePt * lineHeight },
    lines: [{ runs: [{ text }] }],
    fontSizePx: sizePt,
    lineHeightPx: sizePt * lineHeight,
    weight,
    color,
    align,
    valign: 'top',
  };
}

const HEADER_PT = 9;
const FOOTER_PT = 9;

/** Running header: `left` (the deck or report title) and `right` (the date line), a rule below. */
export function drawHeader(
  page: RecordedPage,
  metrics: FontMetrics,
  left: string,
  right: string | undefined,
  frame = paperFrame(page),
): void {
  const s = paperSurface(page, metrics);
  const top = frame.top - mmToPt(10);
  const width = frame.right - frame.left;
  const rightWidth = right ? measureText(right, HEADER_PT, 'regular', metrics) + HEADER_PT : 0;
  s.textBlock(
    lineBlock(
      fitToWidth(left, width - rightWidth, HEADER_PT, 'regular', metrics),
      frame.left,
      top,
      width - rightWidth,
      HEADER_PT,
      'regular',
      PAPER.muted,
    ),
    PAPER.muted,
  );
  if (right)
    s.textBlock(lineBlock(right, frame.left, top, width, HEADER_PT, 'regular', PAPER.muted, 'right'), PAPER.muted);
  s.rect({ x: frame.left, y: top + HEADER_PT * 1.4 + 2, w: width, h: 0.5 }, { fill: PAPER.rule });
}

/** "第 x 页 / 共 y 页" centred under the content area of every page of the list. */
export function drawPageNumbers(list: DisplayList, metrics: FontMetrics): void {
  const total = list.pages.length;
  list.pages.forEach((page, i) => {
    const frame = paperFrame(page);
    const s = paperSurface(page, metrics);
    const top = page.heightPt - mmToPt(12);
    s.textBlock(
      lineBlock(
        `第 ${i + 1} 页 / 共 ${total} 页`,
        frame.left,
        top,
        frame.right - frame.left,
        FOOTER_PT,
        'regular',
        PAPER.muted,
        'center',
      ),
      PAPER.muted,
    );
  });
}

/** Shortens a single-line label with "…" until it fits (used only for running headers). */
export function fitToWidth(
  text: string,
  width: number,
  size: number,
  weight: TextBlock['weight'],
  metrics: FontMetrics,
): string {
  if (measureText(text, size, weight, metrics) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measureText(chars.join('') + '…', size, weight, metrics) > width) chars.pop();
  return chars.join('') + '…';
}

/** The watermark: light grey, diagonal (bottom-left to top-right), centred, on top of every page. */
export function drawWatermarks(list: DisplayList, text: string, metrics: FontMetrics): void {
  if (!text) return;
  for (const page of list.pages) {
    const angle = (Math.atan2(page.heightPt, page.widthPt) * 180) / Math.PI;
    const diagonal = Math.hypot(page.widthPt, page.heightPt);
    const unit = measureText(text, 1, 'bold', metrics);
    const size = Math.min((diagonal * 0.5) / Math.max(unit, 1e-6), Math.min(page.widthPt, page.heightPt) / 4);
    const w = unit * size;
    const a = (angle * Math.PI) / 180;
    const cx = page.widthPt / 2;
    const cy = page.heightPt / 2;
    // Baseline start: back half the width along the text direction, down ~0.35 em from the centre.
    const x = cx - (w / 2) * Math.cos(a) + 0.35 * size * Math.sin(a);
    const y = cy + (w / 2) * Math.sin(a) + 0.35 * size * Math.cos(a);
    page.ops.push({ op: 'text', text, x, y, sizePt: size, weight: 'bold', color: '#A6A6A6', angle, opacity: 0.3 });
  }
}
