/**
 * Briefing files in main: the autosave of each report's briefing in userData (one file per
 * report id, written atomically so a crash mid-save keeps the previous one), and Save/Open
 * briefing through the dialogs. Main only moves text and bytes; the renderer validates a
 * briefing with its schema (positioned errors) before using it. File system and dialogs are
 * passed in, so this is tested without Electron.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeErrorMessage, writeFileAtomic } from '../../core/node/atomic-write';
import { ReadRefused, readRegularFileOrThrow } from '../../core/node/regular-file';

/** Autosaves live in userData/briefings/<report id>.govbrief.json. */
export function autosavePath(userData: string, reportId: string): string {
  // The id was checked by the IPC schema ([a-z0-9-]); basename keeps it in the folder regardless.
  return join(userData, 'briefings', `${basename(reportId)}.govbrief.json`);
}

export interface BriefingFs {
  read(path: string): Uint8Array;
  size(path: string): number;
  write(path: string, bytes: Uint8Array): void;
  mkdir(path: string): void;
}

/** Larger than any real briefing; a bigger file is not read (a renderer cannot make main load a disk image). */
export const MAX_BRIEFING_FILE_BYTES = 16 * 1024 * 1024;

export function nodeBriefingFs(mkdir: (path: string) => void): BriefingFs {
  return {
    // Only a regular file, never more than the limit: a FIFO or /dev/zero would hang main.
    read: (p) => readRegularFileOrThrow(p, MAX_BRIEFING_FILE_BYTES),
    size: (p) => statSync(p).size,
    write: (p, b) => writeFileAtomic(p, b),
    mkdir,
  };
}

/** The autosaved text, or undefined when there is none or it cannot be read (start afresh). */
export function loadAutosave(userData: string, reportId: string, fs: BriefingFs): string | undefined {
  const path = autosavePath(userData, reportId);
  try {
    if (fs.size(path) > MAX_BRIEFING_FILE_BYTES) return undefined;
    return new TextDecoder().decode(fs.read(path));
  } catch {
    return undefined;
  }
}

/** Writes the autosave atomically; false when it could not (the editor says so). */
export function saveAutosave(
  userData: string,
  reportId: string,
  text: string,
  fs: BriefingFs,
  log: (m: string) => void = () => {},
): boolean {
  const path = autosavePath(userData, reportId);
  try {
    fs.mkdir(join(path, '..'));
    fs.write(path, new TextEncoder().encode(text));
    return true;
  } catch (e) {
    log(`briefing autosave not written: ${writeErrorMessage(e, path).en}`);
    return false;
  }
}

export interface BriefingDialogs {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  defaultDir: string;
}

const FILTERS = [{ name: '演示方案（.govbrief.json）', extensions: ['json'] }];

export type SaveBriefingOutcome =
  | { ok: true; path: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: { zh: string; en: string } };

export async function saveBriefingAs(
  text: string,
  fileName: string,
  dialogs: BriefingDialogs,
  fs: BriefingFs,
): Promise<SaveBriefingOutcome> {
  const choice = await dialogs.showSaveDialog({ defaultPath: join(dialogs.defaultDir, fileName), filters: FILTERS });
  if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
  const lower = choice.filePath.toLowerCase();
  const path = lower.endsWith('.govbrief.json')
    ? choice.filePath
    : lower.endsWith('.json')
      ? `${choice.filePath.slice(0, -5)}.govbrief.json`
      : `${choice.filePath}.govbrief.json`;
  try {
    fs.write(path, new TextEncoder().encode(text));
    return { ok: true, path };
  } catch (e) {
    return { ok: false, cancelled: false, message: writeErrorMessage(e, path) };
  }
}

export type OpenBriefingOutcome =
  { file: string; bytes: Uint8Array } | { file: string; error: { zh: string; en: string } } | undefined;

/**
 * The open dialog, then the file's bytes (the renderer decodes and validates them, so an encoding
 * or syntax problem is reported with its position); a file too large or unreadable is a message.
 */
export async function openBriefingFile(dialogs: BriefingDialogs, fs: BriefingFs): Promise<OpenBriefingOutcome> {
  const choice = await dialogs.showOpenDialog({ defaultPath: dialogs.defaultDir, filters: FILTERS });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return undefined;
  return readBriefingFile(path, fs);
}

/**
 * A briefing file's bytes for the renderer (from the open dialog, or handed over from outside:
 * the command line, a double-click); a file too large or unreadable is a message.
 */
export function readBriefingFile(path: string, fs: BriefingFs): NonNullable<OpenBriefingOutcome> {
  const file = basename(path);
  try {
    if (fs.size(path) > MAX_BRIEFING_FILE_BYTES)
      return { file, error: { zh: '文件过大，不是演示方案。', en: 'The file is too large to be a briefing.' } };
    return { file, bytes: fs.read(path) };
  } catch (e) {
    if (e instanceof ReadRefused)
      return { file, error: { zh: `无法读取文件：${e.reason.zh}。`, en: `Cannot read the file: ${e.reason.en}.` } };
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { file, error: { zh: `无法读取文件（${code}）。`, en: `Cannot read the file (${code}).` } };
  }
}
