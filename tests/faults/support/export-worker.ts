/**
 * A worker thread that runs one export, as the app's Web Worker does (renderer/src/export/
 * worker.ts): it posts progress per slide and the bytes at the end, and never touches the disk.
 * The fault tests terminate it mid-export, as closing the window terminates the Web Worker.
 * Test-only; started by tsWorker (./worker-thread.ts), which registers tsx in the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileDeck } from '../../../core/deck/compile';
import { runExport } from '../../../core/export/run';
import { readExportFonts } from '../../../core/node/fonts-bytes';
import { generateLargeReport } from '../../generators/report-arbitrary';

const { format, slides } = workerData as { format: 'pptx' | 'pdf'; slides: number };
const report = generateLargeReport({ slidesTarget: slides, distinctChars: 1500, seed: 7 });
const deck = compileDeck(report);
parentPort!.postMessage({ kind: 'ready', slides: deck.slides.length });
runExport({
  format,
  report,
  deck,
  ...(format === 'pdf' ? { fonts: readExportFonts() } : {}),
  onProgress: (done, total) => parentPort!.postMessage({ kind: 'progress', done, total }),
}).then(
  (r) => parentPort!.postMessage({ kind: 'done', bytes: r.bytes.length }),
  (e: unknown) => parentPort!.postMessage({ kind: 'failed', message: String(e) }),
);
