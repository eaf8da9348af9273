/**
 * Printing (Ctrl+P, 打印讲义): the renderer hands over the handout PDF core made (the export
 * dialog's 讲义 PDF); it is written to a fresh temporary folder and opened in the system's PDF
 * viewer, whose print dialog prints it. The app's own windows have no PDF plugin (window-prefs),
 * so they cannot show or print a PDF themselves. File system and shell are passed in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeErrorMessage } from '../../core/node/atomic-write';
import type { SaveOutcome } from './export-save';

export interface PrintDeps {
  /** The system temporary folder (app.getPath('temp')). */
  tempDir: string;
  /** shell.openPath: resolves to '' on success, else the error text. */
  openPath(path: string): Promise<string>;
  write?: (path: string, bytes: Uint8Array) => void;
}

export async function openPdfForPrinting(bytes: Uint8Array, fileName: string, deps: PrintDeps): Promise<SaveOutcome> {
  let path: string;
  try {
    // The name was validated by the IPC schema (no separators); basename keeps it in the folder.
    path = join(mkdtempSync(join(deps.tempDir, 'govbrief-print-')), basename(fileName));
    (deps.write ?? writeFileSync)(path, bytes);
  } catch (e) {
    return { ok: false, cancelled: false, message: writeErrorMessage(e, deps.tempDir) };
  }
  const error = await deps.openPath(path);
  if (error) return { ok: false, cancelled: false, message: { zh: `无法打开打印用的 PDF：${error}`, en: error } };
  return { ok: true, path };
}
