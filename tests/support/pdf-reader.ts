/**
 * Test-only helpers: read a PDF back with pdfjs (legacy build, runs in Node without a worker
 * setup) into what the PDF tests check: pages with their size and text items, the outline, the
 * document info. Also the inputs every PDF test uses (bundled reports compiled with compileDeck).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Deck } from '../../core/deck/types';

export interface TextItem {
  str: string;
  /** Baseline start, pt, PDF coordinates (y up). */
  x: number;
  y: number;
  /** Advance width, pt. */
  width: number;
  /** Font size, pt (the scale of the text matrix). */
  size: number;
  /** Rotated text (the watermark). */
  rotated: boolean;
  /** Unit vector of the baseline direction (PDF coordinates). */
  dir: [number, number];
}

export interface ReadPage {
  widthPt: number;
  heightPt: number;
  items: TextItem[];
  /** All text of the page, whitespace removed. */
  text: string;
}

export interface OutlineNode {
  title: string;
  /** 0-based page index of the destination. */
  page: number;
  children: OutlineNode[];
}

export interface ReadPdf {
  pages: ReadPage[];
  outline: OutlineNode[];
  info: Record<string, unknown>;
}

export const squash = (s: string): string => s.replace(/\s+/g, '');

interface PdfjsOutlineItem {
  title: string;
  dest: unknown;
  items: PdfjsOutlineItem[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: ReadPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.length === 0) continue;
        const [a, b, , , e, f] = it.transform as number[];
        const size = Math.hypot(a!, b!);
        items.push({
          str: it.str,
          x: e!,
          y: f!,
          width: it.width,
          size,
          rotated: Math.abs(b!) > 1e-6,
          dir: [a! / size, b! / size],
        });
      }
      pages.push({ widthPt: x1 - x0, heightPt: y1 - y0, items, text: squash(items.map((t) => t.str).join('')) });
      page.cleanup();
    }
    const resolve = async (items: PdfjsOutlineItem[] | null): Promise<OutlineNode[]> => {
      const out: OutlineNode[] = [];
      for (const item of items ?? []) {
        const dest = (typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest) as
          [{ num: number; gen: number }] | null;
        const page = dest ? await doc.getPageIndex(dest[0]) : -1;
        out.push({ title: item.title, page, children: await resolve(item.items) });
      }
      return out;
    };
    const outline = await resolve((await doc.getOutline()) as PdfjsOutlineItem[] | null);
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    return { pages, outline, info };
  } finally {
    await doc.destroy();
  }
}

/**
 * Text lines of a page: items on the same baseline, in x order, split where a gap wider than
 * half the font size separates them (two blocks side by side are two lines).
 */
export function pageLines(page: ReadPage): { text: string; x: number; y: number }[] {
  const rows = new Map<number, TextItem[]>();
  for (const it of page.items) {
    if (it.rotated) continue;
    const key = Math.round(it.y * 2) / 2;
    const row = rows.get(key) ?? [];
    row.push(it);
    rows.set(key, row);
  }
  const lines: { text: string; x: number; y: number }[] = [];
  for (const [y, row] of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: { text: string; x: number; y: number; end: number; size: number } | undefined;
    for (const it of row) {
      if (cur && it.x - cur.end <= cur.size * 0.5) {
        cur.text += it.str;
        cur.end = Math.max(cur.end, it.x + it.width);
      } else {
        if (cur) lines.push({ text: cur.text, x: cur.x, y });
        cur = { text: it.str, x: it.x, y, end: it.x + it.width, size: it.size };
      }
    }
    if (cur) lines.push({ text: cur.text, x: cur.x, y });
  }
  return lines;
}

/** Every outline node, depth first. */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flattenOutline(n.children)]);
}

/** The figure displays a slide shows (every element kind that carries figures). */
export function slideFigureDisplays(deck: Deck, slideIndex: number): string[] {
  const slide = deck.slides[slideIndex]!;
  return slide.elements.flatMap((el) => {
    switch (el.kind) {
      case 'text':
        return (el.figures ?? []).map((f) => f.display);
      case 'kpi':
        return [el.figure.display];
      case 'list':
        return el.items.flatMap((i) => (i.figures ?? []).map((f) => f.display));
      case 'chart':
        return el.data.map((d) => d.display);
      case 'table':
        return el.rows.flatMap((r) => r.flatMap((c) => (c.figures ?? []).map((f) => f.display)));
      case 'shape':
        return [];
    }
  });
}

/** Raw PDF bytes as a latin-1 string, for scanning object dictionaries (jsPDF leaves them uncompressed). */
export function pdfSource(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return s;
}
