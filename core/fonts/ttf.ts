/**
 * A small, pure TrueType/OpenType table reader: just enough to measure text with a font's real
 * metrics (table directory, head, hhea, maxp, OS/2, name, cmap formats 4 and 12, hmtx).
 *
 * It reads from a Uint8Array and never touches the file system, so the same code runs in Node,
 * the browser and a Web Worker. Every read is bounds-checked: a truncated or hostile file throws
 * a TtfParseError naming the table, instead of returning garbage advances.
 */

/** Thrown for a file that is not a readable TrueType/OpenType font. */
export class TtfParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TtfParseError';
  }
}

export interface TableRecord {
  readonly tag: string;
  /** Byte offset of the table from the start of the file. */
  readonly offset: number;
  readonly lengthBytes: number;
}

/** The `head` table fields we use. */
export interface HeadTable {
  /** Font design units per em; advances and vertical metrics are in these units. */
  readonly unitsPerEm: number;
  /** The font's own revision number (16.16 fixed in the file), e.g. 2.004. */
  readonly fontRevision: number;
  /** Whether `loca` holds 32-bit offsets (indexToLocFormat 1) rather than 16-bit halves (0). */
  readonly longLoca: boolean;
}

/** The `hhea` table: the horizontal line metrics most renderers (and Windows GDI fallbacks) use. */
export interface HheaTable {
  readonly ascender: number;
  /** Negative: below the baseline. */
  readonly descender: number;
  readonly lineGap: number;
  readonly advanceWidthMax: number;
  /** hmtx has this many (advance, lsb) pairs; later glyphs repeat the last advance. */
  readonly numberOfHMetrics: number;
}

/** The `OS/2` fields about vertical metrics (present in every font made for Windows). */
export interface Os2Table {
  readonly version: number;
  readonly typoAscender: number;
  /** Negative: below the baseline. */
  readonly typoDescender: number;
  readonly typoLineGap: number;
  readonly winAscent: number;
  /** Positive, unlike typoDescender (the spec measures it downwards). */
  readonly winDescent: number;
  /** fsSelection bit 7: renderers should use the typo metrics instead of hhea. */
  readonly useTypoMetrics: boolean;
  /** Only in OS/2 version ≥ 2; undefined otherwise. */
  readonly xHeight: number | undefined;
  readonly capHeight: number | undefined;
}

/** Human-readable strings from the `name` table (English, when present). */
export interface NameStrings {
  readonly family: string | undefined;
  readonly subfamily: string | undefined;
  readonly fullName: string | undefined;
  /** e.g. "Version 2.004;hotconv 1.0.118;makeotfexe 2.5.65603" */
  readonly version: string | undefined;
  /** name id 6, e.g. "NotoSansSC-Regular" (what a PDF names the font by). */
  readonly postScriptName: string | undefined;
}

export interface TtfFont {
  readonly tables: ReadonlyMap<string, TableRecord>;
  readonly head: HeadTable;
  readonly hhea: HheaTable;
  readonly os2: Os2Table | undefined;
  readonly names: NameStrings;
  readonly numGlyphs: number;
  /** Which cmap subtable is used, e.g. "3/10 format 12". */
  readonly cmapSource: string;
  /** Glyph id for a Unicode code point, 0 (.notdef) when the font has no glyph for it. */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  glyphAdvance(glyphId: number): number;
  /** Advance width of a code point in font units, undefined when the code point is unmapped. */
  codePointAdvance(codePoint: number): number | undefined;
  /** Calls back once per mapped code point, in increasing code point order. */
  forEachMapping(callback: (codePoint: number, glyphId: number) => void): void;
}

// The sfnt header: version (4), numTables (2), searchRange/entrySelector/rangeShift (6).
const SFNT_HEADER_BYTES = 12;
const TABLE_RECORD_BYTES = 16;
const HEAD_MAGIC = 0x5f0f3cf5;
const MAX_UNICODE = 0x10ffff;
// Format 4 ends with a mandatory 0xFFFF segment that maps nothing useful.
const FORMAT4_SENTINEL = 0xffff;

/** A bounds-checked big-endian reader over one table (or the whole file). */
class Reader {
  constructor(
    private readonly view: DataView,
    private readonly start: number,
    private readonly end: number,
    private readonly what: string,
  ) {}

