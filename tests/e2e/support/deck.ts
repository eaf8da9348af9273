/**
 * The decks the browser tests expect, compiled in Node from the same report files the app
 * bundles: titles, figures and charts to look for in the DOM.
 */
import { resolve } from 'node:path';
import { compileDeck } from '../../../core/deck/compile';
import type { ThemeId } from '../../../core/deck/themes';
import type { Deck, Slide } from '../../../core/deck/types';
import { loadReportFile } from '../../../core/node/report-file';
import type { Report } from '../../../core/report/schema';
import { slideBlocks } from '../../generators/deck-checks';
import { REPO_ROOT } from './web';

export function loadReport(path: string): Report {
  const r = loadReportFile(resolve(REPO_ROOT, path));
  if (!r.ok) throw new Error(`${path}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

const decks = new Map<string, Deck>();

export function deckOf(path: string, theme: ThemeId = 'official'): Deck {
  const key = `${path}|${theme}`;
  let deck = decks.get(key);
  if (!deck) {
    deck = compileDeck(loadReport(path), { theme });
    decks.set(key, deck);
  }
  return deck;
}

export const SHANXI = 'data/reports/shanxi-2025.json';

export function shanxiDeck(theme: ThemeId = 'official'): Deck {
  return deckOf(SHANXI, theme);
}

/** The emphasised runs (figures) drawn on a slide, one entry per run, in drawing order. */
export function figureRuns(slide: Slide): string[] {
  return slideBlocks(slide).flatMap(({ block }) =>
    block.lines.flatMap((l) => l.runs.filter((r) => r.emphasis).map((r) => r.text)),
  );
}

/** The charts on a slide with the marks recharts must draw for each. */
export function chartMarks(slide: Slide): { kind: 'bar' | 'donut'; marks: number }[] {
  return slide.elements.flatMap((el) => {
    if (el.kind !== 'chart') return [];
    return [
      el.chartKind === 'bar'
        ? { kind: 'bar' as const, marks: el.data.length }
        : { kind: 'donut' as const, marks: el.data.length + (el.remainder ? 1 : 0) },
    ];
  });
}

/** Text without whitespace: lines are drawn as separate boxes, wrapping drops line-end spaces. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}
