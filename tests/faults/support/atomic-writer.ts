/**
 * A worker thread that saves the same file over and over with writeFileAtomic, as a second app
 * window or a second `govbrief export` saving to the same path would. Test-only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileAtomic } from '../../../core/node/atomic-write';

const { target, fill, size, times } = workerData as { target: string; fill: number; size: number; times: number };
const bytes = new Uint8Array(size).fill(fill);
let failures = 0;
for (let i = 0; i < times; i++) {
  try {
    writeFileAtomic(target, bytes);
  } catch {
    failures++;
  }
}
parentPort!.postMessage({ failures });