  private at(offset: number, size: number): number {
    const pos = this.start + offset;
    if (offset < 0 || pos + size > this.end) {
      throw new TtfParseError(`${this.what}: read of ${size} bytes at ${offset} is out of bounds`);
    }
    return pos;
  }
  u8(offset: number): number {
    return this.view.getUint8(this.at(offset, 1));
  }
  u16(offset: number): number {
    return this.view.getUint16(this.at(offset, 2));
  }
  i16(offset: number): number {
    return this.view.getInt16(this.at(offset, 2));
  }
  u32(offset: number): number {
    return this.view.getUint32(this.at(offset, 4));
  }
  tag(offset: number): string {
    const pos = this.at(offset, 4);
    let s = '';
    for (let i = 0; i < 4; i++) s += String.fromCharCode(this.view.getUint8(pos + i));
    return s;
  }
  /** A sub-reader for [offset, offset + length) of this one. */
  sub(offset: number, length: number, what: string): Reader {
    const pos = this.at(offset, length);
    return new Reader(this.view, pos, pos + length, what);
  }
  get lengthBytes(): number {
    return this.end - this.start;
  }
}

export interface ParseOptions {
  /**
   * Read this cmap subtable format only. By default format 12 (all of Unicode) is preferred
   * over format 4 (BMP only); tests use this to check that both agree.
   */
  readonly cmapFormat?: 4 | 12;
}

/** Parses a TrueType (or CFF-flavoured OpenType) font. Throws TtfParseError when unreadable. */
export function parseTtf(bytes: Uint8Array, options: ParseOptions = {}): TtfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const file = new Reader(view, 0, bytes.byteLength, 'font file');
  if (bytes.byteLength < SFNT_HEADER_BYTES) throw new TtfParseError('font file: too short');
  const sfntVersion = file.u32(0);
  // 0x00010000 = TrueType outlines, 'OTTO' = CFF outlines, 'true' = old Apple TrueType.
  if (sfntVersion !== 0x00010000 && sfntVersion !== 0x4f54544f && sfntVersion !== 0x74727565) {
    throw new TtfParseError(`font file: unknown sfnt version 0x${sfntVersion.toString(16)}`);
  }
  const tables = readTableDirectory(file);
  const table = (tag: string): Reader => {
    const rec = tables.get(tag);
    if (!rec) throw new TtfParseError(`missing required table '${tag}'`);
    return file.sub(rec.offset, rec.lengthBytes, `'${tag}' table`);
  };

  const head = readHead(table('head'));
  const hhea = readHhea(table('hhea'));
  const numGlyphs = table('maxp').u16(4);
  const os2 = tables.has('OS/2') ? readOs2(table('OS/2')) : undefined;
  const names = tables.has('name') ? readNames(table('name')) : emptyNames();
  const advances = readHmtx(table('hmtx'), hhea.numberOfHMetrics, numGlyphs);
  const cmap = readCmap(table('cmap'), options.cmapFormat);

  const glyphAdvance = (glyphId: number): number => {
    if (!(glyphId >= 0 && glyphId < numGlyphs)) return 0;
    return advances[glyphId] as number;
  };
  return {
    tables,
    head,
    hhea,
    os2,
    names,
    numGlyphs,
    cmapSource: cmap.source,
    glyphId: (cp) => {
      const gid = cmap.lookup(cp);
      // A cmap pointing past the last glyph is a broken font; treat as unmapped.
      return gid < numGlyphs ? gid : 0;
    },
    glyphAdvance,
    codePointAdvance: (cp) => {
      const gid = cmap.lookup(cp);
      return gid === 0 || gid >= numGlyphs ? undefined : glyphAdvance(gid);
    },
    forEachMapping: (callback) =>
      cmap.forEach((cp, gid) => {
        if (gid < numGlyphs) callback(cp, gid);
      }),
  };
}

function readTableDirectory(file: Reader): Map<string, TableRecord> {
  const numTables = file.u16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = SFNT_HEADER_BYTES + i * TABLE_RECORD_BYTES;
    const tag = file.tag(rec);
    const offset = file.u32(rec + 8);
    const lengthBytes = file.u32(rec + 12);
    if (offset + lengthBytes > file.lengthBytes) {
      throw new TtfParseError(`table '${tag}' extends past the end of the file`);
    }
    tables.set(tag, { tag, offset, lengthBytes });
  }
  return tables;
}

