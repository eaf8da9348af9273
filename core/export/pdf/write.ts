/**
 * Replays a display list into jsPDF and returns the PDF bytes.
 *
 * Fonts: each face is subset to the characters the document draws with it (fonts.ts), added
 * as a TrueType font with Identity-H encoding (jsPDF writes /Type0 + /CIDFontType2 +
 * /FontFile2), registered under ONE style ('normal') per family, since passing both a style and
 * a weight registers "boldbold" (library notes). The family name carries the PDF subset tag
 * ("ABCDEF+NotoSansSC-Bold"), which jsPDF writes as the /BaseFont.
 *
 * jsPDF cannot draw a character its font lacks: its Identity-H encoder stops the whole string at
 * the first unmapped character (glyph 0). Such characters are left out, the rest of the line is
 * still drawn at its place, and a warning names them. Characters outside the BMP (rare
 * ideographs, which jsPDF would split into unmapped UTF-16 halves) are drawn through Private Use
 * Area stand-ins mapped to their glyphs: right on screen and paper, but copied text shows the
 * stand-in (a warning says so).
 */
import { GState, jsPDF } from 'jspdf';
import { measureText } from '../../deck/text/measure';
import type { Weight } from '../../deck/types';
import type { FontMetrics } from '../../fonts/metrics';
import { type ExportFontBytes, type FontSubset, fontHasGlyph, subsetTrueType } from '../fonts';
import type { Bookmark, DisplayList, DrawOp, Paint } from './display-list';
import { embedFontFileAsIs, patchGlyfEncode } from './jspdf-patches';

export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
}

export type JsPdfMode = 'fixed' | 'glyf-fix' | 'stock' | 'full-font';

export interface WriteOptions {
  fonts: ExportFontBytes;
  metrics: FontMetrics;
  properties: DocumentProperties;
  /** BCP 47 tag for /Lang, e.g. "zh-CN". */
  language: string;
  /** /CreationDate; jsPDF's default (now) when absent. */
  creationDate?: Date;
  /** /ID, 32 hex digits; random when absent. */
  fileId?: string;
  /**
   * How jsPDF embeds the fonts (comparisons in bench and tests; exports use the default):
   *   - 'fixed' (default): our subset, embedded as is, GlyfTable.encode fixed;
   *   - 'glyf-fix': our subset, re-subset by jsPDF with the fixed GlyfTable.encode;
   *   - 'stock': our subset, re-subset by unpatched jsPDF (quadratic in distinct glyphs);
   *   - 'full-font': the whole TTF handed to jsPDF (its own subsetting, fixed GlyfTable.encode).
   */
  jsPdfMode?: JsPdfMode;
  /** Called after each page is drawn: (pages done, total pages). */
  onProgress?: (done: number, total: number) => void;
}

const BMP_LAST = 0xffff;
const PUA_FIRST = 0xe000;
const PUA_LAST = 0xf8ff;

