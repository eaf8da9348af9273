/**
 * The web renderer as the browser tests and the browser bench drive it: built once with vite
 * (quietly, into a folder of its own so a concurrent `npm run shots` or `npm run web` cannot
 * empty it under a running test) and served on 127.0.0.1 by tests/support/static-server.ts.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveStatic, type StaticServer } from '../../support/static-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Where a browser test run builds the app (git-ignored: node_modules/): one folder per run, so two
 * runs at once (two engineers, or `npm test` beside an editor's test run) never empty each
 * other's build. Global teardown removes it.
 */
export function e2eWebDir(): string {
  return resolve(REPO_ROOT, 'node_modules/.cache/govbrief-e2e-web', String(process.pid));
}

/** The environment variable global setup passes the server's URL to the tests in. */
export const APP_URL_ENV = 'GOVBRIEF_E2E_URL';

/** `vite build` of renderer/ into outDir, printing only warnings and errors. */
export function buildWeb(outDir: string): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

export async function buildAndServe(outDir: string): Promise<StaticServer> {
  buildWeb(outDir);
  return serveStatic(outDir);
}
