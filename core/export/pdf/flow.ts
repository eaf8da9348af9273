/**
 * Flowing text on paper pages (notes pages, the memo): paragraphs wrapped with the deck's
 * wrapText rules (CJK 禁则: no line starts with 、，。 etc., no line ends with an opening bracket),
 * figures in emphasis, tables whose rows continue on the next page with the header repeated,
 * and page breaks that keep headings with what follows.
 */
import { toRuns } from '../../deck/blocks';
import { wrapTextRanges } from '../../deck/text/wrap';
import type { Line, TextBlock, Weight } from '../../deck/types';
import type { FontMetrics } from '../../fonts/metrics';
import type { Bookmark, DisplayList, PageSize, RecordedPage } from './display-list';
import { PAPER, type PaperFrame, paperFrame, paperSurface } from './paper';
import type { Surface } from './surface';

export interface ParagraphStyle {
  sizePt: number;
  weight: Weight;
  color: string;
  /** Baseline-to-baseline distance as a multiple of the size. */
  lineHeight: number;
  align?: TextBlock['align'];
  /** Left indent of every line, pt. */
  indent?: number;
  /** A marker ("●", "1.") drawn in the indent of the first line. */
  marker?: string;
  /** Figures to emphasise (bold, emphasisColor) wherever they occur. */
  emphasis?: readonly string[];
  emphasisColor?: string;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Keep room for this many lines (of this size) after the paragraph on its page (headings). */
  keepWithNext?: number;
}

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  share: number;
}

export interface TableCellText {
  text: string;
  emphasis?: readonly string[];
  bold?: boolean;
  muted?: boolean;
}

export class Flow {
  y = 0;
  private page!: RecordedPage;
  private surface!: Surface;
  frame!: PaperFrame;

