/**
 * PDF export: `exportPdf(deck, options)` → the PDF bytes and a small report.
 *
 * Layouts:
 *   - 'slides'   one 960×540 pt page per slide, drawn exactly as on screen (the deck's boxes,
 *                fitted sizes, lines and colours; charts as vector shapes from the deck geometry);
 *   - 'handouts' A4 portrait, 1/2/3/4/6 slides per page (3: ruled note lines beside each slide),
 *                header with the deck title, footer "第 x 页 / 共 y 页";
 *   - 'notes'    A4 notes pages: the slide above its speaker notes (continued when long);
 *   - 'memo'     简报: an A4 document written from the report itself (options.report).
 * Every layout embeds Noto Sans SC Regular and Bold as TrueType subsets (Type0/CIDFontType2,
 * Identity-H; never Type 3), has bookmarks, document properties and /Lang zh-CN, and may add a
 * diagonal watermark and a date line.
 *
 * Pure: the fonts come in as bytes and nothing is read or written, so this runs in Node (CLI,
 * Electron main, tests) and in a Web Worker alike. Node callers get the font bytes from
 * core/node/fonts-bytes.ts (readExportFonts).
 */
import type { Deck } from '../deck/types';
import { notoSansScMetrics, type FontMetrics } from '../fonts/metrics';
import type { Report } from '../report/schema';
import type { ExportFontBytes } from './fonts';
import { DisplayList } from './pdf/display-list';
import { HANDOUTS_PER_PAGE, type HandoutsPerPage, layoutHandouts, layoutNotes, layoutSlides } from './pdf/deck-layouts';
import { layoutMemo } from './pdf/memo';
import { drawPageNumbers, drawWatermarks } from './pdf/paper';
import { type JsPdfMode, writePdf } from './pdf/write';

export type { ExportFontBytes } from './fonts';
export type { JsPdfMode } from './pdf/write';
export { HANDOUTS_PER_PAGE, type HandoutsPerPage } from './pdf/deck-layouts';

export type PdfLayout = 'slides' | 'handouts' | 'notes' | 'memo';
export const PDF_LAYOUTS: readonly PdfLayout[] = ['slides', 'handouts', 'notes', 'memo'];

/** The CLI's `--format` values and the layouts they mean. */
export const PDF_FORMATS = {
  pdf: 'slides',
  handout: 'handouts',
  notes: 'notes',
  memo: 'memo',
} as const satisfies Record<string, PdfLayout>;
export type PdfFormat = keyof typeof PDF_FORMATS;

export interface PdfExportOptions {
  layout: PdfLayout;
  /** Noto Sans SC Regular and Bold, TrueType bytes (the metrics the deck was laid out with). */
  fonts: ExportFontBytes;
  /** Handouts: slides per page (default 3). */
  perPage?: HandoutsPerPage;
  /**
   * Print the hidden (backup) slides, marked with `hiddenTag`, and on handouts and notes pages the
   * closing slide. Default: true for 'slides' (the PDF is the deck); false for 'handouts' and
   * 'notes', which the audience and presenter read as the talk itself (backups are for questions,
   * and a page of "谢谢！" wastes paper).
   */
  includeHidden?: boolean;
  /** Tag drawn on hidden slides (default "备用"). */
  hiddenTag?: string;
  /** Diagonal light-grey text on every page, e.g. "内部资料". */
  watermark?: string;
  /** A date line, e.g. "2025年3月5日印发": in the page header of paper layouts, the memo's title block, under the first slide. */
  dateLine?: string;
  /** Memo: the report to write from (required for 'memo'). */
  report?: Report;
  /** Memo: a second report whose targets are set beside this one's (matched by key). */
  compareWith?: Report;
  /** Metrics the deck was laid out with (default Noto Sans SC). */
  metrics?: FontMetrics;
  /** Extra keywords for the document properties. */
  keywords?: readonly string[];
  /** /CreationDate (default: now). Pass one for reproducible output. */
  creationDate?: Date;
  /** /ID as 32 hex digits (default: random). Pass one for reproducible output. */
  fileId?: string;
  /** Comparison runs only (bench/tests): how jsPDF embeds the fonts (see JsPdfMode in pdf/write.ts). */
  jsPdfMode?: JsPdfMode;
  /** Progress while the pages are written: (pages done, total pages). */
  onProgress?: (done: number, total: number) => void;
  /** Clock for report.ms (default performance.now). */
  now?: () => number;
}

