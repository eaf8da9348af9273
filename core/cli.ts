/**
 * govbrief CLI: `validate` a report file; `export` decks (added with the exporters).
 * Exit codes: 0 fine, 1 the input has errors, 2 bad arguments. Never prints a stack trace:
 * every failure is a message (an unexpected exception is reported as an internal error).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadReportFile } from './node/report-file';
import { formatProblem } from './report/problems';

export const USAGE = `govbrief — 政报演示 command line

  npm run validate -- <report.json> [more.json …]
      Check report files: JSON syntax, the data format, ids, figures and source quotes.
      Prints errors and warnings as file:line:column; exits 1 if any file has errors.

Options:
  -h, --help    this text
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

export function validateCommand(files: string[], io: CliIo): number {
  if (files.length === 0) {
    io.err('validate: name at least one report file.\n');
    io.err(USAGE);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = loadReportFile(file, { provenance: 'error' });
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    for (const p of problems) io.err(formatProblem(p));
    if (result.ok) {
      io.out(`${file}: OK — ${result.report.title}${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}`);
    } else {
      failed = true;
      io.out(`${file}: ${result.errors.length} error(s), ${result.warnings.length} warning(s) / ${result.errors.length} 个错误`);
    }
  }
  return failed ? 1 : 0;
}

export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'validate':
      if (rest.includes('-h') || rest.includes('--help')) {
        io.out(USAGE);
        return 0;
      }
      return validateCommand(rest, io);
    default:
      io.err(`Unknown command "${command}".\n`);
      io.err(USAGE);
      return 2;
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

if (isMain()) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`govbrief: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
