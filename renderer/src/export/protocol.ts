// Messages between the app and its export worker. The worker compiles the deck from the report
// and applies the briefing itself (the same pure core the CLI runs), so exports never block the
// slides on screen and every format follows the briefing.
import type { Briefing } from '../../../core/briefing/schema';
import type { ExportFormat } from '../../../core/export/names';
import type { Report } from '../../../core/report/schema';

/** What to export: the app's choice in the export panel. */
export interface ExportInput {
  format: ExportFormat;
  report: Report;
  compareWith: Report | undefined;
  /** Sections, slides, order, backups, notes, cover and theme of what is exported. */
  briefing: Briefing;
  /** Handouts: slides per page (1, 2, 3, 4 or 6). */
  perPage?: number;
  watermark?: string;
  /** PDF: a date line, e.g. "2025年3月5日印发". */
  dateLine?: string;
  /** false: the backup slides are left out of the file (default: in, as hidden/“备用” slides). */
  includeBackups?: boolean;
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
