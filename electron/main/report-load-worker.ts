/**
 * The loading process (report-loader.ts): reads and checks one report file per request and
 * replies with the LoadResult. Runs as an Electron utilityProcess (process.parentPort) in the
 * app and as a worker thread (worker_threads.parentPort) in tests; nothing else differs.
 */
import { parentPort as threadPort } from 'node:worker_threads';
import { loadReportFile } from '../../core/node/report-file';
import { withoutSourceText } from './report-watch';
import type { LoadRequest } from './report-loader';

interface Port {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: unknown): void;
}

/** utilityProcess wraps each message as { data }; a worker thread gets the message itself. */
const utilityPort = (process as unknown as { parentPort?: Port }).parentPort;
const port: Port | null = utilityPort ?? threadPort;

function isRequest(m: unknown): m is LoadRequest {
  const r = m as Partial<LoadRequest> | null;
  return typeof r?.path === 'string' && (r.provenance === 'error' || r.provenance === 'warning');
}

port?.on('message', (message) => {
  const request = utilityPort ? (message as { data?: unknown }).data : message;
  if (!isRequest(request)) return;
  port.postMessage(withoutSourceText(loadReportFile(request.path, { provenance: request.provenance })));
});
