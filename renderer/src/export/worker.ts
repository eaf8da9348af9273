/// <reference lib="webworker" />
// The export worker: writes the file off the main thread from the deck the app shows (compiled
// once, by core/pipeline/make-deck.ts, and sent with the request), with the same core functions
// the CLI runs in Node. Progress goes back per slide; the bytes are transferred, with the
// exporter's warnings (e.g. characters the font cannot draw).
import { runExport } from '../../../core/export/run';
import type { ExportRequest, ExportResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function fontBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

scope.onmessage = async (e: MessageEvent<ExportRequest>) => {
  const req = e.data;
  const post = (m: ExportResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  try {
    const needsFonts = req.format !== 'pptx';
    const fonts = needsFonts
      ? { regular: await fontBytes(req.fontUrls.regular), bold: await fontBytes(req.fontUrls.bold) }
      : undefined;
    const result = await runExport({
      format: req.format,
      report: req.report,
      deck: req.deck,
      ...(req.compareWith && req.briefing.compareWith ? { compareWith: req.compareWith } : {}),
      theme: req.briefing.theme,
      ...(req.perPage ? { perPage: req.perPage } : {}),
      ...(req.watermark ? { watermark: req.watermark } : {}),
      ...(req.dateLine ? { dateLine: req.dateLine } : {}),
      ...(fonts ? { fonts } : {}),
      onProgress: (done, total) => post({ id: req.id, kind: 'progress', done, total }),
    });
    post(
      {
        id: req.id,
        kind: 'done',
        bytes: result.bytes,
        fileName: result.fileName,
        ms: result.ms,
        warnings: result.warnings,
      },
      [result.bytes.buffer],
    );
  } catch (err) {
    post({ id: req.id, kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
