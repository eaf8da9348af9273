/**
 * Opening report files in main and watching the open one. When the file is saved again, the deck
 * reloads; an invalid save shows its errors and keeps the last good deck (the renderer does that
 * with the errors we send); a half-written file (an editor mid-save: empty, cut short, or briefly
 * missing during a rename) is retried before it is reported as broken.
 */
import { existsSync, statSync, watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadReportFile } from '../../core/node/report-file';
import type { LoadResult } from '../../core/report/load';

export interface OpenedReport {
  file: string;
  result: LoadResult;
}

/**
 * What is sent of a load: the report and its problems. The source text it was checked against
 * (up to 2 million characters) stays behind: the renderer shows the quotes, never the whole
 * text, so it is not sent with every open and every reload (nor out of the loader process).
 */
export function withoutSourceText(result: LoadResult): LoadResult {
  return result.ok ? { ...result, sourceText: undefined } : result;
}

/** A report file opened and validated here, once. */
export function openReportFile(path: string): OpenedReport {
  return { file: path, result: withoutSourceText(loadReportFile(path, { provenance: 'warning' })) };
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
      (p.code === 'json-syntax' && /end of file|意外结束|empty|空的/.test(p.message.en + p.message.zh)),
  );
}

/**
 * Watches the file's folder, not the file: an editor that saves by writing a temp file and
 * renaming it over the report (and writeFileAtomic) replaces the file, and a watcher on the old
 * file would never fire again.
 *
 * onError is called (once) when this watcher is no good any more: fs.watch reported an error
 * (Windows, network drives), or the watched folder itself was deleted or renamed away. On Linux a
 * deleted folder raises no error: the watcher reports an event named after the folder and then
 * goes silent; a folder renamed away is still watched under its new name, so saves there would
 * look like saves of the report. Both are caught by comparing the folder's identity (device and
 * inode) with the one watched.
 */
export function watchFileInFolder(
  path: string,
  listener: () => void,
  onError: (error: unknown) => void = () => {},
): Pick<FSWatcher, 'close'> {
  const name = basename(path);
  const folder = dirname(path);
  const folderName = basename(folder);
  const watched = folderIdentity(folder);
  if (watched === undefined)
    throw Object.assign(new Error(`ENOENT: no such folder, watch '${folder}'`), { code: 'ENOENT' });
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onError(error);
  };
  const w = fsWatch(folder, { persistent: false }, (_event, changed) => {
    const n = changed === null || changed === undefined ? undefined : changed.toString();
    // An event about the folder itself (or one that names nothing): is it still the folder we watch?
    if ((n === undefined || n === folderName) && folderIdentity(folder) !== watched) {
      fail(new Error(`the watched folder was deleted or moved: ${folder}`));
      return;
    }
    // Some platforms do not say which file changed: then it may have been ours.
    if (n === undefined || n === name) listener();
  });
  // A watcher error (the folder deleted, a network drive gone) must not crash main.
  w.on('error', fail);
  return w;
}

