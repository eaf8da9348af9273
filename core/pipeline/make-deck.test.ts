/**
 * makeDeck: the one deck for a report and briefing (screen, export worker and CLI alike). The
 * briefing's exclusions and notes are applied, a deck compiled once is reused (not compiled again),
 * --theme overrides the briefing's theme, and the deck survives the structured clone to the worker.
 */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../briefing/apply';
import { compileDeck } from '../deck/compile';
import { bundledReport } from '../../tests/support/bundled-report';
import { compileForBriefing, makeDeck } from './make-deck';

const report = bundledReport('shanxi-2025');

describe('makeDeck', () => {
  it('without a briefing is the compiled deck of the report', () => {
    expect(makeDeck({ report, theme: 'blue' }).deck).toEqual(compileDeck(report, { theme: 'blue' }));
  });

  it("applies the briefing's exclusions and notes", () => {
    const base = compileDeck(report);
    const briefing = newBriefing(report, base, 'official');
    const [first, second] = base.slides;
    const made = makeDeck({
      report,
      briefing: { ...briefing, excluded: [second!.id], notes: { [first!.id]: '先讲这一页' } },
    });
    expect(made.deck.slides.map((s) => s.id)).not.toContain(second!.id);
    expect(made.deck.slides[0]!.notes).toBe('先讲这一页');
    expect(made.missing).toEqual([]);
    expect(made.reportChanged).toBe(false);
  });

  it('reuses a deck compiled once instead of compiling again', () => {
    const briefing = newBriefing(report, compileDeck(report), 'official');
    const compiled = compileForBriefing(report, briefing, undefined);
    const marked = { ...compiled, meta: { ...compiled.meta, title: '已编译一次' } };
    expect(makeDeck({ report, briefing }, marked).deck.meta.title).toBe('已编译一次');
  });

  it("lets a theme override the briefing's", () => {
    const briefing = newBriefing(report, compileDeck(report), 'official');
    expect(makeDeck({ report, briefing, theme: 'contrast' }).deck.theme.id).toBe('contrast');
  });

  it('makes a deck that reaches the export worker unchanged (postMessage clones it)', () => {
    const deck = makeDeck({ report }).deck;
    expect(structuredClone(deck)).toEqual(deck);
  });
});
