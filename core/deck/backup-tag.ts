/**
 * The "备用" tag of a backup (hidden) slide, placed by the deck: a bordered label in the top-right
 * corner (inside the 64 px margin), at the deck's smallest text size, so it reads on a projector
 * as well as on paper. The screen and the PDF draw these elements like any other; neither places
 * the tag itself.
 */
import type { FontMetrics } from '../fonts/metrics';
import { notoSansScMetrics } from '../fonts/metrics';
import { measureText } from './text/measure';
import { CAPTION_MIN_PX } from './themes';
import type { Deck, ShapeElement, Slide, TextElement } from './types';

export const BACKUP_TAG_TEXT = '备用';

/** The tag's geometry, px: its text at the deck's smallest size (CAPTION_MIN_PX, 18 px). */
export const BACKUP_TAG = {
  fontPx: CAPTION_MIN_PX,
  lineHeightPx: 28,
  padXPx: 8,
  rightPx: 8,
  topPx: 8,
  strokeWidthPx: 1,
} as const;

/** The tag's frame and text for a slide of this deck (whether or not the slide is hidden). */
export function backupTagElements(
  deck: Pick<Deck, 'size' | 'theme'>,
  text: string = BACKUP_TAG_TEXT,
  metrics: FontMetrics = notoSansScMetrics,
): [ShapeElement, TextElement] {
  const w = measureText(text, BACKUP_TAG.fontPx, 'bold', metrics) + 2 * BACKUP_TAG.padXPx;
  const box = { x: deck.size.widthPx - BACKUP_TAG.rightPx - w, y: BACKUP_TAG.topPx, w, h: BACKUP_TAG.lineHeightPx };
  const { background, muted } = deck.theme.colors;
  return [
    { kind: 'shape', shape: 'rect', box, fill: background, stroke: muted, strokeWidthPx: BACKUP_TAG.strokeWidthPx },
    {
      kind: 'text',
      role: 'label',
      box,
      lines: [{ runs: [{ text }] }],
      fontSizePx: BACKUP_TAG.fontPx,
      lineHeightPx: BACKUP_TAG.lineHeightPx,
      weight: 'bold',
      color: muted,
      align: 'center',
      valign: 'middle',
    },
  ];
}

/** What a renderer draws for a slide: its elements, and the backup tag when it is hidden. */
export function drawnElements(
  slide: Slide,
  deck: Pick<Deck, 'size' | 'theme'>,
  tag: string | undefined,
  metrics: FontMetrics = notoSansScMetrics,
): Slide['elements'] {
  return slide.hidden && tag ? [...slide.elements, ...backupTagElements(deck, tag, metrics)] : slide.elements;
}
