// Runs exports in a Web Worker and hands the bytes to the host (download or save dialog). The
// rules (one export at a time, nothing saved once the window closes) live in export-runner.ts;
// this hook binds a runner to React state and disposes it on unmount.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../bridge/types';
import { FONT_URLS } from '../fonts';
import { createExportRunner, type ExportInput, type ExportRunner, type ExportState } from './export-runner';

export type { ExportInput, ExportState } from './export-runner';

function absolute(url: string): string {
  return new URL(url, location.href).toString();
}

export function useExport(bridge: Bridge) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const runner = useRef<ExportRunner>(undefined);

  // Made in the effect (not during render) so StrictMode's mount–unmount–mount leaves a live
  // runner, and a real unmount (the window closing) stops the worker and drops its result.
  // Ctrl+P: the same handout PDF, handed to the host's print instead of its save (a runner of
  // its own, so printing neither waits for nor shows in the export dialog).
  const [printState, setPrintState] = useState<ExportState>({ kind: 'idle' });
  const printer = useRef<ExportRunner>(undefined);
  useEffect(() => {
    const r = createExportRunner({
      createWorker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      saveExport: (bytes, fileName) => bridge.printPdf(bytes, fileName),
      fontUrls: { regular: absolute(FONT_URLS.regular), bold: absolute(FONT_URLS.bold) },
      onState: setPrintState,
    });
    printer.current = r;
    return () => {
      r.dispose();
      if (printer.current === r) printer.current = undefined;
    };
  }, [bridge]);

  useEffect(() => {
    const r = createExportRunner({
      createWorker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      saveExport: (bytes, fileName) => bridge.saveExport(bytes, fileName),
      fontUrls: { regular: absolute(FONT_URLS.regular), bold: absolute(FONT_URLS.bold) },
      onState: setState,
    });
    runner.current = r;
    return () => {
      r.dispose();
      if (runner.current === r) runner.current = undefined;
    };
  }, [bridge]);

  const run = useCallback((input: ExportInput) => runner.current?.run(input) ?? false, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  const print = useCallback(
    (input: Omit<ExportInput, 'format'>) => printer.current?.run({ ...input, format: 'handout' }) ?? false,
    [],
  );
  const resetPrint = useCallback(() => setPrintState({ kind: 'idle' }), []);
  return { state, run, reset, print, printState, resetPrint };
}