function binaryString(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

function codePointsOf(text: string, into: Set<number>): void {
  for (const ch of text) into.add(ch.codePointAt(0)!);
}

function describe(cps: readonly number[]): string {
  const shown = cps
    .slice(0, 12)
    .map((cp) => `“${String.fromCodePoint(cp)}”(U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
  return shown.join('、') + (cps.length > 12 ? ` 等 ${cps.length} 个` : '');
}

interface Face {
  family: string;
  subset: FontSubset | undefined;
}

function opacityState(doc: jsPDF, opacity: number | undefined, draw: () => void): void {
  if (opacity === undefined || opacity >= 1) {
    draw();
    return;
  }
  doc.saveGraphicsState();
  doc.setGState(new GState({ opacity, 'stroke-opacity': opacity }));
  draw();
  doc.restoreGraphicsState();
}

function paintStyle(doc: jsPDF, p: Paint): 'F' | 'S' | 'FD' | undefined {
  if (p.fill) doc.setFillColor(p.fill);
  if (p.stroke) {
    doc.setDrawColor(p.stroke);
    doc.setLineWidth(p.lineWidth ?? 1);
  }
  return p.fill && p.stroke ? 'FD' : p.fill ? 'F' : p.stroke ? 'S' : undefined;
}

export function writePdf(list: DisplayList, options: WriteOptions): { bytes: Uint8Array; warnings: string[] } {
  const warnings: string[] = [];
  const mode = options.jsPdfMode ?? 'fixed';
  if (list.pages.length === 0) throw new Error('nothing to write: no pages');

  // 1. Characters per face.
  const used: Record<Weight, Set<number>> = { regular: new Set(), bold: new Set() };
  for (const page of list.pages)
    for (const op of page.ops) if (op.op === 'text') codePointsOf(op.text, used[op.weight]);

  // 2. The document, its fonts.
  const first = list.pages[0]!;
  const doc = new jsPDF({
    unit: 'pt',
    format: [first.widthPt, first.heightPt],
    orientation: first.widthPt > first.heightPt ? 'landscape' : 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  // Characters outside the BMP (rare ideographs in names) that the font draws: jsPDF encodes
  // text by UTF-16 unit, so each gets a Private Use Area stand-in mapped to its glyph.
  const everything = new Set([...used.regular, ...used.bold]);
  const standIn = new Map<number, number>();
  let next = PUA_FIRST;
  for (const cp of [...everything].sort((a, b) => a - b)) {
    if (
      mode === 'full-font' ||
      cp <= BMP_LAST ||
      !(fontHasGlyph(options.fonts.regular, cp) || fontHasGlyph(options.fonts.bold, cp))
    )
      continue;
    while (everything.has(next)) next++;
    if (next > PUA_LAST) break;
    standIn.set(cp, next++);
  }
  if (standIn.size > 0) {
    warnings.push(
      `${standIn.size} 个 BMP 以外的字符（${describe([...standIn.keys()])}）以私用区码位嵌入：显示、打印正确，复制或搜索时得到私用区字符。`,
    );
  }
  const faces = {} as Record<Weight, Face>;
  for (const weight of ['regular', 'bold'] as const) {
    if (used[weight].size === 0) {
      faces[weight] = { family: '', subset: undefined };
      continue;
    }
    const aliases = new Map<number, number>();
    for (const cp of used[weight]) if (standIn.has(cp)) aliases.set(standIn.get(cp)!, cp);
    const subset = subsetTrueType(options.fonts[weight], used[weight], { aliases });
    if (subset.missing.length > 0) {
      warnings.push(
        `字体（${subset.postScriptName}）缺少 ${subset.missing.length} 个字符，PDF 中未绘出：${describe(subset.missing)}`,
      );
    }
    const family = mode === 'full-font' ? subset.postScriptName : `${subset.tag}+${subset.postScriptName}`;
    const file = `${family}.ttf`;
    doc.addFileToVFS(file, binaryString(mode === 'full-font' ? options.fonts[weight] : subset.bytes));
    doc.addFont(file, family, 'normal');
    if (mode !== 'stock') {
      doc.setFont(family, 'normal');
      const metadata: unknown = doc.getFont().metadata;
      const patched = patchGlyfEncode(metadata);
      if (!patched.applied) warnings.push(`jsPDF 字形写出修正未生效（${patched.reason}），大字符集导出会很慢。`);
      if (mode === 'fixed') {
        const embedded = embedFontFileAsIs(metadata, subset.bytes);
        if (!embedded.applied) warnings.push(`jsPDF 字体直接嵌入未生效（${embedded.reason}），导出会较慢。`);
      }
    }
    faces[weight] = { family, subset };
  }

  // 3. Pages.
  const text = new TextState(doc);
  list.pages.forEach((page, i) => {
    if (i > 0) doc.addPage([page.widthPt, page.heightPt], page.widthPt > page.heightPt ? 'landscape' : 'portrait');
    for (const op of page.ops) replay(doc, op, faces, options.metrics, text, standIn);
    options.onProgress?.(i + 1, list.pages.length);
  });

  // 4. Outline, properties, language.
  const addBookmarks = (items: readonly Bookmark[], parent: unknown) => {
    for (const b of items) {
      const node = doc.outline.add(parent as never, b.title, { pageNumber: b.page + 1 });
      addBookmarks(b.children, node);
    }
  };
  addBookmarks(list.bookmarks, null);
  doc.setDocumentProperties({ ...options.properties });
  doc.setLanguage(options.language as Parameters<jsPDF['setLanguage']>[0]);
  if (options.creationDate) doc.setCreationDate(options.creationDate);
  if (options.fileId) doc.setFileId(options.fileId);

  return { bytes: new Uint8Array(doc.output('arraybuffer')), warnings };
}

/**
 * jsPDF keeps the font, size and text colour as document state and writes them with each text
 * call; setting them only when they change saves a font lookup per run.
 */
class TextState {
  private family = '';
  private size = -1;
  private color = '';
  constructor(private readonly doc: jsPDF) {}
  set(family: string, size: number, color: string): void {
    if (family !== this.family) {
      this.doc.setFont(family, 'normal');
      this.family = family;
    }
    if (size !== this.size) {
      this.doc.setFontSize(size);
      this.size = size;
    }
    if (color !== this.color) {
      this.doc.setTextColor(color);
      this.color = color;
    }
  }
}

function replay(
  doc: jsPDF,
  op: DrawOp,
  faces: Record<Weight, Face>,
  metrics: FontMetrics,
  state: TextState,
  standIn: ReadonlyMap<number, number>,
): void {
  switch (op.op) {
    case 'rect':
      opacityState(doc, op.opacity, () => {
        const style = paintStyle(doc, op);
        if (style) doc.rect(op.x, op.y, op.w, op.h, style);
      });
      return;
    case 'ellipse':
      opacityState(doc, op.opacity, () => {
        const style = paintStyle(doc, op);
        if (style) doc.ellipse(op.cx, op.cy, op.rx, op.ry, style);
      });
      return;
    case 'line':
      doc.setDrawColor(op.stroke);
      doc.setLineWidth(op.lineWidth);
      doc.line(op.x1, op.y1, op.x2, op.y2, 'S');
      return;
    case 'path':
      opacityState(doc, op.opacity, () => {
        const style = paintStyle(doc, op);
        if (!style) return;
        doc.moveTo(op.from[0], op.from[1]);
        for (const s of op.segments) {
          if ('c1' in s) doc.curveTo(s.c1[0], s.c1[1], s.c2[0], s.c2[1], s.to[0], s.to[1]);
          else doc.lineTo(s.to[0], s.to[1]);
        }
        if (op.closed) doc.close();
        if (style === 'FD') doc.fillStroke();
        else if (style === 'F') doc.fill();
        else doc.stroke();
      });
      return;
    case 'text': {
      const face = faces[op.weight];
      const subset = face.subset;
      if (!subset) return;
      state.set(face.family, op.sizePt, op.color);
      const draw = (text: string, dx: number) => {
        const a = ((op.angle ?? 0) * Math.PI) / 180;
        doc.text(
          text,
          op.x + dx * Math.cos(a),
          op.y - dx * Math.sin(a),
          op.angle ? { baseline: 'alphabetic', angle: op.angle } : { baseline: 'alphabetic' },
        );
      };
      const drawnChar = (ch: string): string => {
        const alias = ch.length > 1 ? standIn.get(ch.codePointAt(0)!) : undefined;
        return alias === undefined ? ch : String.fromCharCode(alias);
      };
      opacityState(doc, op.opacity, () => {
        // Fast path: every character drawable as is.
        let all = true;
        for (let i = 0; i < op.text.length; i++) {
          const c = op.text.charCodeAt(i);
          if (!subset.mapped.has(c)) {
            all = false;
            break;
          }
        }
        if (all) {
          draw(op.text, 0);
          return;
        }
        // Draw the drawable stretches (stand-ins for astral characters) at their measured
        // offsets; skip what the font cannot draw.
        let dx = 0;
        let run = '';
        let runStart = 0;
        for (const ch of op.text) {
          const drawn = drawnChar(ch);
          if (subset.mapped.has(drawn.charCodeAt(0)) && drawn.length === 1) {
            if (run === '') runStart = dx;
            run += drawn;
          } else if (run !== '') {
            draw(run, runStart);
            run = '';
          }
          dx += measureText(ch, op.sizePt, op.weight, metrics);
        }
        if (run !== '') draw(run, runStart);
      });
      return;
    }
  }
}
