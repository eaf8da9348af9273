/**
 * Fonts for export: the bytes the caller passes in, and a small TrueType subsetter.
 *
 * Why subset before jsPDF sees the font: jsPDF parses the whole TTF it is given (Noto Sans SC is
 * 10.5 MB and 30,898 glyphs per weight) into JavaScript arrays, and on output it writes the full
 * cmap, hmtx and loca tables of that font into the PDF (its own subsetting keeps only the used
 * glyph outlines). Measured here: converting, registering and writing one face cost ~0.5 s even
 * for a one-line document, and ~44 KB per face of tables nobody reads. A font cut down to the
 * characters the document draws (typically 300–3,800 glyphs) makes all of that proportional to
 * the document instead of the font.
 *
 * Each code point gets its own glyph (see subsetTrueType), so the PDF's ToUnicode map is exact.
 *
 * The subset keeps what jsPDF reads and PDF viewers need for a CIDFontType2 with
 * CIDToGIDMap /Identity: head, hhea, maxp, OS/2, name, post (version 3, no glyph names), a
 * (3,1) format-4 cmap (jsPDF reads only format 4), hmtx, loca (long) and glyf. Glyphs are
 * renumbered in code point order after .notdef; composite glyphs bring their components, whose
 * ids are rewritten. Layout tables (GSUB, GPOS, vmtx, …) are dropped: the deck is laid out with
 * plain advances, and the PDF draws exactly those.
 *
 * Pure: bytes in, bytes out; runs in Node, the browser and a Web Worker.
 */
import { parseTtf, type TtfFont } from '../fonts/ttf.ts';
import type { FontWeight } from '../fonts/weight.ts';

/** The two faces an export draws with, as TrueType bytes (read by the caller: no I/O here). */
export interface ExportFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_WEIGHTS_FOR_EXPORT: readonly FontWeight[] = ['regular', 'bold'];

/** A font cut down to some code points. */
export interface FontSubset {
  /** A complete TrueType file with only the needed glyphs. */
  bytes: Uint8Array;
  /** PostScript name of the source font, e.g. "NotoSansSC-Regular". */
  postScriptName: string;
  /** Six capital letters derived from the glyph set, for the "ABCDEF+Name" subset font name. */
  tag: string;
  /** Code points the subset draws (a BMP code point with a glyph in the font). */
  mapped: ReadonlySet<number>;
  /** Code points asked for that the font cannot draw (no glyph, or outside the BMP). */
  missing: number[];
  /** Advance of a mapped code point in font units (0 for one the subset does not draw). */
  advance(codePoint: number): number;
  unitsPerEm: number;
}

const SFNT_HEADER_BYTES = 12;
const TABLE_RECORD_BYTES = 16;
const BMP_LAST = 0xffff;
// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** What the subsetter needs of a source font, parsed once per bytes object. */
interface SourceFont {
  bytes: Uint8Array;
  view: DataView;
  ttf: TtfFont;
  table(tag: string): Uint8Array;
  glyphRange(gid: number): [number, number];
  advance(gid: number): number;
  lsb(gid: number): number;
  postScriptName: string;
}

const parsed = new WeakMap<Uint8Array, SourceFont>();

function sourceFont(bytes: Uint8Array): SourceFont {
  const cached = parsed.get(bytes);
  if (cached) return cached;
  const ttf = parseTtf(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = (tag: string): Uint8Array => {
    const rec = ttf.tables.get(tag);
    if (!rec) throw new Error(`font: missing '${tag}' table (TrueType outlines are required)`);
    return bytes.subarray(rec.offset, rec.offset + rec.lengthBytes);
  };
  const longLoca = ttf.head.longLoca;
  const loca = table('loca');
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const glyfRec = ttf.tables.get('glyf');
  if (!glyfRec) throw new Error("font: missing 'glyf' table (TrueType outlines are required)");
  const hmtx = table('hmtx');
  const hmtxView = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.byteLength);
  const nh = ttf.hhea.numberOfHMetrics;
  const font: SourceFont = {
    bytes,
    view,
    ttf,
    table,
    glyphRange(gid) {
      const a = longLoca ? locaView.getUint32(gid * 4) : locaView.getUint16(gid * 2) * 2;
      const b = longLoca ? locaView.getUint32(gid * 4 + 4) : locaView.getUint16(gid * 2 + 2) * 2;
      const start = glyfRec.offset + a;
      const end = glyfRec.offset + Math.max(a, b);
      if (end > glyfRec.offset + glyfRec.lengthBytes)
        throw new Error(`font: glyph ${gid} extends past the 'glyf' table`);
      return [start, end];
    },
    advance: (gid) => ttf.glyphAdvance(gid),
    lsb(gid) {
      // Glyphs past numberOfHMetrics keep their own lsb after the long metrics.
      return gid < nh ? hmtxView.getInt16(gid * 4 + 2) : hmtxView.getInt16(nh * 4 + (gid - nh) * 2);
    },
    postScriptName: pdfSafePostScriptName(ttf) ?? 'Font',
  };
  parsed.set(bytes, font);
  return font;
}

