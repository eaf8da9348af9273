/** What global setup hands to global teardown (both run in the Playwright runner process). */
import type { StaticServer } from '../../support/static-server';

export const RUN_KEY = Symbol.for('govbrief.e2e.run');

export interface E2eRun {
  server: StaticServer;
  /** The web build served, removed at teardown. */
  dir: string;
}
