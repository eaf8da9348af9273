/**
 * Text width on the 1280×720 canvas, from the font's real advances. Sums integer font units
 * and scales once, so the same text always measures exactly the same, whichever code measures it
 * (wrapText uses the same arithmetic, so a line it produces measures ≤ its width here too).
 */
import { type FontMetrics, type FontWeight, notoSansScMetrics } from '../../fonts/metrics';

const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

/**
 * Code point at UTF-16 index i, given its first unit c. A lone surrogate is returned as is
 * (it has no glyph, so it measures 1 em like any unmapped character).
 */
export function codePointAt(text: string, i: number, c: number): number {
  if (c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= LOW_SURROGATE_FIRST && d <= LOW_SURROGATE_LAST) {
      return ((c - HIGH_SURROGATE_FIRST) << 10) + (d - LOW_SURROGATE_FIRST) + 0x10000;
    }
  }
  return c;
}

/** Width of `text` in font units: the sum of its code points' advances. */
export function measureUnits(text: string, weight: FontWeight, metrics: FontMetrics = notoSansScMetrics): number {
  const face = metrics.face(weight);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: no surrogate, so the UTF-16 unit is the code point.
    if (c < HIGH_SURROGATE_FIRST || c > LOW_SURROGATE_LAST) {
      units += face.advance(c);
    } else {
      const cp = codePointAt(text, i, c);
      if (cp > 0xffff) i++;
      units += face.advance(cp);
    }
  }
  return units;
}

/**
 * Width in px of one line of text at fontSizePx. Every code point counts, spaces included;
 * a character the font lacks measures 1 em. (Newlines are not special: measure lines, not
 * paragraphs; wrapText returns lines.)
 */
export function measureText(
  text: string,
  fontSizePx: number,
  weight: FontWeight,
  metrics: FontMetrics = notoSansScMetrics,
): number {
  return measureUnits(text, weight, metrics) * pxPerUnit(fontSizePx, weight, metrics);
}

/** Scale from font units to px at a font size; wrapText and measureText share it on purpose. */
export function pxPerUnit(fontSizePx: number, weight: FontWeight, metrics: FontMetrics = notoSansScMetrics): number {
  return fontSizePx / metrics.face(weight).unitsPerEm;
}