  constructor(
    readonly list: DisplayList,
    readonly size: PageSize,
    readonly metrics: FontMetrics,
    /** Draws the page chrome (header) of a new page; called for every page the flow opens. */
    private readonly onNewPage: (page: RecordedPage, index: number) => void,
  ) {}

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  newPage(): void {
    this.page = this.list.addPage(this.size);
    this.frame = paperFrame(this.page);
    this.surface = paperSurface(this.page, this.metrics);
    this.y = this.frame.top;
    this.onNewPage(this.page, this.list.currentIndex);
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.frame.bottom + 1e-6 && this.y > this.frame.top) this.newPage();
  }

  space(pt: number): void {
    this.y = Math.min(this.y + pt, this.frame.bottom);
  }

  bookmark(title: string, parent?: Bookmark): Bookmark {
    return this.list.bookmark(title, this.list.currentIndex, parent);
  }

  /** Wraps a text into lines of runs for a width, with the deck's line breaking. */
  wrap(text: string, width: number, style: Pick<ParagraphStyle, 'sizePt' | 'weight' | 'emphasis'>): Line[] {
    const ranges = wrapTextRanges(text, Math.max(width, style.sizePt), style.sizePt, style.weight, this.metrics);
    return toRuns(text, ranges, style.emphasis ?? []);
  }

  /** A paragraph (newlines force breaks); continues on the next page when it does not fit. */
  paragraph(text: string, style: ParagraphStyle): void {
    const indent = style.indent ?? 0;
    const lh = style.sizePt * style.lineHeight;
    const lines = this.wrap(text, this.width - indent, style);
    if (style.spaceBefore && this.y > this.frame.top) this.space(style.spaceBefore);
    // Keep the first lines together, and a heading with (about) `keepWithNext` lines of what follows.
    this.ensure(lh * (Math.min(lines.length, 2) + (style.keepWithNext ?? 0)));
    lines.forEach((line, i) => {
      this.ensure(lh);
      const block: TextBlock = {
        box: { x: this.frame.left + indent, y: this.y, w: this.width - indent, h: lh },
        lines: [line],
        fontSizePx: style.sizePt,
        lineHeightPx: lh,
        weight: style.weight,
        color: style.color,
        align: style.align ?? 'left',
        valign: 'top',
      };
      if (i === 0 && style.marker) {
        this.surface.textBlock(
          {
            ...block,
            box: { ...block.box, x: this.frame.left, w: indent },
            lines: [{ runs: [{ text: style.marker }] }],
          },
          style.color,
        );
      }
      this.surface.textBlock(block, style.emphasisColor ?? style.color);
      this.y += lh;
    });
    if (style.spaceAfter) this.space(style.spaceAfter);
  }

  /** A horizontal rule across the content width. */
  rule(color: string, thickness: number, spaceAfter = 0): void {
    this.ensure(thickness);
    this.surface.rect({ x: this.frame.left, y: this.y, w: this.width, h: thickness }, { fill: color });
    this.y += thickness + spaceAfter;
  }

  /**
   * A table: header row shaded and bold, cells wrapped; a row that does not fit moves to the next
   * page (the header is repeated there); a row taller than a page is split between pages.
   */
  table(
    columns: readonly TableColumn[],
    rows: readonly TableCellText[][],
    style: { sizePt: number; lineHeight: number; padPt: number; emphasisColor: string },
  ): void {
    const total = columns.reduce((a, c) => a + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * this.width);
    const lh = style.sizePt * style.lineHeight;
    const cellLines = (cells: readonly TableCellText[]) =>
      cells.map((cell, c) =>
        this.wrap(cell.text, widths[c]! - 2 * style.padPt, {
          sizePt: style.sizePt,
          weight: cell.bold ? 'bold' : 'regular',
          emphasis: cell.emphasis ?? [],
        }),
      );
    const header = cellLines(columns.map((c) => ({ text: c.header, bold: true })));
    const headerH = Math.max(...header.map((l) => l.length)) * lh + 2 * style.padPt;

    const drawRow = (
      cells: readonly TableCellText[],
      lines: Line[][],
      from: number,
      count: number,
      fill: string | undefined,
    ) => {
      const h = count * lh + 2 * style.padPt;
      let x = this.frame.left;
      cells.forEach((cell, c) => {
        const w = widths[c]!;
        this.surface.borderedRect({ x, y: this.y, w, h }, fill, PAPER.rule, 0.5);
        const shown = lines[c]!.slice(from, from + count);
        if (shown.length > 0) {
          const color = cell.muted ? PAPER.muted : PAPER.text;
          this.surface.textBlock(
            {
              box: { x: x + style.padPt, y: this.y + style.padPt, w: w - 2 * style.padPt, h: shown.length * lh },
              lines: shown,
              fontSizePx: style.sizePt,
              lineHeightPx: lh,
              weight: cell.bold ? 'bold' : 'regular',
              color,
              align: 'left',
              valign: 'top',
            },
            fill ? color : style.emphasisColor,
          );
        }
        x += w;
      });
      this.y += h;
    };
    const headerCells = columns.map((c) => ({ text: c.header, bold: true }));
    const drawHeader = () =>
      drawRow(headerCells, header, 0, Math.max(...header.map((l) => l.length)), PAPER.headerFill);

    this.ensure(headerH + lh + 2 * style.padPt);
    drawHeader();
    for (const row of rows) {
      const lines = cellLines(row);
      const n = Math.max(1, ...lines.map((l) => l.length));
      let from = 0;
      while (from < n) {
        const room = Math.floor((this.frame.bottom - this.y - 2 * style.padPt) / lh + 1e-9);
        const need = n - from;
        // Move the whole row when it fits on a fresh page; split only rows taller than a page.
        const pageRoom = Math.floor((this.frame.bottom - this.frame.top - headerH - 2 * style.padPt) / lh);
        if (pageRoom < 1) throw new Error('table: the page has no room for a single line under the header');
        if (room < need && (room < 1 || need <= pageRoom)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const count = Math.min(need, room);
        drawRow(row, lines, from, count, undefined);
        from += count;
      }
    }
  }
}
