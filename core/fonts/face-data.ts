/**
 * The compact, serialisable form of one font face's metrics, and its encoder/decoder.
 *
 * The generator (scripts/gen-font-metrics.ts) encodes what it reads from the TTF; metrics.ts
 * decodes it once at first use. Both directions live here so they cannot drift apart, and the
 * encoding stays readable in a diff: hexadecimal code points, decimal font units.
 *
 *   mappedRanges: "20-7e a0-103 110-113 …"        code points that have a glyph (inclusive ranges)
 *   advances:     "20:224,286,400 ff61:500*63 …"   runs of consecutive code points whose advance
 *                                                 differs from defaultAdvance; "a*n" repeats a n times
 */

export interface FaceMetricsData {
  /** Font design units per em; every other number here is in these units. */
  readonly unitsPerEm: number;
  /** hhea ascender: what browsers (macOS) and most renderers use for the line's content area. */
  readonly ascender: number;
  /** hhea descender, negative (below the baseline). */
  readonly descender: number;
  readonly lineGap: number;
  /** OS/2 typographic ascender/descender: the ideographic em box for CJK fonts. */
  readonly typoAscender: number;
  readonly typoDescender: number;
  /** OS/2 win metrics, used by Windows (GDI/DirectWrite) and PowerPoint for line placement. */
  readonly winAscent: number;
  readonly winDescent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** The most common advance (the full-width CJK advance); not listed in `advances`. */
  readonly defaultAdvance: number;
  /** Inclusive hexadecimal ranges of mapped code points, space separated. */
  readonly mappedRanges: string;
  /** Runs of non-default advances, see the module comment. */
  readonly advances: string;
}

/** One code point's advance in font units. */
export interface AdvanceEntry {
  readonly codePoint: number;
  readonly advance: number;
}

/** Inclusive range of code points. */
export interface CodePointRange {
  readonly first: number;
  readonly last: number;
}

/** Encodes sorted, distinct code points as "first-last" hex ranges. */
export function encodeRanges(sortedCodePoints: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < sortedCodePoints.length) {
    const first = sortedCodePoints[i] as number;
    let last = first;
    while (i + 1 < sortedCodePoints.length && sortedCodePoints[i + 1] === last + 1) {
      i++;
      last++;
    }
    parts.push(first === last ? hex(first) : `${hex(first)}-${hex(last)}`);
    i++;
  }
  return parts.join(' ');
}

export function decodeRanges(encoded: string): CodePointRange[] {
  if (encoded === '') return [];
  return encoded.split(' ').map((part) => {
    const dash = part.indexOf('-');
    const first = parseHex(dash < 0 ? part : part.slice(0, dash));
    const last = dash < 0 ? first : parseHex(part.slice(dash + 1));
    if (last < first) throw new Error(`font metrics data: bad range "${part}"`);
    return { first, last };
  });
}

/** Encodes advances (sorted by code point, distinct) as runs; see the module comment. */
export function encodeAdvances(entries: readonly AdvanceEntry[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < entries.length) {
    const start = (entries[i] as AdvanceEntry).codePoint;
    const values: number[] = [];
    let next = start;
    while (i < entries.length && (entries[i] as AdvanceEntry).codePoint === next) {
      values.push((entries[i] as AdvanceEntry).advance);
      i++;
      next++;
    }
    runs.push(`${hex(start)}:${compressRepeats(values)}`);
  }
  return runs.join(' ');
}

export function decodeAdvances(encoded: string): AdvanceEntry[] {
  const entries: AdvanceEntry[] = [];
  if (encoded === '') return entries;
  for (const run of encoded.split(' ')) {
    const colon = run.indexOf(':');
    if (colon < 0) throw new Error(`font metrics data: bad advance run "${run}"`);
    let codePoint = parseHex(run.slice(0, colon));
    for (const item of run.slice(colon + 1).split(',')) {
      const star = item.indexOf('*');
      const advance = parseDecimal(star < 0 ? item : item.slice(0, star));
      const count = star < 0 ? 1 : parseDecimal(item.slice(star + 1));
      for (let k = 0; k < count; k++) entries.push({ codePoint: codePoint++, advance });
    }
  }
  return entries;
}

function compressRepeats(values: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < values.length) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    const count = j - i;
    out.push(count === 1 ? String(values[i]) : `${values[i]}*${count}`);
    i = j;
  }
  return out.join(',');
}

function hex(n: number): string {
  return n.toString(16);
}

function parseHex(s: string): number {
  if (!/^[0-9a-f]{1,6}$/.test(s)) throw new Error(`font metrics data: bad code point "${s}"`);
  return parseInt(s, 16);
}

function parseDecimal(s: string): number {
  if (!/^[0-9]{1,6}$/.test(s)) throw new Error(`font metrics data: bad number "${s}"`);
  return parseInt(s, 10);
}
