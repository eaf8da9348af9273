/**
 * The date line of a printed deck (e.g. "2025年3月5日印发"), placed by the deck: small, right-
 * aligned with the content edge, in the 12 px strip under the footer of the first slide. Only
 * the PDF prints it (the CLI's --date-line, the export panel); the renderer draws the element.
 */
import { MARGIN_PX } from './grid';
import type { Deck, TextElement } from './types';

/** Its size and place, px: below the footer band, clear of the canvas edge. */
export const DATE_LINE = { fontPx: 10, lineHeight: 1.2, bottomStripPx: 12 } as const;

export function dateLineElement(deck: Pick<Deck, 'size' | 'theme'>, text: string): TextElement {
  const lineHeightPx = DATE_LINE.fontPx * DATE_LINE.lineHeight;
  return {
    kind: 'text',
    role: 'footer',
    box: {
      x: 0,
      y: deck.size.heightPx - DATE_LINE.bottomStripPx,
      w: deck.size.widthPx - MARGIN_PX,
      h: lineHeightPx,
    },
    lines: [{ runs: [{ text }] }],
    fontSizePx: DATE_LINE.fontPx,
    lineHeightPx,
    weight: 'regular',
    color: deck.theme.colors.muted,
    align: 'right',
    valign: 'top',
  };
}