function readHead(r: Reader): HeadTable {
  if (r.u32(12) !== HEAD_MAGIC) throw new TtfParseError("'head' table: bad magic number");
  const unitsPerEm = r.u16(18);
  // The spec allows 16..16384; anything else would make every em computation meaningless.
  if (unitsPerEm < 16 || unitsPerEm > 16384) {
    throw new TtfParseError(`'head' table: unitsPerEm ${unitsPerEm} out of range`);
  }
  const fontRevision = r.u32(4) / 65536;
  const INDEX_TO_LOC_FORMAT = 50;
  return {
    unitsPerEm,
    fontRevision: Math.round(fontRevision * 1000) / 1000,
    longLoca: r.i16(INDEX_TO_LOC_FORMAT) === 1,
  };
}

function readHhea(r: Reader): HheaTable {
  return {
    ascender: r.i16(4),
    descender: r.i16(6),
    lineGap: r.i16(8),
    advanceWidthMax: r.u16(10),
    numberOfHMetrics: r.u16(34),
  };
}

function readOs2(r: Reader): Os2Table {
  const version = r.u16(0);
  const USE_TYPO_METRICS_BIT = 1 << 7;
  // xHeight/capHeight were added in version 2, at byte 86 and 88.
  const hasHeights = version >= 2 && r.lengthBytes >= 90;
  return {
    version,
    typoAscender: r.i16(68),
    typoDescender: r.i16(70),
    typoLineGap: r.i16(72),
    winAscent: r.u16(74),
    winDescent: r.u16(76),
    useTypoMetrics: (r.u16(62) & USE_TYPO_METRICS_BIT) !== 0,
    xHeight: hasHeights ? r.i16(86) : undefined,
    capHeight: hasHeights ? r.i16(88) : undefined,
  };
}

function emptyNames(): NameStrings {
  return {
    family: undefined,
    subfamily: undefined,
    fullName: undefined,
    version: undefined,
    postScriptName: undefined,
  };
}

function readNames(r: Reader): NameStrings {
  const count = r.u16(2);
  const stringsStart = r.u16(4);
  const NAME_RECORD_BYTES = 12;
  // Prefer Windows/Unicode English (3/1/0x409), then any Windows Unicode, then Mac Roman.
  const found = new Map<number, { rank: number; text: string }>();
  for (let i = 0; i < count; i++) {
    const rec = 6 + i * NAME_RECORD_BYTES;
    const platformId = r.u16(rec);
    const encodingId = r.u16(rec + 2);
    const languageId = r.u16(rec + 4);
    const nameId = r.u16(rec + 6);
    const length = r.u16(rec + 8);
    const offset = stringsStart + r.u16(rec + 10);
    if (nameId < 1 || nameId > 6) continue;
    let rank: number;
    let text = '';
    if (platformId === 3 && (encodingId === 1 || encodingId === 10)) {
      rank = languageId === 0x409 ? 0 : 1;
      for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(r.u16(offset + j));
    } else if (platformId === 1 && encodingId === 0) {
      rank = 2;
      // Mac Roman: the name strings we read are ASCII in practice.
      for (let j = 0; j < length; j++) text += String.fromCharCode(r.u8(offset + j));
    } else {
      continue;
    }
    const prev = found.get(nameId);
    if (!prev || rank < prev.rank) found.set(nameId, { rank, text });
  }
  return {
    family: found.get(1)?.text,
    subfamily: found.get(2)?.text,
    fullName: found.get(4)?.text,
    version: found.get(5)?.text,
    postScriptName: found.get(6)?.text,
  };
}

function readHmtx(r: Reader, numberOfHMetrics: number, numGlyphs: number): Uint16Array {
  if (numberOfHMetrics < 1 || numberOfHMetrics > numGlyphs) {
    throw new TtfParseError(`'hhea' table: numberOfHMetrics ${numberOfHMetrics} invalid`);
  }
  const advances = new Uint16Array(numGlyphs);
  const LONG_HOR_METRIC_BYTES = 4;
  for (let g = 0; g < numberOfHMetrics; g++) advances[g] = r.u16(g * LONG_HOR_METRIC_BYTES);
  // Monospaced tails (typically all the CJK ideographs) share the last advance.
  const last = advances[numberOfHMetrics - 1] as number;
  advances.fill(last, numberOfHMetrics);
  return advances;
}

interface CmapLookup {
  readonly source: string;
  lookup(codePoint: number): number;
  forEach(callback: (codePoint: number, glyphId: number) => void): void;
}

