/**
 * One entry for every export: report → deck → file bytes, the same steps for the CLI (Node) and
 * the app's export worker. Fonts are passed in (the CLI reads them from disk, the worker fetches
 * them from the app's own assets).
 */
import type { ThemeId } from '../deck/themes';
import type { Deck } from '../deck/types';
import type { Report } from '../report/schema';
import { exportFileName, type ExportFormat } from './names';
import type { HandoutsPerPage } from './pdf/per-page';
import { makeDeck } from '../pipeline/make-deck';

export interface ExportJob {
  format: ExportFormat;
  report: Report;
  compareWith?: Report;
  theme?: ThemeId;
  /** Handouts: slides per page. */
  perPage?: number;
  /** PDF: diagonal text on every page, e.g. "内部资料". */
  watermark?: string;
  /** PDF: a date line, e.g. "2025年3月5日印发" (page headers, the memo's title block, under the first slide). */
  dateLine?: string;
  /** PPTX: the font named in the file. */
  fontFace?: string;
  /** PDF: the deck font's TrueType bytes. */
  fonts?: { regular: Uint8Array; bold: Uint8Array };
  onProgress?: (done: number, total: number, title: string) => void;
  /**
   * A deck already compiled from this report (e.g. a briefing); compiled here if absent. The
   * memo, written from the report, follows its sections (which, in what order).
   */
  deck?: Deck;
}

/** The report with only the sections the deck has, in the deck's order (for the memo). */
function reportForDeck(report: Report, deck: Deck): Report {
  const byId = new Map(report.sections.map((s) => [s.id, s]));
  return { ...report, sections: deck.sections.flatMap((s) => (byId.has(s.id) ? [byId.get(s.id)!] : [])) };
}

export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  deck: Deck;
  ms: number;
  /** Things the exporter could not do exactly (e.g. a character the font lacks). */
  warnings: string[];
}

export async function runExport(job: ExportJob): Promise<ExportResult> {
  const started = Date.now();
  const deck =
    job.deck ??
    makeDeck({
      report: job.report,
      ...(job.theme ? { theme: job.theme } : {}),
      ...(job.compareWith ? { compareWith: job.compareWith } : {}),
    }).deck;
  const progress = (done: number, total: number) => job.onProgress?.(done, total, deck.slides[done - 1]?.title ?? '');
  let bytes: Uint8Array;
  const warnings: string[] = [];
  switch (job.format) {
    case 'pptx': {
      // Each exporter is loaded when its format is asked for: a PDF export never loads pptxgenjs.
      const { exportPptx } = await import('./pptx');
      bytes = (await exportPptx(deck, { onProgress: progress, ...(job.fontFace ? { fontFace: job.fontFace } : {}) }))
        .bytes;
      break;
    }
    case 'pdf':
    case 'handout':
    case 'notes':
    case 'memo': {
      if (!job.fonts) throw new Error('PDF export needs the deck font (fonts.regular, fonts.bold)');
      const { exportPdf, PDF_FORMATS } = await import('./pdf');
      const pdf = await exportPdf(deck, {
        layout: PDF_FORMATS[job.format],
        fonts: job.fonts,
        report: job.deck ? reportForDeck(job.report, job.deck) : job.report,
        ...(job.compareWith ? { compareWith: job.compareWith } : {}),
        ...(job.perPage ? { perPage: job.perPage as HandoutsPerPage } : {}),
        ...(job.watermark ? { watermark: job.watermark } : {}),
        ...(job.dateLine ? { dateLine: job.dateLine } : {}),
        onProgress: progress,
      });
      bytes = pdf.bytes;
      warnings.push(...pdf.report.warnings);
      break;
    }
  }
  return { bytes, fileName: exportFileName(deck.meta.title, job.format), deck, ms: Date.now() - started, warnings };
}
