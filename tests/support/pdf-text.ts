/**
 * Reads the text of an exported PDF with pdf.js (legacy build: Node, no worker setup), page by
 * page, and says what text a PDF page must show for a deck text — the PDF exporter's documented
 * behaviour (core/export/pdf/write.ts):
 *   - a character the deck font draws is drawn as itself;
 *   - a character outside the BMP that the font draws (a rare ideograph such as 𠂇) is drawn
 *     through a Private Use Area stand-in (U+E000…U+F8FF): right on paper, a stand-in when copied;
 *   - a character the font cannot draw (emoji, control characters, RTL marks, lone surrogates)
 *     is left out, with a warning naming it; the rest of the line is still drawn in place.
 * Test-only.
 */
import type { Weight } from '../../core/deck/types';
import { fontHasGlyph, type ExportFontBytes } from '../../core/export/fonts';
import { readPdf, squash } from './pdf-reader';

export { squash };

/** What any Private Use Area stand-in is compared as. */
export const STAND_IN = '\uE000';
const PUA = /[\uE000-\uF8FF]/g;

/** The page texts of a PDF (items joined, whitespace removed, stand-ins unified). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return (await readPdf(bytes)).pages.map((p) => p.text.replace(PUA, STAND_IN));
}

const glyphCache = new Map<string, boolean>();
function hasGlyph(fonts: ExportFontBytes, weight: Weight, cp: number): boolean {
  const key = `${weight}:${cp}`;
  let v = glyphCache.get(key);
  if (v === undefined) glyphCache.set(key, (v = fontHasGlyph(fonts[weight], cp)));
  return v;
}

/** The text a PDF page shows for `text` drawn in `weight` (see the file comment), whitespace removed. */
export function pdfDrawnText(text: string, weight: Weight, fonts: ExportFontBytes): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // A lone surrogate is one UTF-16 unit the font has no glyph for.
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!hasGlyph(fonts, weight, cp)) continue;
    out += cp > 0xffff ? STAND_IN : ch;
  }
  return squash(out);
}
