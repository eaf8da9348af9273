/**
 * Saving exported bytes: the save dialog with a sensible default name and folder, then an atomic
 * write (temp file in the same folder, fsync, rename), so a failure never leaves half a file or
 * destroys the previous one. Dialog and file system are passed in.
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import { writeErrorMessage, writeFileAtomic } from '../../core/node/atomic-write';

export interface SaveDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  write?: (path: string, bytes: Uint8Array) => void;
  defaultDir: string;
  /**
   * Whether the window that asked for the export is gone (closed while the dialog was open).
   * Checked after the dialog and right before writing: then nothing is written and the save
   * counts as cancelled, since nobody is left to see where the file went or that it failed.
   */
  abandoned?: () => boolean;
}

export type SaveOutcome =
  | { ok: true; path: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: { zh: string; en: string } };

export async function saveExport(bytes: Uint8Array, fileName: string, deps: SaveDeps): Promise<SaveOutcome> {
  const ext = fileName.endsWith('.pptx') ? 'pptx' : 'pdf';
  const filters =
    ext === 'pptx'
      ? [{ name: 'PowerPoint 演示文稿', extensions: ['pptx'] }]
      : [{ name: 'PDF 文档', extensions: ['pdf'] }];
  const choice = await deps.showSaveDialog({ defaultPath: join(deps.defaultDir, fileName), filters });
  if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
  if (deps.abandoned?.()) return { ok: false, cancelled: true };
  const path = choice.filePath.toLowerCase().endsWith(`.${ext}`) ? choice.filePath : `${choice.filePath}.${ext}`;
  try {
    (deps.write ?? writeFileAtomic)(path, bytes);
    return { ok: true, path };
  } catch (e) {
    return { ok: false, cancelled: false, message: writeErrorMessage(e, path) };
  }
}

export function exportDirOf(path: string): string {
  return dirname(path);
}

/**
 * Stands in for the save dialog: picks `<dir>/<suggested file name>` without asking. For the
 * end-to-end tests only (GOVBRIEF_TEST_SAVE_DIR, honoured by an unpackaged app). The name was
 * validated by the IPC schema (no separators); basename keeps it inside dir regardless. A relative
 * dir is refused (treated as a cancelled dialog) rather than resolved against the working folder.
 */
export function saveDialogInto(dir: string): SaveDeps['showSaveDialog'] {
  return async ({ defaultPath }) =>
    isAbsolute(dir) ? { canceled: false, filePath: join(dir, basename(defaultPath)) } : { canceled: true };
}
