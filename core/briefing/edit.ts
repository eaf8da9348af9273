/**
 * The edits the briefing builder makes, as pure functions Briefing → Briefing. Each returns the
 * same object when nothing changes (so the app's undo history records no empty steps) and
 * shares untouched fields with its input (so the deck is recompiled only when sections, theme,
 * cover or comparison change).
 */
import type { Deck } from '../deck/types';
import type { Report } from '../report/schema';
import { baseId, goneIds, namedIds, resolveOrder, sectionOfSlideId } from './apply';
import { reportHash } from './hash';
import { type Briefing, CONTROL_CHARS, MAX_DATE_LINE_CHARS } from './schema';

export type CoverField = keyof Briefing['cover'];
export const COVER_FIELDS: readonly CoverField[] = ['title', 'presenter', 'meeting', 'date'];

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.trunc(n)));

/** Leaves a slide out of the deck, or brings it back. */
export function setIncluded(b: Briefing, id: string, included: boolean): Briefing {
  const has = b.excluded.includes(id);
  if (included !== has) return b;
  return { ...b, excluded: included ? b.excluded.filter((x) => x !== id) : [...b.excluded, id] };
}

/**
 * Marks a slide as a backup (skipped when advancing, reachable by number and search) or not.
 * `hiddenInDeck`: the deck makes it a backup by default (a livelihood project's detail slide);
 * un-marking such a slide lists it in `shown`.
 */
export function setBackup(b: Briefing, id: string, backup: boolean, hiddenInDeck: boolean): Briefing {
  const without = (list: string[]) => (list.includes(id) ? list.filter((x) => x !== id) : list);
  const withIt = (list: string[]) => (list.includes(id) ? list : [...list, id]);
  const next = hiddenInDeck
    ? { backup: without(b.backup), shown: backup ? without(b.shown) : withIt(b.shown) }
    : { backup: backup ? withIt(b.backup) : without(b.backup), shown: without(b.shown) };
  return next.backup === b.backup && next.shown === b.shown ? b : { ...b, ...next };
}

/**
 * Moves a slide (base id) to position `to` among the slides of the deck (`deckOrder`: the base
 * ids of the deck compiled from the briefing's sections, excluded slides included). Ids of
 * sections left out keep their places in the stored order.
 */
export function moveSlide(b: Briefing, id: string, to: number, deckOrder: readonly string[]): Briefing {
  const inDeck = new Set(deckOrder);
  const full = resolveOrder(b.order, deckOrder);
  const visible = full.filter((x) => inDeck.has(x));
  const from = visible.indexOf(id);
  if (from < 0 || visible.length < 2) return b;
  const target = clamp(to, visible.length - 1);
  if (target === from) return b;
  const rest = full.filter((x) => x !== id);
  const restVisible = visible.filter((x) => x !== id);
  const at =
    target < restVisible.length
      ? rest.indexOf(restVisible[target]!)
      : rest.indexOf(restVisible[restVisible.length - 1]!) + 1;
  rest.splice(at, 0, id);
  return { ...b, order: rest };
}

/** Includes a report section or leaves it out. One brought back returns at its report position. */
export function setSectionIncluded(
  b: Briefing,
  id: string,
  included: boolean,
  reportSections: readonly string[],
): Briefing {
  const has = b.sections.includes(id);
  if (included === has) return b;
  if (!included) return { ...b, sections: b.sections.filter((s) => s !== id) };
  if (!reportSections.includes(id)) return b;
  // After the nearest section before it in the report that is included.
  const mine = reportSections.indexOf(id);
  let at = 0;
  for (let k = mine - 1; k >= 0; k--) {
    const i = b.sections.indexOf(reportSections[k]!);
    if (i >= 0) {
      at = i + 1;
      break;
    }
  }
  const sections = [...b.sections];
  sections.splice(at, 0, id);
  return { ...b, sections };
}

/**
 * Moves an included section to position `to`. Its slides move with it, as a block, in the stored
 * order: before the first slide of the section now after it, else after the last slide of the
 * section now before it (slides the user moved elsewhere by hand go with the block).
 */
