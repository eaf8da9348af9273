// Runs exports in a Web Worker and hands the bytes to the host (download or save dialog).
// One export at a time: a second request while one runs is refused with a message.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../core/briefing/schema';
import type { ExportFormat } from '../../../core/export/names';
import type { Report } from '../../../core/report/schema';
import type { Bridge, SaveResult } from '../bridge/types';
import { FONT_URLS } from '../fonts';
import type { ExportRequest, ExportResponse } from './protocol';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; done: number; total: number }
  | { kind: 'saved'; format: ExportFormat; fileName: string; path: string | undefined; ms: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface ExportInput {
  format: ExportFormat;
  report: Report;
  compareWith: Report | undefined;
  briefing: Briefing;
  perPage?: number;
  watermark?: string;
}

function absolute(url: string): string {
  return new URL(url, location.href).toString();
}

export function useExport(bridge: Bridge) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const worker = useRef<Worker>(undefined);
  const nextId = useRef(1);
  // A ref, not the state: two run() calls in one tick (a double click, menu and key at once)
  // must not both start; React state would only show the first one after a render.
  const running = useRef(false);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = undefined;
    },
    [],
  );

  const run = useCallback(
    (input: ExportInput) => {
      if (running.current) return false;
      running.current = true;
      worker.current ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      const id = nextId.current++;
      const request: ExportRequest = { id, ...input, fontUrls: { regular: absolute(FONT_URLS.regular), bold: absolute(FONT_URLS.bold) } };
      setState({ kind: 'running', format: input.format, done: 0, total: 0 });
      const w = worker.current;
      const onMessage = async (e: MessageEvent<ExportResponse>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.kind === 'progress') return setState({ kind: 'running', format: input.format, done: m.done, total: m.total });
        w.removeEventListener('message', onMessage);
        running.current = false;
        if (m.kind === 'failed') return setState({ kind: 'failed', message: m.message });
        let saved: SaveResult;
        try {
          saved = await bridge.saveExport(m.bytes, m.fileName);
        } catch (err) {
          return setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
        }
        if (saved.ok) setState({ kind: 'saved', format: input.format, fileName: m.fileName, path: saved.path, ms: m.ms });
        else if (saved.cancelled) setState({ kind: 'cancelled' });
        else setState({ kind: 'failed', message: saved.message?.zh ?? '保存失败' });
      };
      w.addEventListener('message', onMessage);
      w.postMessage(request);
      return true;
    },
    [bridge],
  );

  return { state, run, reset: () => setState({ kind: 'idle' }) };
}
