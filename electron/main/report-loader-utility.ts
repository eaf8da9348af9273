/**
 * The app's loading process for report-loader.ts: an Electron utilityProcess running the built
 * report-load-worker.js (a second entry of the main bundle, electron.vite.config.ts). A
 * utilityProcess is a Node process Electron starts itself; it needs no RunAsNode fuse.
 */
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { LoaderProcess } from './report-loader';

export function utilityLoaderProcess(mainDir: string): LoaderProcess {
  const child = utilityProcess.fork(join(mainDir, 'report-load-worker.js'), [], {
    serviceName: 'GovBrief report check',
    stdio: 'ignore',
  });
  return {
    postMessage: (m) => child.postMessage(m),
    onMessage: (fn) => child.on('message', fn),
    onExit: (fn) => child.on('exit', (code) => fn(`exit code ${code}`)),
    kill: () => void child.kill(),
  };
}
