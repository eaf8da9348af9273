// What an export contains, decided in the export dialog: the briefing's deck with or without its
// backup slides, and the one-line summary the dialog shows before anything is written.
import { numberSlides } from '../../../core/deck/frame';
import type { Deck } from '../../../core/deck/types';
import type { ExportFormat } from '../../../core/export/names';
import { notoSansScMetrics } from '../../../core/fonts/metrics';
import { T } from '../i18n';

/** The deck without its backup slides, numbered again (page numbers follow what is exported). */
export function withoutBackups(deck: Deck): Deck {
  if (!deck.slides.some((s) => s.hidden)) return deck;
  return {
    ...deck,
    slides: numberSlides(
      deck.slides.filter((s) => !s.hidden),
      notoSansScMetrics,
    ),
  };
}

export interface ExportCounts {
  /** Slides of the briefing's deck, backups included. */
  slides: number;
  backups: number;
  /** Slides of the report's chosen sections that the briefing leaves out. */
  leftOut: number;
}

export function exportCounts(deck: Deck, compiled: Deck | undefined): ExportCounts {
  const backups = deck.slides.filter((s) => s.hidden).length;
  return {
    slides: deck.slides.length,
    backups,
    leftOut: Math.max(0, (compiled?.slides.length ?? 0) - deck.slides.length),
  };
}

/** Whether the format writes slides (the memo is written from the report's text). */
export function exportsSlides(format: ExportFormat): boolean {
  return format !== 'memo';
}

/** What the dialog says will be exported, e.g. "将导出 49 页：34 页放映，15 页备用；未选的 2 页不导出". */
export function exportSummary(format: ExportFormat, c: ExportCounts, includeBackups: boolean): string {
  const S = T.exporting.summary;
  if (!exportsSlides(format)) return S.memo;
  const backups = includeBackups ? c.backups : 0;
  const parts = [S.slides(c.slides - c.backups + backups, c.slides - c.backups, backups)];
  if (c.backups > 0 && !includeBackups) parts.push(S.backupsOut(c.backups));
  if (c.leftOut > 0) parts.push(S.leftOut(c.leftOut));
  return parts.join('；');
}
