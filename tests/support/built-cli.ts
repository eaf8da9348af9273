/**
 * The built CLI (out/cli/govbrief.mjs, made by scripts/build-cli.mjs) for tests: `runCli` loaded
 * from the bundle, in process (fast, output captured), and the `govbrief` command as a process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo, runCli as RunCli } from '../../core/cli';
import { CLI_BUNDLE, isCliStale } from '../../scripts/build-cli.mjs';

export const GOVBRIEF_BIN = fileURLToPath(new URL('../../bin/govbrief.mjs', import.meta.url));

export interface Captured {
  code: number;
  out: string[];
  err: string[];
  /** stdout and stderr together, in order. */
  all: string;
}

let loaded: Promise<typeof RunCli> | undefined;

/** runCli from the built bundle (the global setup built it; a stale bundle fails loudly). */
export function builtRunCli(): Promise<typeof RunCli> {
  if (isCliStale()) throw new Error('out/cli/govbrief.mjs is stale: run `npm run build:cli` (vitest globalSetup does)');
  loaded ??= import(pathToFileURL(CLI_BUNDLE).href).then((m: { runCli: typeof RunCli }) => m.runCli);
  return loaded;
}

/** Runs the built CLI in process with captured output. */
export async function runBuiltCli(argv: string[]): Promise<Captured> {
  const runCli = await builtRunCli();
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const io: CliIo = {
    out: (l) => {
      out.push(l);
      both.push(l);
    },
    err: (l) => {
      err.push(l);
      both.push(l);
    },
  };
  const code = await runCli(argv, io);
  return { code, out, err, all: both.join('\n') };
}

/** Runs `govbrief …` (bin/govbrief.mjs) as its own process. */
export function spawnGovbrief(argv: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GOVBRIEF_BIN, ...argv], { encoding: 'utf8', ...(cwd ? { cwd } : {}) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