export interface PdfExportReport {
  pages: number;
  /** e.g. "slides", "handouts-3", "notes", "memo". */
  layout: string;
  warnings: string[];
  /** Wall time of the export, ms. */
  ms: number;
}

export interface PdfExportResult {
  bytes: Uint8Array;
  report: PdfExportReport;
}

export const PDF_CREATOR = 'GovBrief 政报演示';
const TITLE_SUFFIX: Record<PdfLayout, string> = {
  slides: '',
  handouts: '（讲义）',
  notes: '（备注页）',
  memo: '（简报）',
};

export class PdfExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfExportError';
  }
}

export async function exportPdf(deck: Deck, options: PdfExportOptions): Promise<PdfExportResult> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const metrics = options.metrics ?? notoSansScMetrics;
  const includeHidden = options.includeHidden ?? options.layout === 'slides';
  const hiddenTag = options.hiddenTag ?? '备用';
  const list = new DisplayList();
  const warnings: string[] = [];
  let layoutName: string = options.layout;
  const deckOptions = { metrics, includeHidden, hiddenTag, dateLine: options.dateLine };

  switch (options.layout) {
    case 'slides':
      layoutSlides(list, deck, deckOptions);
      break;
    case 'handouts': {
      const perPage = options.perPage ?? 3;
      if (!HANDOUTS_PER_PAGE.includes(perPage))
        throw new PdfExportError(
          `handouts: perPage must be one of ${HANDOUTS_PER_PAGE.join(', ')}, got ${String(perPage)}`,
        );
      layoutHandouts(list, deck, perPage, deckOptions);
      layoutName = `handouts-${perPage}`;
      break;
    }
    case 'notes':
      layoutNotes(list, deck, deckOptions);
      break;
    case 'memo':
      if (!options.report)
        throw new PdfExportError(
          'memo: options.report is required (the memo is written from the report, not the slides)',
        );
      // Headed with the deck's cover wording (a briefing's overrides), as the file is named.
      layoutMemo(list, {
        metrics,
        report: options.report,
        compareWith: options.compareWith,
        dateLine: options.dateLine,
        cover: deck.meta,
      });
      break;
    default:
      throw new PdfExportError(`unknown PDF layout: ${String((options as { layout: unknown }).layout)}`);
  }
  if (list.pages.length === 0) throw new PdfExportError('nothing to print: the deck has no (visible) slides');
  if (options.layout !== 'slides') drawPageNumbers(list, metrics);
  if (options.watermark) drawWatermarks(list, options.watermark, metrics);

  const meta = deck.meta;
  const keywords = [
    meta.region,
    `${meta.year}年`,
    '政府工作报告',
    ...deck.sections.map((s) => s.title).filter((t) => t !== '封面与目录' && t !== '结束'),
    ...(options.keywords ?? []),
  ];
  const written = writePdf(list, {
    fonts: options.fonts,
    metrics,
    properties: {
      title: meta.title + TITLE_SUFFIX[options.layout],
      subject: meta.subject,
      author: meta.author,
      keywords: [...new Set(keywords)].join('，'),
      creator: PDF_CREATOR,
    },
    language: meta.language,
    ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    ...(options.fileId ? { fileId: options.fileId } : {}),
    ...(options.jsPdfMode ? { jsPdfMode: options.jsPdfMode } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  warnings.push(...written.warnings);
  return { bytes: written.bytes, report: { pages: list.pages.length, layout: layoutName, warnings, ms: now() - t0 } };
}
