#!/usr/bin/env node
/**
 * The `govbrief` command (package.json bin): runs the built CLI (out/cli/govbrief.mjs), building
 * it first when it is missing or older than one of its source files (scripts/build-cli.mjs), so it
 * works right after `npm install` with no install hook.
 */
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, isCliStale } from '../scripts/build-cli.mjs';

if (isCliStale()) {
  process.stderr.write('govbrief: building the command line tool (once) …\n');
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli({ quiet: true });
}
const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
await main(process.argv.slice(2));
