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

/**
 * "projects-2025/list~2" → "projects-2025/list": parts of one slide share their base id. A
 * renamed duplicate keeps its "@n" ("review/overview~2@2" → "review/overview@2").
 */
export function baseId(slideId: string): string {
  return slideId.replace(/~\d+(@\d+)?$/, '$1');
}

/** The slides' base ids in deck order, each once. */
export function baseIds(deck: Deck): string[] {
  return [...new Set(deck.slides.map((s) => baseId(s.id)))];
}

/**
 * The report section a slide belongs to, read from its id: section slides are named
 * "<section id>/…" (compile.ts); the cover, contents and closing slides belong to none.
 */
export function sectionOfSlideId(slideId: string): string | undefined {
  const slash = slideId.indexOf('/');
  return slash > 0 ? slideId.slice(0, slash) : undefined;
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
export function briefingCompileOptions(
  briefing: Pick<Briefing, 'sections' | 'theme' | 'cover' | 'compareWith'>,
  compareWith: Report | undefined,
): CompileOptions {
  const cover = Object.fromEntries(
    Object.entries(briefing.cover).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  return {
    sections: briefing.sections,
    theme: briefing.theme,
    cover,
    ...(compareWith && briefing.compareWith ? { compareWith } : {}),
  };
}

/**
 * The full order: every id of `order` (once, including ids the deck does not have now, e.g. of a
 * section left out, so they keep their place if it comes back), with the deck's ids the order
 * does not know inserted after the slide that precedes them in the deck (or first).
 */
export function resolveOrder(order: readonly string[], deckOrder: readonly string[]): string[] {
  const result = [...new Set(order)];
  const placed = new Set(result);
  deckOrder.forEach((id, i) => {
    if (placed.has(id)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const prev = result.indexOf(deckOrder[k]!);
      if (prev >= 0) {
        at = prev + 1;
        break;
      }
    }
    result.splice(at, 0, id);
    placed.add(id);
  });
  return result;
}

/** Every slide id a briefing names (order, choices, notes). */
export function namedIds(briefing: Briefing): string[] {
  return [
    ...new Set([
      ...briefing.order,
      ...briefing.excluded,
      ...briefing.backup,
      ...briefing.shown,
      ...Object.keys(briefing.notes),
    ]),
  ];
}

/**
 * The ids a briefing names that the report no longer has. A slide of a section the briefing
 * leaves out is not in the deck either, but it is not gone: only ids whose section is compiled
 * (or was removed from the report) can be told to be gone. A comparison slide exists only with a
 * comparison; a contents slide only with sections.
 */
export function goneIds(deck: Deck, briefing: Briefing, report: Report): string[] {
  const present = new Set(deck.slides.flatMap((s) => [s.id, baseId(s.id)]));
  const inReport = new Set(report.sections.map((s) => s.id));
  const compiled = new Set(deck.sections.map((s) => s.id));
  const gone = (id: string): boolean => {
    if (present.has(id)) return false;
    const base = baseId(id);
    const section = sectionOfSlideId(base);
    if (section === undefined) return !(base === 'contents' && compiled.size <= 2);
    if (!inReport.has(section)) return true;
    if (!compiled.has(section)) return false;
    if (base.endsWith('/comparison') && !deck.meta.compareWith) return false;
    return true;
  };
  return namedIds(briefing).filter(gone);
}

export interface AppliedBriefing {
  deck: Deck;
  /** Slide ids the briefing names that the deck no longer has (the report changed). */
  missing: string[];
  /** Whether the report differs from the one the briefing was made for. */
  reportChanged: boolean;
}

/** The deck's slides grouped by base id, in deck order. */
export function slideGroups(deck: Deck): Map<string, Slide[]> {
  const groups = new Map<string, Slide[]>();
  for (const s of deck.slides) {
    const b = baseId(s.id);
    const list = groups.get(b) ?? [];
    list.push(s);
    groups.set(b, list);
  }
  return groups;
}

/** Whether a slide group is a backup under the briefing (its own mark, else the deck's). */
export function isBackup(briefing: Briefing, id: string, hiddenInDeck: boolean): boolean {
  return briefing.backup.includes(id) || (hiddenInDeck && !briefing.shown.includes(id));
}

export function applyBriefing(
  deck: Deck,
  briefing: Briefing,
  report: Report,
  metrics: FontMetrics = notoSansScMetrics,
): AppliedBriefing {
  const groups = slideGroups(deck);
  // The briefing's order, then slides it does not know (new in the report) after the slide
  // that precedes them in the deck.
  const order = resolveOrder(briefing.order, [...groups.keys()]).filter((id) => groups.has(id));
  const excluded = new Set(briefing.excluded);
  const backup = new Set(briefing.backup);
  const shown = new Set(briefing.shown);
  const slides = order
    .filter((id) => !excluded.has(id))
    .flatMap((id) =>
      groups.get(id)!.map((s) => ({
        ...s,
        hidden: backup.has(id) || (s.hidden && !shown.has(id)),
        // Notes are per slide: each part of a continued slide has its own.
        notes: briefing.notes[s.id] ?? s.notes,
      })),
    );
  // As compileDeck sets them: the talk, then the backups as an appendix, so the numbers of the
  // talk run 1…N whatever the briefing marked as backup.
  const appendixLast = [...slides.filter((s) => !s.hidden), ...slides.filter((s) => s.hidden)];
  return {
    deck: { ...deck, slides: numberSlides(appendixLast, metrics) },
    missing: goneIds(deck, briefing, report),
    reportChanged: briefing.report.hash !== reportHash(report) || briefing.report.id !== report.id,
  };
}
