/**
 * Vitest global setup: the CLI's tests run the built CLI (out/cli/govbrief.mjs), so it is built
 * once before any test file runs (and only if a source file changed), never by two files at once.
 */
import { ensureCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCli({ quiet: true });
}
