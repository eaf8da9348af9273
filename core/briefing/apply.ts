/**
 * Applying a briefing to a compiled deck: choose, order, mark backups, replace notes, renumber.
 * Pure. A briefing made for an earlier version of the report still applies; what it names that
 * no longer exists is returned so the app can say which slides are gone.
 */
import type { CompileOptions } from '../deck/compile';
import { numberSlides } from '../deck/frame';
import type { ThemeId } from '../deck/themes';
import type { Deck, Slide } from '../deck/types';
import type { FontMetrics } from '../fonts/metrics';
import { notoSansScMetrics } from '../fonts/metrics';
import type { Report } from '../report/schema';
import { reportHash } from './hash';
import { BRIEFING_VERSION, type Briefing } from './schema';

/** "projects-2025/list~2" → "projects-2025/list": parts of one slide share their base id. */
export function baseId(slideId: string): string {
  return slideId.replace(/~\d+$/, '');
}

/** The slides' base ids in deck order, each once. */
export function baseIds(deck: Deck): string[] {
  return [...new Set(deck.slides.map((s) => baseId(s.id)))];
}

export function newBriefing(report: Report, deck: Deck, theme: ThemeId, now: Date = new Date()): Briefing {
  return {
    kind: 'govbrief-briefing',
    version: BRIEFING_VERSION,
    name: report.title,
    report: { id: report.id, hash: reportHash(report), title: report.title },
    theme,
    sections: report.sections.map((s) => s.id),
    order: baseIds(deck),
    excluded: [],
    backup: [],
    shown: [],
    notes: {},
    cover: {},
    updatedAt: now.toISOString(),
  };
}

/** The compile options a briefing implies (sections, theme, cover, comparison). */
export function briefingCompileOptions(briefing: Briefing, compareWith: Report | undefined): CompileOptions {
  const cover = Object.fromEntries(Object.entries(briefing.cover).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  return {
    sections: briefing.sections,
    theme: briefing.theme,
    cover,
    ...(compareWith && briefing.compareWith ? { compareWith } : {}),
  };
}

export interface AppliedBriefing {
  deck: Deck;
  /** Slide ids the briefing names that the deck no longer has (the report changed). */
  missing: string[];
  /** Whether the report differs from the one the briefing was made for. */
  reportChanged: boolean;
}

export function applyBriefing(deck: Deck, briefing: Briefing, report: Report, metrics: FontMetrics = notoSansScMetrics): AppliedBriefing {
  const groups = new Map<string, Slide[]>();
  for (const s of deck.slides) {
    const b = baseId(s.id);
    const list = groups.get(b) ?? [];
    list.push(s);
    groups.set(b, list);
  }
  const deckOrder = [...groups.keys()];
  const named = new Set([...briefing.order, ...briefing.excluded, ...briefing.backup, ...briefing.shown, ...Object.keys(briefing.notes)]);
  const missing = [...named].filter((id) => !groups.has(id));

  // The briefing's order, then slides it does not know (new in the report) after the slide
  // that precedes them in the deck.
  const order = briefing.order.filter((id) => groups.has(id));
  const placed = new Set(order);
  deckOrder.forEach((id, i) => {
    if (placed.has(id)) return;
    let at = order.length;
    for (let k = i - 1; k >= 0; k--) {
      const prev = order.indexOf(deckOrder[k]!);
      if (prev >= 0) {
        at = prev + 1;
        break;
      }
    }
    order.splice(at, 0, id);
    placed.add(id);
  });

  const excluded = new Set(briefing.excluded);
  const backup = new Set(briefing.backup);
  const shown = new Set(briefing.shown);
  const slides = order
    .filter((id) => !excluded.has(id))
    .flatMap((id) =>
      groups.get(id)!.map((s) => ({
        ...s,
        hidden: backup.has(id) || (s.hidden && !shown.has(id)),
        notes: briefing.notes[id] ?? s.notes,
      })),
    );
  return {
    deck: { ...deck, slides: numberSlides(slides, metrics) },
    missing,
    reportChanged: briefing.report.hash !== reportHash(report) || briefing.report.id !== report.id,
  };
}
