/**
 * Every layout embeds Noto Sans SC Regular and Bold as TrueType subsets: Type0 fonts with
 * CIDFontType2 descendants, Identity-H, a /FontFile2 each, a ToUnicode map, a subset-tagged
 * name ("ABCDEF+NotoSansSC-Bold"), never Type 3 (bitmap/procedure glyphs) or an unembedded font.
 */
import { describe, expect, it } from 'vitest';
import type { PdfExportOptions } from '../pdf';
import { BUNDLED, bundledReport, exported } from '../../../tests/support/pdf-fixtures';
import { pdfSource } from '../../../tests/support/pdf-reader';

const LAYOUTS: [string, (name: (typeof BUNDLED)[number]) => Omit<PdfExportOptions, 'fonts'>][] = [
  ['slides', () => ({ layout: 'slides' })],
  ['handouts', () => ({ layout: 'handouts', perPage: 3 })],
  ['notes', () => ({ layout: 'notes' })],
  ['memo', (name) => ({ layout: 'memo', report: bundledReport(name) })],
];

describe.each(BUNDLED)('fonts embedded as TrueType subsets: %s', (name) => {
  it.each(LAYOUTS)('%s', async (_, options) => {
    const { bytes } = await exported(name, options(name));
    const src = pdfSource(bytes);
    const count = (re: RegExp) => (src.match(re) ?? []).length;
    const type0 = count(/\/Subtype \/Type0\b/g);
    expect(type0).toBe(2);
    expect(count(/\/Subtype \/CIDFontType2\b/g)).toBe(2);
    expect(count(/\/FontFile2 \d+ 0 R/g)).toBe(2);
    expect(count(/\/Encoding \/Identity-H/g)).toBe(2);
    expect(count(/\/ToUnicode \d+ 0 R/g)).toBe(2);
    expect(src).not.toMatch(/\/Type3\b/);
    expect(src).not.toMatch(/\/Subtype \/(Type1|TrueType|MMType1)\b/);
    const names = [...src.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(
      new Set([
        expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Regular$/),
        expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/),
      ]),
    );
  });
});
