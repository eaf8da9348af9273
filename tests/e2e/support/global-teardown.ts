/** Playwright global teardown: close the static server global setup started, remove its build. */
import { rmSync } from 'node:fs';
import { type E2eRun, RUN_KEY } from './run-state';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as Record<symbol, E2eRun | undefined>;
  const run = holder[RUN_KEY];
  holder[RUN_KEY] = undefined;
  if (!run) return;
  await run.server.close();
  rmSync(run.dir, { recursive: true, force: true });
}
