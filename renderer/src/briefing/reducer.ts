/**
 * The briefing builder's state as a reducer with a typed action union, like the slideshow's
 * navigation: every edit in the editor becomes an action, tested without a browser. Edits are
 * the pure functions of core/briefing/edit.ts; this adds the undo history and what the app
 * needs to know to autosave (a revision that counts the user's own changes).
 */
import {
  type CoverField,
  moveSection,
  moveSlide,
  resetContent,
  setBackup,
  setCover,
  setDateLine,
  setIncluded,
  setNote,
  setSectionIncluded,
} from '../../../core/briefing/edit';
import type { Briefing } from '../../../core/briefing/schema';
import type { ThemeId } from '../../../core/deck/themes';
import type { Report } from '../../../core/report/schema';
import { type History, record, redo, startHistory, undo } from './history';

export type BriefingAction =
  | { type: 'setSection'; id: string; included: boolean; reportSections: readonly string[] }
  | { type: 'moveSection'; id: string; to: number }
  | { type: 'setSlide'; id: string; included: boolean }
  /** `to`: position among `deckOrder`, the base ids of the deck compiled from the briefing. */
  | { type: 'moveSlide'; id: string; to: number; deckOrder: readonly string[] }
  | { type: 'setBackup'; id: string; backup: boolean; hiddenInDeck: boolean }
  /** `text` undefined: back to the deck's notes. */
  | { type: 'setNote'; slideId: string; text: string | undefined }
  | { type: 'setCover'; field: CoverField; value: string }
  | { type: 'setTheme'; theme: ThemeId }
  | { type: 'setCompare'; compareWith: { id: string; hash: string } | undefined }
  | { type: 'setWatermark'; watermark: string | undefined }
  /** The PDF date line chosen in the export panel (undefined: none). */
  | { type: 'setDateLine'; dateLine: string | undefined }
  /** Back to the whole report (`fresh`: a new briefing for it). */
  | { type: 'reset'; fresh: Briefing }
  /** A briefing opened from a file, for the open report. */
  | { type: 'replace'; briefing: Briefing };

export function applyAction(b: Briefing, a: BriefingAction): Briefing {
  switch (a.type) {
    case 'setSection':
      return setSectionIncluded(b, a.id, a.included, a.reportSections);
    case 'moveSection':
      return moveSection(b, a.id, a.to);
    case 'setSlide':
      return setIncluded(b, a.id, a.included);
    case 'moveSlide':
      return moveSlide(b, a.id, a.to, a.deckOrder);
    case 'setBackup':
      return setBackup(b, a.id, a.backup, a.hiddenInDeck);
    case 'setNote':
      return setNote(b, a.slideId, a.text);
    case 'setCover':
      return setCover(b, a.field, a.value);
    case 'setTheme':
      return b.theme === a.theme ? b : { ...b, theme: a.theme };
    case 'setCompare': {
      if (b.compareWith?.id === a.compareWith?.id) return b;
      const { compareWith: _old, ...rest } = b;
      return a.compareWith ? { ...rest, compareWith: a.compareWith } : rest;
    }
    case 'setWatermark': {
      if (b.watermark === a.watermark) return b;
      const { watermark: _old, ...rest } = b;
      return a.watermark ? { ...rest, watermark: a.watermark } : rest;
    }
    case 'setDateLine':
      return setDateLine(b, a.dateLine);
    case 'reset':
      return resetContent(b, a.fresh);
    case 'replace':
      return a.briefing;
    default: {
      const never: never = a;
      return never;
    }
  }
}

/** Typing in one note or one cover field is one undo step, not one per keystroke. */
export function coalesceKey(a: BriefingAction): string | undefined {
  if (a.type === 'setNote' && a.text !== undefined) return `note:${a.slideId}`;
  if (a.type === 'setCover') return `cover:${a.field}`;
  return undefined;
}

export interface BriefingStore {
  /** The report the briefing belongs to (kept here, so the deck stays whole while another report's briefing loads). */
  report: Report;
  history: History<Briefing>;
  /** Counts the user's changes (edits, undo, redo): autosave runs when it moves. */
  revision: number;
}

export type StoreAction =
  | { type: 'edit'; action: BriefingAction }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A briefing for a newly opened report: a history of its own. */
  | { type: 'attach'; report: Report; briefing: Briefing }
  /** The same report again, changed (its file was edited): the briefing and its history stay. */
  | { type: 'report'; report: Report };

export function storeReducer(store: BriefingStore | undefined, a: StoreAction): BriefingStore | undefined {
  if (a.type === 'attach') return { report: a.report, history: startHistory(a.briefing), revision: 0 };
  if (!store) return store;
  if (a.type === 'report') return a.report.id === store.report.id ? { ...store, report: a.report } : store;
  const bump = (history: History<Briefing>): BriefingStore =>
    history === store.history ? store : { ...store, history, revision: store.revision + 1 };
  switch (a.type) {
    case 'edit':
      return bump(record(store.history, applyAction(store.history.present, a.action), coalesceKey(a.action)));
    case 'undo':
      return bump(undo(store.history));
    case 'redo':
      return bump(redo(store.history));
  }
}
