/**
 * The layouts made of slides: 'slides' (one 16:9 page per slide, exactly as on screen),
 * 'handouts' (A4, 1/2/3/4/6 slides per page; with 3, ruled note lines beside each slide) and
 * 'notes' (A4 notes pages: the slide above its speaker notes, continued on further pages when
 * long). Every slide is drawn by drawSlide; only the transform differs.
 */
import { dateLineElement } from '../../deck/date-line';
import type { Deck, Slide } from '../../deck/types';
import { pxToPt } from '../../deck/units';
import type { FontMetrics } from '../../fonts/metrics';
import type { Bookmark, DisplayList, PageSize } from './display-list';
import { Flow } from './flow';
import { A4, PAPER, drawHeader, paperFrame, paperSurface } from './paper';
import { drawSlide } from './slide';
import { Surface } from './surface';

import { HANDOUTS_PER_PAGE, type HandoutsPerPage } from './per-page';

export { HANDOUTS_PER_PAGE, type HandoutsPerPage };

export interface DeckLayoutOptions {
  metrics: FontMetrics;
  includeHidden: boolean;
  hiddenTag: string;
  dateLine: string | undefined;
}

/**
 * The slides to print, with their 1-based numbers in the deck. Without includeHidden the hidden
 * (backup) slides are left out, and on paper (handouts, notes pages) the closing slide too.
 */
export function printedSlides(deck: Deck, includeHidden: boolean, paper = false): { slide: Slide; number: number }[] {
  return deck.slides
    .map((slide, i) => ({ slide, number: i + 1 }))
    .filter((s) => includeHidden || (!s.slide.hidden && !(paper && s.slide.kind === 'closing')));
}

/**
 * Bookmarks: one per deck section at the page of its first printed slide, the slides inside it
 * (backup slides marked "备用").
 */
function addDeckBookmarks(list: DisplayList, deck: Deck, pageOf: ReadonlyMap<Slide, number>, hiddenTag: string): void {
  const bySection = new Map<string, Bookmark>();
  for (const section of deck.sections) {
    const first = deck.slides.find((s) => s.sectionId === section.id && pageOf.has(s));
    if (!first) continue;
    bySection.set(section.id, list.bookmark(section.title, pageOf.get(first)!));
  }
  for (const slide of deck.slides) {
    const page = pageOf.get(slide);
    const parent = bySection.get(slide.sectionId);
    if (page === undefined || !parent) continue;
    list.bookmark(slide.hidden ? `${hiddenTag}：${slide.title}` : slide.title, page, parent);
  }
}

/** Slide pages: the canvas at 0.75 pt per px (1280×720 px → 960×540 pt). */
export function layoutSlides(list: DisplayList, deck: Deck, o: DeckLayoutOptions): void {
  const scale = pxToPt(1);
  const size: PageSize = { widthPt: pxToPt(deck.size.widthPx), heightPt: pxToPt(deck.size.heightPx) };
  const pageOf = new Map<Slide, number>();
  for (const { slide } of printedSlides(deck, o.includeHidden)) {
    const page = list.addPage(size);
    pageOf.set(slide, list.currentIndex);
    const s = new Surface(page, { originXPt: 0, originYPt: 0, scale }, o.metrics);
    drawSlide(s, slide, deck.theme, {
      widthPx: deck.size.widthPx,
      heightPx: deck.size.heightPx,
      hiddenTag: o.hiddenTag,
    });
  }
  // The date line the deck places (core/deck/date-line.ts), on the first page.
  const first = list.pages[0];
  if (o.dateLine && first) {
    const s = new Surface(first, { originXPt: 0, originYPt: 0, scale }, o.metrics);
    const line = dateLineElement(deck, o.dateLine);
    s.textBlock(line, line.color);
  }
  addDeckBookmarks(list, deck, pageOf, o.hiddenTag);
}

/** Where each slide goes on a handout page, pt. */
interface HandoutCell {
  x: number;
  y: number;
  w: number;
  /** Ruled note lines to the right of the slide (3 per page), from x to xEnd. */
  lines?: { x: number; xEnd: number };
}

const NOTE_LINE_GAP_PT = 24;

