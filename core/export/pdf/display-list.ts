/**
 * The PDF as a display list: pages of drawing operations in pt (origin top-left, y down, as
 * jsPDF's API), plus bookmarks. Layouts (slides, handouts, notes, memo) record into it; the
 * writer (write.ts) replays it into jsPDF.
 *
 * Recording first means the writer knows, before the PDF exists, every character each face
 * draws (so the fonts can be subset to exactly those) and the page count (so "共 y 页" is
 * written as a number, centred by its real width, instead of a placeholder replaced later).
 */
import type { Weight } from '../../deck/types';

export interface Paint {
  /** "#RRGGBB" */
  fill?: string;
  stroke?: string;
  /** pt */
  lineWidth?: number;
  /** 0…1; 1 when absent. */
  opacity?: number;
}

/** Path segments in absolute pt: a line to (x, y) or a cubic Bézier through two controls. */
export type PathSegment =
  { to: [number, number] } | { c1: [number, number]; c2: [number, number]; to: [number, number] };

export type DrawOp =
  | ({ op: 'rect'; x: number; y: number; w: number; h: number } & Paint)
  | ({ op: 'ellipse'; cx: number; cy: number; rx: number; ry: number } & Paint)
  | ({ op: 'path'; from: [number, number]; segments: PathSegment[]; closed: boolean } & Paint)
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; lineWidth: number }
  | {
      op: 'text';
      text: string;
      /** Left end of the baseline, pt. */
      x: number;
      y: number;
      sizePt: number;
      weight: Weight;
      color: string;
      /** Counter-clockwise rotation about (x, y), degrees. */
      angle?: number;
      opacity?: number;
    };

export interface PageSize {
  widthPt: number;
  heightPt: number;
}

export interface RecordedPage extends PageSize {
  ops: DrawOp[];
}

export interface Bookmark {
  title: string;
  /** 0-based page index. */
  page: number;
  children: Bookmark[];
}

export class DisplayList {
  readonly pages: RecordedPage[] = [];
  readonly bookmarks: Bookmark[] = [];

  addPage(size: PageSize): RecordedPage {
    const page: RecordedPage = { widthPt: size.widthPt, heightPt: size.heightPt, ops: [] };
    this.pages.push(page);
    return page;
  }

  get current(): RecordedPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page yet');
    return page;
  }

  get currentIndex(): number {
    return this.pages.length - 1;
  }

  /** Adds a bookmark (under `parent` when given) pointing at a page. */
  bookmark(title: string, page: number, parent?: Bookmark): Bookmark {
    const b: Bookmark = { title, page, children: [] };
    (parent ? parent.children : this.bookmarks).push(b);
    return b;
  }
}
