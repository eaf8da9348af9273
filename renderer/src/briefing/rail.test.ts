/**
 * The rail lists every slide of the briefing's sections in its order, left-out ones too (with no
 * deck index), parts grouped under one entry, backups marked; deck indexes match the deck.
 */
import { describe, expect, it } from 'vitest';
import { applyBriefing, briefingCompileOptions, newBriefing } from '../../../core/briefing/apply';
import { moveSlide, setBackup, setIncluded } from '../../../core/briefing/edit';
import { compileDeck } from '../../../core/deck/compile';
import { type Report, ReportSchema } from '../../../core/report/schema';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { entryOfIndex, railEntries } from './rail';

const shanxi: Report = ReportSchema.parse(JSON.parse(shanxiText));
const full = compileDeck(shanxi);
/** A slide continued over several parts, read from the deck (the projects overview's cards). */
const MULTI = 'projects-2025/overview';
const MULTI_PARTS = full.slides.map((s) => s.id).filter((id) => id.replace(/~\d+$/, '') === MULTI);

function indexOfId(slides: { slide: { id: string }; index: number }[], id: string): number {
  return slides.find((s) => s.slide.id === id)!.index;
}

describe('rail entries', () => {
  it('list every slide, left-out ones without an index, in the briefing’s order', () => {
    let b = newBriefing(shanxi, full, 'official');
    b = setIncluded(b, MULTI, false);
    b = setBackup(b, 'targets-2025/targets', true, false);
    b = moveSlide(b, 'closing', 0, b.order);
    const compiled = compileDeck(shanxi, briefingCompileOptions(b, undefined));
    const deck = applyBriefing(compiled, b, shanxi).deck;
    const rail = railEntries(compiled, deck, b);

    expect(rail.flatMap((e) => e.slides).length).toBe(full.slides.length);
    expect(rail[0]!.id).toBe('closing');
    expect(MULTI_PARTS.length).toBeGreaterThan(1);
    const list = rail.find((e) => e.id === MULTI)!;
    expect(list.included).toBe(false);
    expect(list.slides.map((s) => s.slide.id)).toEqual(MULTI_PARTS);
    expect(list.slides.every((s) => s.index === -1)).toBe(true);
    expect(rail.find((e) => e.id === 'targets-2025/targets')!.backup).toBe(true);
    expect(rail.find((e) => e.id === 'projects-2025/aed-first-aid')).toMatchObject({
      backup: true,
      hiddenInDeck: true,
    });

    // Every included slide's index is its place in the deck, and shows the deck's slide. The rail
    // keeps the briefing's order; the deck moves backups into its appendix after the closing
    // slide, so the talk's slides come in deck order and the backups' indexes follow them.
    const indexed = rail.flatMap((e) => e.slides).filter((s) => s.index >= 0);
    expect(indexed.map((s) => s.index).sort((x, y) => x - y)).toEqual(deck.slides.map((_, i) => i));
    const talk = indexed.filter((s) => !s.slide.hidden).map((s) => s.index);
    expect(talk).toEqual(talk.map((_, i) => i));
    expect(deck.slides[indexOfId(indexed, 'targets-2025/targets')]!.hidden).toBe(true);
    for (const s of indexed) expect(s.slide).toBe(deck.slides[s.index]);
    expect(entryOfIndex(rail, 0)).toBe(0);
    expect(rail[entryOfIndex(rail, deck.slides.length - 1)]!.id).toBe(deck.slides.at(-1)!.id.replace(/~\d+$/, ''));
  });
});
