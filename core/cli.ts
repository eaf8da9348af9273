/**
 * govbrief CLI: the command table. Each command lives in its own module (core/cli-<name>.ts) and
 * is imported only when it runs, so `validate` never loads an exporter and `export --format pdf`
 * never loads the PPTX writer. Add a command with one line in COMMANDS.
 *
 * Exit codes: 0 fine, 1 the input has errors, 2 bad arguments. Never prints a stack trace:
 * every failure is a message (an unexpected exception is reported as an internal error).
 *
 * Run built (bin/govbrief.mjs → out/cli/govbrief.mjs, see scripts/build-cli.mjs) or, while
 * developing, straight from source with `npx tsx core/cli.ts …`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CliIo, type Command, consoleIo, USAGE } from './cli-usage';

export { DEFAULT_REPORT, MAX_DATE_LINE_CHARS, USAGE, type CliIo } from './cli-usage';

export const COMMANDS: Record<string, Command> = {
  validate: async (argv, io) => (await import('./cli-validate')).validateCommand(argv, io),
  export: async (argv, io) => (await import('./cli-export')).exportCommand(argv, io),
  import: async (argv, io) => (await import('./cli-import')).runImport(argv, io),
};

export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    io.err(`Unknown command "${command}".\n`);
    io.err(USAGE);
    return 2;
  }
  return run(rest, io);
}

/** Runs the CLI as a process: sets the exit code, and turns any escaped exception into one line. */
export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await runCli(argv);
  } catch (e) {
    process.stderr.write(`govbrief: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) void main(process.argv.slice(2));
