/**
 * Two instance-level adjustments to jsPDF's TrueType embedding (jsPDF 4.2.1). Both patch only
 * the TTFFont object jsPDF made for one `addFont` of one document: nothing global changes (other
 * jsPDF users in the process keep stock behaviour), and they work with every jsPDF build (node,
 * es, umd, minified or not), since they rely only on property names jsPDF itself reads
 * (`font.metadata.glyf.encode`, `font.metadata.subset.encode`).
 *
 * 1. patchGlyfEncode: the bug fix. jsPDF's `GlyfTable.prototype.encode` (src/libs/ttffont.js)
 *
 *        for (each glyph id in mapping) { offsets.push(table.length); table = table.concat(glyph.encode(old2new)); }
 *
 *    copies the whole table built so far for every glyph: O(n²) in the number of distinct glyphs
 *    (3,812 distinct characters: 10.6 s in `doc.output()`, library notes; ~10 s here too). The
 *    replacement appends in place and returns the same `table` (plain numbers, same order) and
 *    `offsets`, so the PDF is byte-identical to stock jsPDF's (tested).
 *
 * 2. embedFontFileAsIs: an optimisation on top. We give jsPDF a font already cut down to the
 *    document's characters (core/export/fonts.ts), so jsPDF's own subsetting on output (parse
 *    every used glyph into arrays, rebuild glyf/loca, re-encode the table directory byte by byte)
 *    is redundant work: `TTFFont.subset.encode` is made to return that font file unchanged. The
 *    glyph ids jsPDF writes in the content streams and the /W widths come from its parse of this
 *    very file, so they match. This changes the embedded font bytes (our subset instead of
 *    jsPDF's re-encoding of it), not the drawing.
 *
 * If a jsPDF release renames or restructures these objects, the functions report why they did
 * not apply (the export still works: it warns and is merely slow) and
 * core/export/pdf/jspdf-patches.test.ts fails, so whoever upgrades jsPDF sees it. If upstream
 * fixes GlyfTable.encode, drop patchGlyfEncode.
 */

/** A glyph of jsPDF's TTF parser: SimpleGlyph or CompoundGlyph. */
interface JsPdfGlyph {
  encode(old2new: unknown): unknown;
}

interface JsPdfGlyfTable {
  tag?: unknown;
  glyphFor?: unknown;
  encode: (
    glyphs: Record<string, JsPdfGlyph | null | undefined>,
    mapping: ArrayLike<number | string>,
    old2new: unknown,
  ) => { table: unknown[]; offsets: number[] };
}

/**
 * Linear version of GlyfTable.encode, same contract: `glyphs` by old id, `mapping` the old ids in
 * new-id order; returns the concatenated glyph bytes and each glyph's start offset (plus the end).
 * Array.prototype.concat semantics are kept: an array result is spread, anything else appended.
 */
export function linearGlyfEncode(
  glyphs: Record<string, JsPdfGlyph | null | undefined>,
  mapping: ArrayLike<number | string>,
  old2new: unknown,
): { table: unknown[]; offsets: number[] } {
  const table: unknown[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < mapping.length; i++) {
    const glyph = glyphs[mapping[i] as string];
    offsets.push(table.length);
    if (glyph) {
      const bytes = glyph.encode(old2new);
      if (Array.isArray(bytes)) {
        for (let k = 0; k < bytes.length; k++) table.push(bytes[k]);
      } else {
        table.push(bytes);
      }
    }
  }
  offsets.push(table.length);
  return { table, offsets };
}

export type PatchResult = { applied: true } | { applied: false; reason: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/**
 * Installs linearGlyfEncode on the TTFFont jsPDF made for one added font (`font.metadata`, as
 * returned by `doc.internal.getFont(name, style).metadata`). Returns why not, if it cannot.
 */
export function patchGlyfEncode(metadata: unknown): PatchResult {
  if (!isObject(metadata)) return { applied: false, reason: 'font metadata is not an object (no TTFFont)' };
  const glyf = metadata['glyf'];
  if (!isObject(glyf)) return { applied: false, reason: 'TTFFont has no glyf table object' };
  if (glyf['tag'] !== 'glyf' || typeof glyf['glyphFor'] !== 'function')
    return { applied: false, reason: 'glyf object does not look like jsPDF GlyfTable' };
  const encode = glyf['encode'];
  if (typeof encode !== 'function' || encode.length !== 3)
    return { applied: false, reason: 'GlyfTable.encode(glyphs, mapping, old2new) not found' };
  const subset = metadata['subset'];
  if (!isObject(subset) || typeof subset['encode'] !== 'function')
    return {
      applied: false,
      reason: 'TTFFont.subset.encode not found (output no longer goes through GlyfTable.encode?)',
    };
  (glyf as unknown as JsPdfGlyfTable).encode = linearGlyfEncode;
  return { applied: true };
}

/**
 * Makes jsPDF embed `fontFile` (the very TrueType file it was given in `addFont`) as the
 * /FontFile2 instead of re-subsetting it on output.
 */
export function embedFontFileAsIs(metadata: unknown, fontFile: Uint8Array): PatchResult {
  if (!isObject(metadata)) return { applied: false, reason: 'font metadata is not an object (no TTFFont)' };
  const subset = metadata['subset'];
  if (!isObject(subset) || typeof subset['encode'] !== 'function' || subset['encode'].length !== 2) {
    return { applied: false, reason: 'TTFFont.subset.encode(glyphIds, indexToLocFormat) not found' };
  }
  if (!Array.isArray(metadata['glyIdsUsed'])) return { applied: false, reason: 'TTFFont.glyIdsUsed not found' };
  subset['encode'] = () => fontFile;
  return { applied: true };
}
