/**
 * What the editor's rail lists: every slide of the deck compiled from the briefing's sections, in
 * the briefing's order, those left out included (greyed, so they can be brought back). A slide
 * continued over several parts is one entry with several thumbnails: choices are per slide.
 */
import { baseIds, isBackup, resolveOrder, slideGroups } from '../../../core/briefing/apply';
import type { Briefing } from '../../../core/briefing/schema';
import type { Deck, Slide } from '../../../core/deck/types';

export interface RailSlide {
  /** The slide as the deck shows it (numbered, with the briefing's notes), or as compiled when left out. */
  slide: Slide;
  /** Its index in the briefing's deck; -1 when left out. */
  index: number;
}

export interface RailEntry {
  /** Base slide id: what the briefing's choices name. */
  id: string;
  slides: RailSlide[];
  included: boolean;
  backup: boolean;
  /** The deck makes it a backup by default (a project's detail slide). */
  hiddenInDeck: boolean;
  sectionId: string;
  /** The briefing has its own notes for the slide (or one of its parts). */
  notesEdited: boolean;
}

export function railEntries(compiled: Deck, applied: Deck, briefing: Briefing): RailEntry[] {
  const groups = slideGroups(compiled);
  const index = new Map(applied.slides.map((s, i) => [s.id, i]));
  const excluded = new Set(briefing.excluded);
  return resolveOrder(briefing.order, baseIds(compiled))
    .filter((id) => groups.has(id))
    .map((id) => {
      const parts = groups.get(id)!;
      const included = !excluded.has(id);
      return {
        id,
        slides: parts.map((s) => {
          const i = included ? (index.get(s.id) ?? -1) : -1;
          return { slide: i >= 0 ? applied.slides[i]! : s, index: i };
        }),
        included,
        backup: isBackup(briefing, id, parts[0]!.hidden),
        hiddenInDeck: parts[0]!.hidden,
        sectionId: parts[0]!.sectionId,
        notesEdited: parts.some((s) => s.id in briefing.notes),
      };
    });
}

/** Position of the entry holding deck slide `index`, or -1. */
export function entryOfIndex(entries: readonly RailEntry[], index: number): number {
  return entries.findIndex((e) => e.slides.some((s) => s.index === index));
}
