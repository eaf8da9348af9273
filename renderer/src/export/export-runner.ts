// The export life cycle without React: one export at a time, progress from the worker, the bytes
// handed to the host's save, and a dispose() for when the window (or the view) goes away. The
// worker and the save are passed in, so the rules below are tested in Node with fakes
// (export-runner.one-at-a-time-and-dispose.test.ts); useExport only binds it to React state.
import type { ExportFormat } from '../../../core/export/names';
import type { SaveResult } from '../bridge/types';
import type { ExportInput, ExportRequest, ExportResponse } from './protocol';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; done: number; total: number }
  /** warnings: the exporter's, shown under "saved" (e.g. characters the font cannot draw). */
  | { kind: 'saved'; format: ExportFormat; fileName: string; path: string | undefined; ms: number; warnings: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export type { ExportInput };

/** What the runner needs of a Worker (a real one in the app, a fake in tests). */
export interface ExportWorker {
  postMessage(message: ExportRequest): void;
  addEventListener(type: 'message', listener: (e: { data: ExportResponse }) => void): void;
  removeEventListener(type: 'message', listener: (e: { data: ExportResponse }) => void): void;
  terminate(): void;
}

export interface ExportRunnerDeps {
  /** Made on the first export and kept for the next ones (starting a worker costs ~50 ms). */
  createWorker: () => ExportWorker;
  saveExport: (bytes: Uint8Array, fileName: string) => Promise<SaveResult>;
  /** Absolute URLs the worker fetches the deck font from (PDF formats). */
  fontUrls: ExportRequest['fontUrls'];
  onState: (state: ExportState) => void;
}

export interface ExportRunner {
  /** Starts an export; false (and nothing happens) when one is already running or saving. */
  run(input: ExportInput): boolean;
  readonly busy: boolean;
  /**
   * The window or view is closing: the worker is stopped mid-export, a result that was already
   * on its way is dropped, nothing is saved and no state is reported any more.
   */
  dispose(): void;
}

export function createExportRunner(deps: ExportRunnerDeps): ExportRunner {
  let worker: ExportWorker | undefined;
  let nextId = 1;
  // Busy from run() until the save has finished: a second export while the save dialog is open
  // would open a second dialog over the first.
  let busy = false;
  let disposed = false;
  const report = (state: ExportState) => {
    if (!disposed) deps.onState(state);
  };

  const finish = async (input: ExportInput, m: Extract<ExportResponse, { kind: 'done' }>) => {
    let saved: SaveResult;
    try {
      saved = await deps.saveExport(m.bytes, m.fileName);
    } catch (err) {
      busy = false;
      return report({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
    busy = false;
    if (saved.ok)
      report({
        kind: 'saved',
        format: input.format,
        fileName: m.fileName,
        path: saved.path,
        ms: m.ms,
        warnings: m.warnings,
      });
    else if (saved.cancelled) report({ kind: 'cancelled' });
    else report({ kind: 'failed', message: saved.message?.zh ?? '保存失败' });
  };

  return {
    get busy() {
      return busy;
    },
    run(input) {
      if (busy || disposed) return false;
      busy = true;
      worker ??= deps.createWorker();
      const w = worker;
      const id = nextId++;
      report({ kind: 'running', format: input.format, done: 0, total: 0 });
      const onMessage = (e: { data: ExportResponse }) => {
        const m = e.data;
        if (m.id !== id) return;
        // A message that was already queued when dispose() ran: drop it, save nothing.
        if (disposed) return w.removeEventListener('message', onMessage);
        if (m.kind === 'progress')
          return report({ kind: 'running', format: input.format, done: m.done, total: m.total });
        w.removeEventListener('message', onMessage);
        if (m.kind === 'failed') {
          busy = false;
          return report({ kind: 'failed', message: m.message });
        }
        void finish(input, m);
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ id, ...input, fontUrls: deps.fontUrls });
      return true;
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = undefined;
    },
  };
}
