/**
 * exportPptx with control characters and XML-special characters in every text of the deck: the
 * package still parses and opens without "Repair", each text arriving without the control
 * characters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import type { Deck, TextBlock } from '../deck/types';
import { spokenNotes } from '../deck/speaker-notes';
import { notesText } from './pptx';
import { stripControlChars } from './text-safety';
import { NS, elements, squash, RAW_CONTROL, type SlideView } from '../../tests/support/pptx/package-reader';
import {
  deckCharts,
  drawnBlocks,
  blockText,
  figureRuns,
  chartSeries,
  type Exported,
  exportAndRead,
  xmlParseProblems,
  controlCharProblems,
  contentTypeProblems,
  relationshipProblems,
  loadBundled,
} from '../../tests/support/pptx/package-checks';

// ---------------------------------------------------------------------------------------------
// Hostile text: the schema rejects control characters, but decks are edited by hand (notes) and
// other callers may build decks; the exporter must still write a package PowerPoint opens.

const shanxi = loadBundled('shanxi-2025');

const CONTROL = '\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001B\u001F';
const XML_SPECIAL = `&<>"'`;

function poisonBlock(block: TextBlock, extra: string): void {
  for (const line of block.lines)
    for (const run of line.runs) if (run.text) run.text = `${run.text.slice(0, 1)}${extra}${run.text.slice(1)}`;
}

/** A compiled Shanxi deck with `extra` inserted into every text, note, label and property. */
function poisonedDeck(extra: string): Deck {
  const deck = compileDeck(shanxi);
  deck.meta.title += extra;
  deck.meta.subject += extra;
  deck.meta.author += extra;
  deck.meta.region += extra;
  for (const s of deck.sections) s.title += extra;
  for (const s of deck.slides) {
    s.notes = `${extra}${s.notes}${extra}`;
    for (const src of s.sources) {
      src.quote += extra;
      src.displays = src.displays.map((d) => d + extra);
    }
    for (const { block } of drawnBlocks(s)) poisonBlock(block, extra);
    for (const el of s.elements) {
      if (el.kind !== 'chart') continue;
      el.unit += extra;
      for (const d of el.data) d.label += extra;
      if (el.chartKind === 'donut') {
        for (const seg of el.geometry.segments) seg.label += extra;
        if (el.remainder) el.remainder.label += extra;
      }
    }
  }
  return deck;
}

describe('exportPptx: control characters and XML-special characters in the deck', () => {
  let x: Exported;
  let slides: SlideView[];
  beforeAll(async () => {
    x = await exportAndRead(poisonedDeck(`${CONTROL}${XML_SPECIAL}\uD800`));
    slides = x.pkg.slides();
  }, 60_000);

  it('the deck really carries them (guard)', () => {
    expect(x.deck.slides.some((s) => /\u0007/.test(s.notes))).toBe(true);
    expect(
      figureRuns(x.deck.slides.find((s) => s.id === 'review-2024/innovation')!).some((r) => r.text.includes('&<>')),
    ).toBe(true);
  });

  it('writes no control character into any part, raw or as a character reference', async () => {
    expect(await controlCharProblems(x.pkg)).toEqual([]);
  });

  it('every XML part still parses, content types and relationships still hold', () => {
    expect(xmlParseProblems(x.pkg)).toEqual([]);
    expect(contentTypeProblems(x.pkg)).toEqual([]);
    expect(relationshipProblems(x.pkg)).toEqual([]);
  });

  it('keeps the text around them: every text box, figure, note and chart label arrives without the control characters', () => {
    expect(slides).toHaveLength(x.deck.slides.length);
    x.deck.slides.forEach((s, i) => {
      const text = squash(slides[i]!.text);
      expect(text).not.toMatch(RAW_CONTROL);
      for (const { where, block } of drawnBlocks(s))
        expect(text, `slide ${i + 1} ${where}`).toContain(squash(stripControlChars(blockText(block))));
      for (const f of figureRuns(s)) expect(text).toContain(squash(f.text));
      expect(slides[i]!.notesText).toBe(notesText(s));
      expect(slides[i]!.notesText).toContain(stripControlChars(spokenNotes(s)));
      deckCharts(s).forEach((el, k) => {
        expect(slides[i]!.charts[k]!.categories).toEqual(chartSeries(el).labels);
        // The unit now carries junk the number format would print: each bar is labelled with its display.
        if (el.chartKind === 'bar' && el.data.length > 0)
          expect(slides[i]!.charts[k]!.pointLabels).toEqual(el.data.map((d) => stripControlChars(d.display)));
      });
    });
    const core = x.pkg.doc('docProps/core.xml');
    expect(elements(core, NS.dc, 'title')[0]?.textContent).toBe(stripControlChars(x.deck.meta.title));
  });

  it('Company keeps no raw "&" and no control character', () => {
    const company = /<Company>([\s\S]*?)<\/Company>/.exec(x.pkg.text('docProps/app.xml'))?.[1] ?? '';
    expect(company).not.toContain('&');
    expect(company).not.toMatch(RAW_CONTROL);
  });
});