/** The PostScript name (core/fonts reads the name table) as a PDF name allows it: printable ASCII, no delimiters. */
function pdfSafePostScriptName(ttf: TtfFont): string | undefined {
  const clean = ttf.names.postScriptName?.replace(/[^\x21-\x7e]/g, '').replace(/[[\](){}<>/%]/g, '');
  return clean || undefined;
}

/** Component glyph ids of a composite glyph, with the byte offsets (in the glyph) of each id. */
function components(glyph: Uint8Array): { ids: number[]; at: number[] } {
  const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const ids: number[] = [];
  const at: number[] = [];
  let p = 10;
  for (;;) {
    const flags = v.getUint16(p);
    at.push(p + 2);
    ids.push(v.getUint16(p + 2));
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_SCALE) p += 2;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return { ids, at };
}

/** Deterministic tag for a subset (PDF 32000-1 §9.6.4): six capital letters from a hash of the set. */
export function subsetTag(codePoints: Iterable<number>, salt = ''): string {
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h ^= n;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (let i = 0; i < salt.length; i++) mix(salt.charCodeAt(i));
  for (const cp of codePoints) mix(cp);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = (Math.floor(h / 26) ^ Math.imul(h, 2654435761)) >>> 0;
  }
  return tag;
}

class Writer {
  private buf: Uint8Array;
  private view: DataView;
  pos = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  u16(n: number): void {
    this.view.setUint16(this.pos, n & 0xffff);
    this.pos += 2;
  }
  i16(n: number): void {
    this.view.setInt16(this.pos, n);
    this.pos += 2;
  }
  u32(n: number): void {
    this.view.setUint32(this.pos, n >>> 0);
    this.pos += 4;
  }
  bytes(b: Uint8Array): void {
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

function copy(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

/** A (3,1) format-4 cmap for sorted code points → glyph ids. */
function encodeCmap(codes: readonly number[], gids: readonly number[]): Uint8Array {
  // Segments: runs of consecutive code points with consecutive glyph ids (one idDelta each).
  const starts: number[] = [];
  const ends: number[] = [];
  const deltas: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    const d = gids[i]! - c;
    const last = starts.length - 1;
    if (last >= 0 && ends[last] === c - 1 && deltas[last] === d) ends[last] = c;
    else {
      starts.push(c);
      ends.push(c);
      deltas.push(d);
    }
  }
  starts.push(0xffff);
  ends.push(0xffff);
  deltas.push(1);
  const segCount = starts.length;
  const subLength = 16 + segCount * 8;
  const w = new Writer(12 + subLength);
  w.u16(0); // version
  w.u16(1); // one encoding record
  w.u16(3); // Windows
  w.u16(1); // Unicode BMP
  w.u32(12);
  w.u16(4); // format
  w.u16(subLength);
  w.u16(0); // language
  w.u16(segCount * 2);
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 * 2 ** entrySelector;
  w.u16(searchRange);
  w.u16(entrySelector);
  w.u16(segCount * 2 - searchRange);
  for (const e of ends) w.u16(e);
  w.u16(0); // reservedPad
  for (const s of starts) w.u16(s);
  for (const d of deltas) w.u16(d & 0xffff);
  for (let i = 0; i < segCount; i++) w.u16(0); // idRangeOffset
  return w.done();
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const n = b.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) sum = (sum + ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!)) >>> 0;
  if (i < n) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (i + k < n ? b[i + k]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** Writes an sfnt from tables (tags sorted, 4-byte aligned, checksums and head adjustment). */
function encodeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = SFNT_HEADER_BYTES + n * TABLE_RECORD_BYTES;
  for (const t of tags) size += (tables.get(t)!.length + 3) & ~3;
  const w = new Writer(size);
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 16 * 2 ** entrySelector;
  w.u32(0x00010000);
  w.u16(n);
  w.u16(searchRange);
  w.u16(entrySelector);
  w.u16(n * 16 - searchRange);
  let offset = SFNT_HEADER_BYTES + n * TABLE_RECORD_BYTES;
  let headOffset = -1;
  for (const t of tags) {
    const data = tables.get(t)!;
    for (let i = 0; i < 4; i++) w.bytes(Uint8Array.of(t.charCodeAt(i)));
    w.u32(checksum(data));
    w.u32(offset);
    w.u32(data.length);
    if (t === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  }
  for (const t of tags) {
    const data = tables.get(t)!;
    w.bytes(data);
    w.pos = (w.pos + 3) & ~3;
  }
  const out = w.done();
  if (headOffset >= 0) {
    const adjustment = (0xb1b0afba - checksum(out)) >>> 0;
    new DataView(out.buffer, out.byteOffset).setUint32(headOffset + 8, adjustment);
  }
  return out;
}

export interface SubsetOptions {
  /**
   * BMP stand-ins for characters jsPDF cannot encode (outside the BMP): stand-in code point →
   * the character whose glyph it gets. The caller draws the stand-in in place of the character.
   */
  aliases?: ReadonlyMap<number, number>;
}

/** Whether the font has a glyph for a code point (any plane). */
export function fontHasGlyph(bytes: Uint8Array, codePoint: number): boolean {
  return sourceFont(bytes).ttf.glyphId(codePoint) !== 0;
}

/**
 * Cuts a TrueType font down to the glyphs of `codePoints`. Code points without a glyph, or outside
 * the BMP without a stand-in (jsPDF encodes text by UTF-16 unit: see SubsetOptions.aliases), are
 * reported in `missing`; the caller leaves them out and warns.
 */
export function subsetTrueType(
  bytes: Uint8Array,
  codePoints: Iterable<number>,
  options: SubsetOptions = {},
): FontSubset {
  const src = sourceFont(bytes);
  const { ttf } = src;
  const aliases = options.aliases ?? new Map<number, number>();
  const aliased = new Set(aliases.values());
  // Stand-ins take the place of the characters they stand for.
  const wanted = [...new Set([...codePoints].filter((cp) => !aliased.has(cp)).concat([...aliases.keys()]))].sort(
    (a, b) => a - b,
  );
  const codes: number[] = [];
  const missing: number[] = [];
  const oldGids: number[] = [0];
  const newOf = new Map<number, number>([[0, 0]]);
  const codeGids: number[] = [];
  for (const cp of wanted) {
    const source = aliases.get(cp) ?? cp;
    const gid = cp <= BMP_LAST && cp !== 0xffff ? ttf.glyphId(source) : 0;
    if (gid === 0) {
      missing.push(source);
      continue;
    }
    // One glyph per code point, even when the font shares one glyph between several (U+00B7 and
    // U+2022, U+58AB and U+58FF, …): jsPDF's ToUnicode maps each glyph to one code point, so a
    // shared glyph would make text extraction (search, copy, screen readers) return the wrong
    // character. The duplicated outlines are rare and small.
    const n = oldGids.length;
    if (!newOf.has(gid)) newOf.set(gid, n);
    oldGids.push(gid);
    codes.push(cp);
    codeGids.push(n);
  }
  // Composite glyphs need their components (which may be composite themselves).
  for (let i = 0; i < oldGids.length; i++) {
    const [s, e] = src.glyphRange(oldGids[i]!);
    if (e - s >= 10 && src.view.getInt16(s) < 0) {
      for (const id of components(bytes.subarray(s, e)).ids) {
        if (!newOf.has(id)) {
          newOf.set(id, oldGids.length);
          oldGids.push(id);
        }
      }
    }
  }

  const count = oldGids.length;
  let glyfSize = 0;
  for (const g of oldGids) {
    const [s, e] = src.glyphRange(g);
    glyfSize += (e - s + 3) & ~3;
  }
  const glyf = new Writer(glyfSize);
  const loca = new Writer((count + 1) * 4);
  const hmtx = new Writer(count * 4);
  for (const g of oldGids) {
    loca.u32(glyf.pos);
    const [s, e] = src.glyphRange(g);
    const start = glyf.pos;
    glyf.bytes(bytes.subarray(s, e));
    if (e - s >= 10 && src.view.getInt16(s) < 0) {
      const placed = glyf.done().subarray(start, start + (e - s));
      const pv = new DataView(placed.buffer, placed.byteOffset, placed.byteLength);
      const { ids, at } = components(placed);
      ids.forEach((id, k) => pv.setUint16(at[k]!, newOf.get(id)!));
    }
    glyf.pos = (glyf.pos + 3) & ~3;
    hmtx.u16(src.advance(g));
    hmtx.i16(src.lsb(g));
  }
  loca.u32(glyf.pos);

  const head = copy(src.table('head'));
  const hv = new DataView(head.buffer);
  hv.setUint32(8, 0); // checkSumAdjustment, set by encodeSfnt
  hv.setInt16(50, 1); // long loca
  const hhea = copy(src.table('hhea'));
  new DataView(hhea.buffer).setUint16(34, count);
  const maxp = copy(src.table('maxp'));
  new DataView(maxp.buffer).setUint16(4, count);
  const post = copy(src.table('post').subarray(0, 32));
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const tables = new Map<string, Uint8Array>([
    ['cmap', encodeCmap(codes, codeGids)],
    ['glyf', glyf.done()],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx.done()],
    ['loca', loca.done()],
    ['maxp', maxp],
    ['name', src.table('name')],
    ['post', post],
  ]);
  if (ttf.tables.has('OS/2')) tables.set('OS/2', src.table('OS/2'));

  const mapped = new Set(codes);
  const unitsPerEm = ttf.head.unitsPerEm;
  return {
    bytes: encodeSfnt(tables),
    postScriptName: src.postScriptName,
    tag: subsetTag(codes, src.postScriptName),
    mapped,
    missing,
    advance: (cp) => (mapped.has(cp) ? (ttf.codePointAdvance(aliases.get(cp) ?? cp) ?? 0) : 0),
    unitsPerEm,
  };
}
