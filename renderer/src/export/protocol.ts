// Messages between the app and its export worker. The app sends the very deck it shows (made
// once by core/pipeline/make-deck.ts): the worker only writes the file, so exports never block the
// slides on screen, follow the briefing and cannot differ from the screen.
import type { Briefing } from '../../../core/briefing/schema';
import type { Deck } from '../../../core/deck/types';
import type { ExportFormat } from '../../../core/export/names';
import type { Report } from '../../../core/report/schema';

/** What to export: the app's choice in the export panel. */
export interface ExportInput {
  format: ExportFormat;
  report: Report;
  compareWith: Report | undefined;
  /** Sections, slides, order, backups, notes, cover and theme of what is exported. */
  briefing: Briefing;
  /** The briefing's deck as on screen (compiled from report and briefing by the app). */
  deck: Deck;
  /** Handouts: slides per page (1, 2, 3, 4 or 6). */
  perPage?: number;
  watermark?: string;
  /** PDF: a date line, e.g. "2025年3月5日印发". */
  dateLine?: string;
}

export interface ExportRequest extends ExportInput {
  id: number;
  /** Where the worker fetches the deck font for PDFs (same-origin asset URLs). */
  fontUrls: { regular: string; bold: string };
}

export type ExportResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  /** warnings: what the exporter could not do exactly (e.g. characters the font lacks), in Chinese. */
  | { id: number; kind: 'done'; bytes: Uint8Array; fileName: string; ms: number; warnings: string[] }
  | { id: number; kind: 'failed'; message: string };
