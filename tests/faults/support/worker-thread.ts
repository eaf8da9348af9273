/**
 * Starts a worker thread on a TypeScript module (tsx's ESM loader registered inside the worker),
 * for the fault tests that need real parallelism or a worker to terminate. Test-only.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** tsx's ESM API (its "import" export; require.resolve gives the CommonJS one next to it). */
const TSX_ESM_API = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;

export function tsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const boot = `
    const { register } = await import(${JSON.stringify(TSX_ESM_API)});
    register();
    await import(${JSON.stringify(moduleUrl.href)});
  `;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

/** Resolves with the worker's exit code (call it right after starting the worker: a missed 'exit' never comes again). */
export function exited(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    worker.once('exit', resolve);
    worker.once('error', reject);
  });
}
