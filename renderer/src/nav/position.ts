/**
 * Where the show is, counted as the audience sees it: backup (hidden) slides are not part of the
 * run, so "第 4 / 34 页" counts visible slides only and the backups are counted apart.
 */

export type ShowPosition =
  /** A slide of the run: its place among the visible slides. */
  | { kind: 'visible'; n: number; visible: number; backups: number }
  /** A backup slide reached by number or search: its place among the backups. */
  | { kind: 'backup'; n: number; visible: number; backups: number };

export function showPosition(hidden: readonly boolean[], index: number): ShowPosition {
  const visible = hidden.filter((h) => !h).length;
  const backups = hidden.length - visible;
  const before = hidden.slice(0, index + 1);
  if (hidden[index]) return { kind: 'backup', n: before.filter((h) => h).length, visible, backups };
  return { kind: 'visible', n: before.filter((h) => !h).length, visible, backups };
}

/** Whether index is the last slide of the run: advancing from it ends the show. */
export function isLastVisible(hidden: readonly boolean[], index: number): boolean {
  for (let k = index + 1; k < hidden.length; k++) if (!hidden[k]) return false;
  return true;
}
