/**
 * Playwright global setup: build the web renderer once and serve it on 127.0.0.1. The URL goes to
 * the test workers in process.env (workers inherit the runner's environment); the server and the
 * build folder stay with this process for global teardown.
 */
import { APP_URL_ENV, buildAndServe, e2eWebDir } from './web';
import { type E2eRun, RUN_KEY } from './run-state';

export default async function globalSetup(): Promise<void> {
  const dir = e2eWebDir();
  const server = await buildAndServe(dir);
  (globalThis as Record<symbol, E2eRun | undefined>)[RUN_KEY] = { server, dir };
  process.env[APP_URL_ENV] = server.url;
}