export function moveSection(b: Briefing, id: string, to: number): Briefing {
  const from = b.sections.indexOf(id);
  if (from < 0) return b;
  const target = clamp(to, b.sections.length - 1);
  if (target === from) return b;
  const sections = moved(b.sections, from, target);
  const mine = b.order.filter((x) => sectionOfSlideId(x) === id);
  if (mine.length === 0) return { ...b, sections };
  const rest = b.order.filter((x) => sectionOfSlideId(x) !== id);
  let at = -1;
  for (const next of sections.slice(target + 1)) {
    at = rest.findIndex((x) => sectionOfSlideId(x) === next);
    if (at >= 0) break;
  }
  if (at < 0) {
    for (const prev of sections.slice(0, target).reverse()) {
      const k = rest.findLastIndex((x) => sectionOfSlideId(x) === prev);
      if (k >= 0) {
        at = k + 1;
        // Its backups follow the closing slide (the deck's appendix): go before the closing.
        const closing = rest.indexOf('closing');
        if (closing >= 0 && closing < at && rest.findIndex((x) => sectionOfSlideId(x) === prev) < closing) at = closing;
        break;
      }
    }
  }
  if (at < 0) {
    // No other section has slides in the order: before the closing slide, else at the end.
    at = rest.indexOf('closing');
    if (at < 0) at = rest.length;
  }
  rest.splice(at, 0, ...mine);
  return { ...b, sections, order: rest };
}

/** Sets a slide's notes (by its own id, a part's included); undefined restores the deck's. */
export function setNote(b: Briefing, slideId: string, text: string | undefined): Briefing {
  if (text === undefined) {
    if (!(slideId in b.notes)) return b;
    const { [slideId]: _dropped, ...notes } = b.notes;
    return { ...b, notes };
  }
  if (b.notes[slideId] === text) return b;
  return { ...b, notes: { ...b.notes, [slideId]: text } };
}

/** Sets a cover field; an empty value restores the report's wording. */
export function setCover(b: Briefing, field: CoverField, value: string): Briefing {
  if (value === '') {
    if (b.cover[field] === undefined) return b;
    const { [field]: _dropped, ...cover } = b.cover;
    return { ...b, cover };
  }
  if (b.cover[field] === value) return b;
  return { ...b, cover: { ...b.cover, [field]: value } };
}

/** Back to the whole report: every section and slide, the deck's notes and cover. */
export function resetContent(b: Briefing, fresh: Briefing): Briefing {
  return {
    ...fresh,
    theme: b.theme,
    ...(b.compareWith ? { compareWith: b.compareWith } : {}),
    ...(b.watermark ? { watermark: b.watermark } : {}),
    ...(b.targetMinutes ? { targetMinutes: b.targetMinutes } : {}),
    ...(b.dateLine ? { dateLine: b.dateLine } : {}),
  };
}

/**
 * Sets the PDF date line: trimmed, without control characters, at most MAX_DATE_LINE_CHARS (so the
 * briefing stays valid); empty or undefined removes it.
 */
export function setDateLine(b: Briefing, dateLine: string | undefined): Briefing {
  let text = (dateLine ?? '').replace(CONTROL_CHARS, '').trim();
  // Whole code points only: never half of a surrogate pair.
  while (text.length > MAX_DATE_LINE_CHARS) text = [...text].slice(0, -1).join('');
  const line = text.trim() || undefined;
  if (b.dateLine === line) return b;
  const { dateLine: _old, ...rest } = b;
  return line ? { ...rest, dateLine: line } : rest;
}

/**
 * The briefing as written to disk: pointing at the report (and comparison) it now applies to,
 * without ids of slides that are gone (the user was told when it was opened), with the titles
 * of the slides it names, and the time. `deck` is the deck compiled from the briefing.
 */
export function briefingForSave(
  b: Briefing,
  report: Report,
  compareWith: Report | undefined,
  deck: Deck,
  now: Date = new Date(),
): Briefing {
  const gone = new Set(goneIds(deck, b, report));
  const keep = (list: string[]) => list.filter((id) => !gone.has(id));
  const notes = Object.fromEntries(Object.entries(b.notes).filter(([id]) => !gone.has(id)));
  const pruned: Briefing = {
    ...b,
    order: keep(b.order),
    excluded: keep(b.excluded),
    backup: keep(b.backup),
    shown: keep(b.shown),
    notes,
  };
  const titleOf = new Map(deck.slides.map((s) => [s.id, s.title]));
  const titles: Record<string, string> = {};
  for (const id of namedIds(pruned)) {
    const title = titleOf.get(id) ?? titleOf.get(baseId(id)) ?? b.titles?.[id];
    if (title !== undefined) titles[id] = title.slice(0, 200);
  }
  const { compareWith: _cmp, ...rest } = pruned;
  return {
    ...rest,
    report: { id: report.id, hash: reportHash(report), title: report.title.slice(0, 200) },
    ...(b.compareWith
      ? {
          compareWith:
            compareWith && compareWith.id === b.compareWith.id
              ? { id: compareWith.id, hash: reportHash(compareWith) }
              : b.compareWith,
        }
      : {}),
    titles,
    updatedAt: now.toISOString(),
  };
}
