/**
 * Undo/redo history of immutable values. A step with the same coalescing key as the one before
 * (typing in one note, one cover field) replaces that step instead of adding one, so undo takes
 * back the whole edit rather than one character. Capped: the oldest steps fall off.
 */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key of the last recorded step, if it may be merged with the next. */
  key: string | undefined;
}

export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], key: undefined };
}

export function record<T>(h: History<T>, next: T, key?: string, limit = HISTORY_LIMIT): History<T> {
  if (Object.is(next, h.present)) return h;
  if (key !== undefined && key === h.key) return { ...h, present: next, future: [] };
  const past = [...h.past, h.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], key };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return {
    past: h.past.slice(0, -1),
    present: h.past[h.past.length - 1]!,
    future: [h.present, ...h.future],
    key: undefined,
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1), key: undefined };
}
