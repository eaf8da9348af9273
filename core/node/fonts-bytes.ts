/**
 * Node side of PDF export: the Noto Sans SC faces as bytes for `exportPdf(…, { fonts })`. The
 * export itself never reads files (it runs in a Web Worker too); Node callers (CLI, tests,
 * bench, Electron main) read the fonts here and pass them in.
 */
import type { ExportFontBytes } from '../export/fonts';
import { readNotoSansScFont, readNotoSansScFontAsync } from './font-files';

let cached: ExportFontBytes | undefined;
let pending: Promise<ExportFontBytes> | undefined;

/** Regular and Bold Noto Sans SC (TrueType, from node_modules), read once per process. */
export function readExportFonts(): ExportFontBytes {
  cached ??= { regular: readNotoSansScFont('regular'), bold: readNotoSansScFont('bold') };
  return cached;
}

/**
 * The same two faces, read in the background (the CLI starts this before loading the report and
 * compiling the deck, and awaits it only when the PDF is drawn). Shares the once-per-process cache.
 */
export function readExportFontsAsync(): Promise<ExportFontBytes> {
  if (cached) return Promise.resolve(cached);
  pending ??= Promise.all([readNotoSansScFontAsync('regular'), readNotoSansScFontAsync('bold')]).then(
    ([regular, bold]) => (cached ??= { regular, bold }),
  );
  return pending;
}
