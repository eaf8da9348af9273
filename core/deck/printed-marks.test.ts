/**
 * Marks the deck places for the renderers: the backup tag (at least the deck's 18 px text floor,
 * inside the canvas and its top-right margin, only on hidden slides) and the PDF date line.
 */
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../tests/support/bundled-report';
import { BACKUP_TAG_TEXT, backupTagElements, drawnElements } from './backup-tag';
import { compileDeck } from './compile';
import { DATE_LINE, dateLineElement } from './date-line';
import { MARGIN_PX } from './grid';
import { CAPTION_MIN_PX } from './themes';

const deck = compileDeck(bundledReport('shanxi-2025'));

describe('the backup tag', () => {
  it('is set at the 18 px floor or larger, in the top-right margin of the canvas', () => {
    const [frame, text] = backupTagElements(deck, BACKUP_TAG_TEXT);
    expect(text.fontSizePx).toBeGreaterThanOrEqual(CAPTION_MIN_PX);
    expect(text.lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual([BACKUP_TAG_TEXT]);
    expect(frame.box).toEqual(text.box);
    expect(frame.strokeWidthPx).toBeGreaterThan(0);
    const b = text.box;
    expect(b.x + b.w).toBeLessThanOrEqual(deck.size.widthPx);
    expect(b.x).toBeGreaterThanOrEqual(deck.size.widthPx - MARGIN_PX * 2);
    expect(b.y + b.h).toBeLessThanOrEqual(MARGIN_PX);
    expect(b.h).toBeGreaterThanOrEqual(text.lineHeightPx);
  });

  it('is drawn on hidden slides only, after the slide’s own elements', () => {
    const slide = deck.slides[1]!;
    expect(drawnElements({ ...slide, hidden: false }, deck, BACKUP_TAG_TEXT)).toBe(slide.elements);
    const drawn = drawnElements({ ...slide, hidden: true }, deck, BACKUP_TAG_TEXT);
    expect(drawn.slice(0, slide.elements.length)).toEqual(slide.elements);
    expect(drawn.slice(slide.elements.length)).toEqual(backupTagElements(deck, BACKUP_TAG_TEXT));
    expect(drawnElements({ ...slide, hidden: true }, deck, undefined)).toBe(slide.elements);
  });
});

describe('the date line', () => {
  it('is placed by the deck in the strip under the footer, right-aligned to the content edge', () => {
    const line = dateLineElement(deck, '2025年3月5日印发');
    expect(line.lines[0]!.runs[0]!.text).toBe('2025年3月5日印发');
    expect(line.align).toBe('right');
    expect(line.box.x + line.box.w).toBe(deck.size.widthPx - MARGIN_PX);
    expect(line.box.y).toBeGreaterThanOrEqual(deck.size.heightPx - DATE_LINE.bottomStripPx);
    expect(line.box.y + line.box.h).toBeLessThanOrEqual(deck.size.heightPx + 1);
  });
});
