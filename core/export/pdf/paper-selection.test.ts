/**
 * Handouts and notes pages leave the backup slides and the closing slide out by default (the
 * audience reads the talk, not the answers kept for questions, and "谢谢！" is no page to print);
 * includeHidden brings them back. The slides layout still prints every slide.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { smallDeckArbitrary } from '../../../tests/generators/deck-arbitrary';
import { readPdf } from '../../../tests/support/pdf-reader';
import { BUNDLED, bundledDeck, exported } from '../../../tests/support/pdf-fixtures';
import { printedSlides } from './deck-layouts';

describe.each(BUNDLED)('%s', (name) => {
  const deck = bundledDeck(name);
  const talk = deck.slides.filter((s) => !s.hidden && s.kind !== 'closing');
  const left = deck.slides.length - talk.length;

  it('has a closing slide (and Shanxi backups) to leave out', () => {
    expect(deck.slides.some((s) => s.kind === 'closing')).toBe(true);
    if (name === 'shanxi-2025') expect(left).toBeGreaterThan(1);
  });

  it('handouts (6 per page) print only the talk by default, everything with includeHidden', async () => {
    const byDefault = await exported(name, { layout: 'handouts', perPage: 6 });
    expect(byDefault.report.pages).toBe(Math.ceil(talk.length / 6));
    const all = await exported(name, { layout: 'handouts', perPage: 6, includeHidden: true });
    expect(all.report.pages).toBe(Math.ceil(deck.slides.length / 6));
  });

  it('notes pages: no backup or closing slide by default; the talk slides all there', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'notes' })).bytes);
    const text = pdf.pages.map((p) => p.text).join('\n');
    deck.slides.forEach((s, i) => {
      const label = `第${i + 1}张`;
      if (talk.includes(s)) expect(text, s.id).toContain(label);
      else expect(text, s.id).not.toMatch(new RegExp(`${label}(?![0-9])`));
    });
  });

  it('slides: every slide, backups and closing included', async () => {
    expect((await exported(name, { layout: 'slides' })).report.pages).toBe(deck.slides.length);
  });
});

test('generated decks: paper prints the shown slides but the closing one, in deck order with deck numbers', () => {
  fc.assert(
    fc.property(smallDeckArbitrary({ maxSlides: 12 }), (deck) => {
      const paper = printedSlides(deck, false, true);
      expect(paper.map((p) => p.slide)).toEqual(deck.slides.filter((s) => !s.hidden && s.kind !== 'closing'));
      for (const p of paper) expect(deck.slides[p.number - 1]).toBe(p.slide);
      expect(printedSlides(deck, true, true).map((p) => p.slide)).toEqual(deck.slides);
      expect(printedSlides(deck, false).map((p) => p.slide)).toEqual(deck.slides.filter((s) => !s.hidden));
    }),
    { numRuns: 150 },
  );
});
