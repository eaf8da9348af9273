/**
 * Node side of PDF export: the Noto Sans SC faces as bytes for `exportPdf(…, { fonts })`. The
 * export itself never reads files (it runs in a Web Worker too); Node callers (CLI, tests,
 * bench, Electron main) read the fonts here and pass them in.
 */
import type { ExportFontBytes } from '../export/fonts';
import { readNotoSansScFont } from './font-files';

let cached: ExportFontBytes | undefined;

/** Regular and Bold Noto Sans SC (TrueType, from node_modules), read once per process. */
export function readExportFonts(): ExportFontBytes {
  cached ??= { regular: readNotoSansScFont('regular'), bold: readNotoSansScFont('bold') };
  return cached;
}