function handoutCells(perPage: HandoutsPerPage, frame: ReturnType<typeof paperFrame>, aspect: number): HandoutCell[] {
  const W = frame.right - frame.left;
  const H = frame.bottom - frame.top;
  const gap = 18;
  const grid = (cols: number, rows: number): HandoutCell[] => {
    const cw = (W - (cols - 1) * gap) / cols;
    const rh = (H - (rows - 1) * gap) / rows;
    const w = Math.min(cw, rh * aspect);
    const h = w / aspect;
    const cells: HandoutCell[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        cells.push({ x: frame.left + c * (cw + gap) + (cw - w) / 2, y: frame.top + r * (rh + gap) + (rh - h) / 2, w });
    return cells;
  };
  switch (perPage) {
    case 1:
      return grid(1, 1);
    case 2:
      return grid(1, 2);
    case 3: {
      // PowerPoint's 3-slide handout: slides on the left, ruled lines for notes on the right.
      const rh = (H - 2 * gap) / 3;
      const w = Math.min(W * 0.5, rh * aspect);
      const h = w / aspect;
      return [0, 1, 2].map((r) => ({
        x: frame.left,
        y: frame.top + r * (rh + gap) + (rh - h) / 2,
        w,
        lines: { x: frame.left + w + 20, xEnd: frame.right },
      }));
    }
    case 4:
      return grid(2, 2);
    case 6:
      return grid(2, 3);
  }
}

export function layoutHandouts(list: DisplayList, deck: Deck, perPage: HandoutsPerPage, o: DeckLayoutOptions): void {
  const slides = printedSlides(deck, o.includeHidden, true);
  const aspect = deck.size.widthPx / deck.size.heightPx;
  const pageOf = new Map<Slide, number>();
  for (let i = 0; i < slides.length; i += perPage) {
    const page = list.addPage(A4);
    drawHeader(page, o.metrics, deck.meta.title, o.dateLine);
    const frame = paperFrame(page);
    const cells = handoutCells(perPage, frame, aspect);
    const paper = paperSurface(page, o.metrics);
    slides.slice(i, i + perPage).forEach(({ slide }, k) => {
      const cell = cells[k]!;
      const scale = cell.w / deck.size.widthPx;
      const h = cell.w / aspect;
      const s = new Surface(page, { originXPt: cell.x, originYPt: cell.y, scale }, o.metrics);
      drawSlide(s, slide, deck.theme, {
        widthPx: deck.size.widthPx,
        heightPx: deck.size.heightPx,
        hiddenTag: o.hiddenTag,
      });
      paper.rect({ x: cell.x, y: cell.y, w: cell.w, h }, { stroke: PAPER.rule, lineWidth: 0.5 });
      if (cell.lines) {
        for (let y = cell.y + NOTE_LINE_GAP_PT; y <= cell.y + h + 1e-6; y += NOTE_LINE_GAP_PT) {
          paper.line(cell.lines.x, y, cell.lines.xEnd, y, PAPER.rule, 0.5);
        }
      }
      pageOf.set(slide, list.currentIndex);
    });
  }
  addDeckBookmarks(list, deck, pageOf, o.hiddenTag);
}

const NOTES_PT = 11;
const NOTES_LINE_HEIGHT = 1.6;

export function layoutNotes(list: DisplayList, deck: Deck, o: DeckLayoutOptions): void {
  const pageOf = new Map<Slide, number>();
  const aspect = deck.size.widthPx / deck.size.heightPx;
  // Set while a slide's notes run on: continuation pages say whose notes they are.
  let continuing: string | undefined;
  const flow: Flow = new Flow(list, A4, o.metrics, (page) => {
    drawHeader(page, o.metrics, deck.meta.title, o.dateLine);
    if (continuing)
      flow.paragraph(continuing, { sizePt: 10, weight: 'bold', color: PAPER.muted, lineHeight: 1.5, spaceAfter: 4 });
  });
  for (const { slide, number } of printedSlides(deck, o.includeHidden, true)) {
    continuing = undefined;
    flow.newPage();
    pageOf.set(slide, list.currentIndex);
    const page = list.current;
    const frame = flow.frame;
    const w = frame.right - frame.left;
    const h = w / aspect;
    const s = new Surface(
      page,
      { originXPt: frame.left, originYPt: frame.top, scale: w / deck.size.widthPx },
      o.metrics,
    );
    drawSlide(s, slide, deck.theme, {
      widthPx: deck.size.widthPx,
      heightPx: deck.size.heightPx,
      hiddenTag: o.hiddenTag,
    });
    paperSurface(page, o.metrics).rect({ x: frame.left, y: frame.top, w, h }, { stroke: PAPER.rule, lineWidth: 0.5 });
    flow.y = frame.top + h + 16;
    const label = `第 ${number} 张${slide.hidden ? `（${o.hiddenTag}）` : ''}：${slide.title}`;
    flow.paragraph(label, {
      sizePt: 12,
      weight: 'bold',
      color: PAPER.text,
      lineHeight: 1.5,
      spaceAfter: 6,
      keepWithNext: 1,
    });
    const notes = slide.notes.trim();
    if (notes.length === 0) {
      flow.paragraph('（无备注）', {
        sizePt: NOTES_PT,
        weight: 'regular',
        color: PAPER.muted,
        lineHeight: NOTES_LINE_HEIGHT,
      });
      continue;
    }
    continuing = `第 ${number} 张备注（续）：${slide.title}`;
    flow.paragraph(notes, { sizePt: NOTES_PT, weight: 'regular', color: PAPER.text, lineHeight: NOTES_LINE_HEIGHT });
  }
  addDeckBookmarks(list, deck, pageOf, o.hiddenTag);
}
