/**
 * Opening report files in main and watching the open one. When the file is saved again, the deck
 * reloads; an invalid save shows its errors and keeps the last good deck (the renderer does that
 * with the errors we send); a half-written file (an editor mid-save: empty, cut short, or briefly
 * missing during a rename) is retried before it is reported as broken.
 */
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadReportFile } from '../../core/node/report-file';
import type { LoadResult } from '../../core/report/load';

export interface OpenedReport {
  file: string;
  result: LoadResult;
}

export function openReportFile(path: string): OpenedReport {
  return { file: path, result: loadReportFile(path, { provenance: 'warning' }) };
}

/**
 * Whether a failed load looks like a file caught in the middle of being written: unreadable or
 * briefly missing, empty, cut short, or cut inside a multi-byte character (which reads as "not
 * UTF-8"; a file that really is GBK is then reported after the retries, a second or two late).
 */
export function looksHalfWritten(result: LoadResult): boolean {
  if (result.ok) return false;
  return result.errors.every(
    (p) =>
      p.code === 'file-unreadable' ||
      p.code === 'not-utf8' ||
      (p.code === 'json-syntax' && (/end of file|意外结束|empty|空的/.test(p.message.en + p.message.zh))),
  );
}

/**
 * Watches the file's folder, not the file: an editor that saves by writing a temp file and
 * renaming it over the report (and writeFileAtomic) replaces the file, and a watcher on the old
 * file would never fire again.
 */
export function watchFileInFolder(path: string, listener: () => void): Pick<FSWatcher, 'close'> {
  const name = basename(path);
  const w = fsWatch(dirname(path), { persistent: false }, (_event, changed) => {
    // Some platforms do not say which file changed: then it may have been ours.
    if (changed === null || changed === undefined || changed.toString() === name) listener();
  });
  // A watcher error (the folder deleted, a network drive gone) must not crash main.
  w.on('error', () => {});
  return w;
}

export interface WatchOptions {
  /** Wait after the last change before reading, ms (editors write in bursts). */
  debounceMs?: number;
  /** Retries of a half-written file, and the wait between them, ms. */
  retries?: number;
  retryDelayMs?: number;
  /** Injected for tests. */
  load?: (path: string) => OpenedReport;
  watch?: (path: string, listener: () => void) => Pick<FSWatcher, 'close'>;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_RETRIES = 6;
export const DEFAULT_RETRY_DELAY_MS = 250;

/**
 * Watches one report file; calls onReload with each new load result (valid or not, but never a
 * half-written one unless it stays broken through every retry). Returns a stop function.
 */
export function watchReport(path: string, onReload: (opened: OpenedReport) => void, options: WatchOptions = {}): () => void {
  const load = options.load ?? openReportFile;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const setT = options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearT = options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const startWatch = options.watch ?? watchFileInFolder;

  let timer: unknown;
  let stopped = false;
  let generation = 0;

  const attempt = (gen: number, left: number) => {
    if (stopped || gen !== generation) return;
    const opened = load(path);
    if (looksHalfWritten(opened.result) && left > 0) {
      timer = setT(() => attempt(gen, left - 1), retryDelayMs);
      return;
    }
    onReload(opened);
  };

  const changed = () => {
    if (stopped) return;
    generation++;
    if (timer !== undefined) clearT(timer);
    const gen = generation;
    timer = setT(() => attempt(gen, retries), debounceMs);
  };

  let watcher: Pick<FSWatcher, 'close'> | undefined;
  try {
    watcher = startWatch(path, changed);
  } catch {
    // Not watchable (e.g. removed already): the open deck stays; nothing to reload.
    watcher = undefined;
  }
  return () => {
    stopped = true;
    if (timer !== undefined) clearT(timer);
    watcher?.close();
  };
}