/** Device and inode of a folder, or undefined when there is none at that path. */
function folderIdentity(folder: string): string | undefined {
  try {
    const s = statSync(folder, { bigint: true });
    return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

export interface WatchOptions {
  /** Wait after the last change before reading, ms (editors write in bursts). */
  debounceMs?: number;
  /** Retries of a half-written file, and the wait between them, ms. */
  retries?: number;
  retryDelayMs?: number;
  /** While the report's folder is gone (or cannot be watched), how often to look for it again, ms. */
  folderPollMs?: number;
  /** How to load the file: openReportFile by default; off main's thread in the app (report-loader.ts). */
  load?: (path: string) => OpenedReport | Promise<OpenedReport>;
  /** Starts watching; calls onError when the watcher dies (it is then closed and re-armed later). */
  watch?: (path: string, listener: () => void, onError: (error: unknown) => void) => Pick<FSWatcher, 'close'>;
  /** Whether the folder exists. */
  exists?: (folder: string) => boolean;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_RETRIES = 6;
export const DEFAULT_RETRY_DELAY_MS = 250;
export const DEFAULT_FOLDER_POLL_MS = 1000;

/**
 * Watches one report file; calls onReload with each new load result (valid or not, but never a
 * half-written one unless it stays broken through every retry). Returns a stop function.
 *
 * A deleted file is reported (after the retries) with the loader's "file not found" error; the
 * renderer keeps the last good deck and shows it. When the folder itself goes away (deleted,
 * renamed, a sync tool or `git checkout` replacing it) or the watcher errors, the watcher is
 * closed and the folder is looked for every folderPollMs; once it is back the watcher is armed
 * again and the report reloaded once (it may have come back, or changed, while unwatched).
 */
export function watchReport(
  path: string,
  onReload: (opened: OpenedReport) => void,
  options: WatchOptions = {},
): () => void {
  const load = options.load ?? openReportFile;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const folderPollMs = options.folderPollMs ?? DEFAULT_FOLDER_POLL_MS;
  const setT = options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearT = options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const startWatch = options.watch ?? watchFileInFolder;
  const exists = options.exists ?? ((folder: string) => existsSync(folder));
  const folder = dirname(path);

  let timer: unknown;
  let pollTimer: unknown;
  let stopped = false;
  let generation = 0;
  let watcher: Pick<FSWatcher, 'close'> | undefined;
  /** Which watcher is current: events and errors from a closed one are ignored. */
  let armed = 0;

  const attempt = (gen: number, left: number) => {
    if (stopped || gen !== generation) return;
    const loaded = load(path);
    // Off the thread, the answer comes later: a save meanwhile (a newer generation) supersedes it.
    if (loaded instanceof Promise) void loaded.then((opened) => settle(gen, left, opened));
    else settle(gen, left, loaded);
  };

  const settle = (gen: number, left: number, opened: OpenedReport) => {
    if (stopped || gen !== generation) return;
    // The folder went without the watcher saying so (an event for the file came first, and a
    // platform that reports nothing for the folder): stop trusting the watcher, look for it.
    if (!opened.result.ok && watcher !== undefined && !exists(folder)) lost({ reload: false });
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

  const closeWatcher = () => {
    armed++;
    const w = watcher;
    watcher = undefined;
    try {
      w?.close();
    } catch {
      // Already dead.
    }
  };

  const schedulePoll = () => {
    if (stopped || pollTimer !== undefined) return;
    pollTimer = setT(() => {
      pollTimer = undefined;
      if (stopped) return;
      // Back: watch again and read it once, since nothing saw what happened meanwhile.
      if (exists(folder) && arm()) changed();
      else schedulePoll();
    }, folderPollMs);
  };

  /** The watcher died or the folder went away: stop watching and look for the folder instead. */
  const lost = ({ reload }: { reload: boolean }) => {
    if (stopped) return;
    closeWatcher();
    // The file went with its folder: read it (it will say "not found", after the retries).
    if (reload && !exists(folder)) changed();
    schedulePoll();
  };

  const arm = (): boolean => {
    const id = ++armed;
    let w: Pick<FSWatcher, 'close'>;
    try {
      w = startWatch(
        path,
        () => {
          if (id !== armed || stopped) return;
          // Any event may be the folder going (a deleted folder first reports its files).
          if (exists(folder)) changed();
          else lost({ reload: true });
        },
        () => {
          if (id === armed) lost({ reload: true });
        },
      );
    } catch {
      // Not watchable (e.g. the folder is gone already): the open deck stays; look again later.
      return false;
    }
    if (id !== armed || stopped) {
      // It failed (or we were stopped) while starting.
      try {
        w.close();
      } catch {
        // Already dead.
      }
      return false;
    }
    watcher = w;
    return true;
  };

  if (!arm()) schedulePoll();

  return () => {
    stopped = true;
    if (timer !== undefined) clearT(timer);
    if (pollTimer !== undefined) clearT(pollTimer);
    timer = undefined;
    pollTimer = undefined;
    closeWatcher();
  };
}
