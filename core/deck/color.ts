/** Colour arithmetic for the contrast rules of the themes (WCAG 2.x definitions). */

/** "#RRGGBB" → [r, g, b] in 0..255. Only this form is used in decks (PPTX rejects names). */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-fA-F]{6})$/.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 … 21. Text needs ≥ 4.5 (AA). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Grey level a colour prints as on a black-and-white printer (luma, 0..255). */
export function greyLevel(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** "#RRGGBB" → "RRGGBB", the form pptxgenjs and OOXML want. */
export function hexDigits(hex: string): string {
  parseHex(hex);
  return hex.slice(1).toUpperCase();
}
