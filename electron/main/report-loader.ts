/**
 * Loading reports off the main process's thread. Reading, decoding, parsing, validating and
 * checking quotes run in a separate process (Electron's utilityProcess, or a worker thread in
 * tests), so a hostile file — 77 s of validation before positioning was linear — cannot freeze
 * every window while the watcher reloads it on each save: main keeps answering IPC meanwhile.
 * Each load has a time budget; past it the process is killed and the user told why.
 *
 * One process per load: loads are rare (an open, a save), a fresh process starts in tens of
 * milliseconds, and killing it is the only sure way to stop a runaway load.
 */
import type { LoadResult } from '../../core/report/load';
import { problem, type Problem, type Severity } from '../../core/report/problems';
import type { OpenedReport } from './report-watch';

/** What the loading process is sent. */
export interface LoadRequest {
  path: string;
  provenance: Severity;
}

/** A process or thread that runs report-load-worker.ts: the few calls used of either. */
export interface LoaderProcess {
  postMessage(message: LoadRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The process ended (crashed, killed, out of memory) or could not start. */
  onExit(listener: (reason: string) => void): void;
  kill(): void;
}

export interface OffThreadOptions {
  start: () => LoaderProcess;
  /** Longest a load may take, ms. */
  budgetMs?: number;
  provenance?: Severity;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/**
 * Long enough for the largest report at the limits on a slow machine (load ≤ 0.3 s measured at
 * the limits, 1 MB of 70,000 problems ≈ 0.4 s: tests/bench), short enough that a stuck load is
 * reported while the user still waits for it.
 */
export const LOAD_BUDGET_MS = 15_000;

function failed(path: string, message: Problem['message'], hint: Problem['hint']): OpenedReport {
  return {
    file: path,
    result: {
      ok: false,
      warnings: [],
      errors: [problem('error', 'file-unreadable', path, { line: 1, column: 1 }, '', message, hint)],
    },
  };
}

/** A reply is a LoadResult if it has the shape of one (it comes from our own worker). */
function isLoadResult(m: unknown): m is LoadResult {
  if (m === null || typeof m !== 'object') return false;
  const r = m as { ok?: unknown; errors?: unknown; warnings?: unknown; report?: unknown };
  return Array.isArray(r.warnings) && (r.ok === true ? typeof r.report === 'object' : Array.isArray(r.errors));
}

/** A loader with the signature of openReportFile that runs each load in a fresh process. */
export function offThreadLoader(options: OffThreadOptions): (path: string) => Promise<OpenedReport> {
  const budgetMs = options.budgetMs ?? LOAD_BUDGET_MS;
  const setT = options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearT = options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const provenance = options.provenance ?? 'warning';

  return (path) =>
    new Promise<OpenedReport>((resolveLoad) => {
      let done = false;
      let child: LoaderProcess | undefined;
      const finish = (opened: OpenedReport) => {
        if (done) return;
        done = true;
        clearT(timer);
        try {
          child?.kill();
        } catch {
          // Already gone.
        }
        resolveLoad(opened);
      };
      // finish runs only after this is set: from the timer, a reply, or a failed start below.
      const timer: unknown = setT(
        () =>
          finish(
            failed(
              path,
              {
                zh: `检查此报告用时超过 ${budgetMs / 1000} 秒，已停止；报告未打开。`,
                en: `Checking this report took longer than ${budgetMs / 1000} s and was stopped; it was not opened.`,
              },
              {
                zh: '文件可能不是报告，或过于复杂：检查是否选错了文件，或拆分为多个报告。',
                en: 'It may not be a report, or be far too complex: check that this is the right file, or split it.',
              },
            ),
          ),
        budgetMs,
      );
      const internal = (why: string) =>
        finish(
          failed(
            path,
            {
              zh: `无法读取此报告（检查进程意外结束：${why}）。`,
              en: `This report could not be read (the checking process ended: ${why}).`,
            },
            {
              zh: '再打开一次；如仍不行，请将此文件发给开发人员。',
              en: 'Open it again; if that fails, please send the file to the developers.',
            },
          ),
        );
      try {
        child = options.start();
      } catch (e) {
        internal(e instanceof Error ? e.message : String(e));
        return;
      }
      child.onMessage((m) => {
        if (isLoadResult(m)) finish({ file: path, result: m });
        else internal('malformed reply');
      });
      child.onExit((reason) => internal(reason));
      child.postMessage({ path, provenance });
    });
}