function readCmap(r: Reader, onlyFormat: 4 | 12 | undefined): CmapLookup {
  const numTables = r.u16(2);
  const ENCODING_RECORD_BYTES = 8;
  // Candidates by preference: full-repertoire (format 12) first, BMP-only (format 4) second.
  let best: { rank: number; offset: number; source: string } | undefined;
  for (let i = 0; i < numTables; i++) {
    const rec = 4 + i * ENCODING_RECORD_BYTES;
    const platformId = r.u16(rec);
    const encodingId = r.u16(rec + 2);
    const offset = r.u32(rec + 4);
    const format = r.u16(offset);
    const unicode = platformId === 0 || (platformId === 3 && (encodingId === 1 || encodingId === 10));
    if (!unicode) continue;
    const rank = format === 12 ? 0 : format === 4 ? 1 : -1;
    if (rank < 0 || (onlyFormat !== undefined && format !== onlyFormat)) continue;
    if (!best || rank < best.rank) {
      best = { rank, offset, source: `${platformId}/${encodingId} format ${format}` };
    }
  }
  if (!best) {
    throw new TtfParseError(`'cmap' table: no Unicode subtable of format ${onlyFormat ?? '4 or 12'}`);
  }
  return best.rank === 0 ? readCmapFormat12(r, best.offset, best.source) : readCmapFormat4(r, best.offset, best.source);
}

function readCmapFormat12(cmap: Reader, offset: number, source: string): CmapLookup {
  const length = cmap.u32(offset + 4);
  const r = cmap.sub(offset, length, "'cmap' format 12");
  const numGroups = r.u32(12);
  const GROUP_BYTES = 12;
  const starts = new Uint32Array(numGroups);
  const ends = new Uint32Array(numGroups);
  const glyphs = new Uint32Array(numGroups);
  for (let i = 0; i < numGroups; i++) {
    const g = 16 + i * GROUP_BYTES;
    starts[i] = r.u32(g);
    ends[i] = Math.min(r.u32(g + 4), MAX_UNICODE);
    glyphs[i] = r.u32(g + 8);
    if ((ends[i] as number) < (starts[i] as number) || (i > 0 && (starts[i] as number) <= (ends[i - 1] as number))) {
      throw new TtfParseError("'cmap' format 12: groups not sorted or overlapping");
    }
  }
  return {
    source,
    lookup(cp) {
      const i = findRange(starts, ends, numGroups, cp);
      return i < 0 ? 0 : (glyphs[i] as number) + cp - (starts[i] as number);
    },
    forEach(callback) {
      for (let i = 0; i < numGroups; i++) {
        const start = starts[i] as number;
        const glyph = glyphs[i] as number;
        for (let cp = start; cp <= (ends[i] as number); cp++) {
          const gid = glyph + cp - start;
          if (gid !== 0) callback(cp, gid);
        }
      }
    },
  };
}

function readCmapFormat4(cmap: Reader, offset: number, source: string): CmapLookup {
  const length = cmap.u16(offset + 2);
  const r = cmap.sub(offset, length, "'cmap' format 4");
  const segCount = r.u16(6) / 2;
  const endsAt = 14;
  const startsAt = endsAt + segCount * 2 + 2; // +2: reservedPad
  const deltasAt = startsAt + segCount * 2;
  const rangeOffsetsAt = deltasAt + segCount * 2;
  const starts = new Uint32Array(segCount);
  const ends = new Uint32Array(segCount);
  for (let i = 0; i < segCount; i++) {
    starts[i] = r.u16(startsAt + i * 2);
    ends[i] = r.u16(endsAt + i * 2);
  }
  const glyphInSegment = (i: number, cp: number): number => {
    const delta = r.i16(deltasAt + i * 2);
    const rangeOffsetPos = rangeOffsetsAt + i * 2;
    const rangeOffset = r.u16(rangeOffsetPos);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    // idRangeOffset is relative to its own position in the file (the spec's pointer trick).
    const g = r.u16(rangeOffsetPos + rangeOffset + 2 * (cp - (starts[i] as number)));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  };
  return {
    source,
    lookup(cp) {
      if (cp > FORMAT4_SENTINEL) return 0;
      const i = findRange(starts, ends, segCount, cp);
      return i < 0 ? 0 : glyphInSegment(i, cp);
    },
    forEach(callback) {
      for (let i = 0; i < segCount; i++) {
        for (let cp = starts[i] as number; cp <= (ends[i] as number); cp++) {
          if (cp === FORMAT4_SENTINEL) continue;
          const gid = glyphInSegment(i, cp);
          if (gid !== 0) callback(cp, gid);
        }
      }
    },
  };
}

/** Index of the range [starts[i], ends[i]] holding value, or -1; ranges sorted and disjoint. */
function findRange(starts: Uint32Array, ends: Uint32Array, count: number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) < value) lo = mid + 1;
    else if ((starts[mid] as number) > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}
