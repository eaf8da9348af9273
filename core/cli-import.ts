/**
 * `govbrief import FILE --out report.json`: a report's text (.txt, .docx, .pdf) → a draft report
 * file and its source text beside it (report.source.txt, UTF-8, exactly as read), then the
 * review items, one a line. A bad file is a message and exit 1 with nothing written.
 */
import type { CliIo } from './cli';
import { importReportText } from './import/draft';
import { readImportFile } from './import/read';
import { formatReviewItem } from './import/review-text';
import { readImportInput, writeImportOutputs } from './node/import-files';
import { loadReport } from './report/load';
import { formatProblem } from './report/problems';

export const IMPORT_USAGE = `govbrief import FILE --out report.json [--id ID]
    Import a report's text (.txt, .docx, or .pdf with a text layer) as a draft report file.
    Writes report.json and its source text report.source.txt beside it, then prints what to
    review (file:line:column of the source, the item in the draft, the message).
    --id ID   the report's id (lower-case letters, digits, "-"; default from the file name)`;

/** The last part of a path (either separator). */
const baseName = (path: string) => path.split(/[\\/]/u).pop() ?? path;

type ImportArgs =
  | { kind: 'run'; file: string; out: string; id: string | undefined }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

function parseImportArgs(args: string[]): ImportArgs {
  const files: string[] = [];
  let out: string | undefined;
  let id: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return { kind: 'help' };
    if (a === '--out' || a === '--id') {
      const v = args[++i];
      if (v === undefined) return { kind: 'error', message: `${a} needs a value.` };
      if (a === '--out') out = v;
      else id = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('--id=')) id = a.slice(5);
    else if (a.startsWith('-')) return { kind: 'error', message: `unknown option "${a}".` };
    else files.push(a);
  }
  if (files.length !== 1 || !out) return { kind: 'error', message: 'name one report file and --out report.json.' };
  if (id !== undefined && !/^[a-z0-9][a-z0-9-]*$/u.test(id))
    return { kind: 'error', message: `--id "${id}" must be lower-case letters, digits and "-".` };
  return { kind: 'run', file: files[0]!, out, id };
}

/** A file name → a report id: its ASCII letters and digits, else "imported-report". */
function idFromName(name: string): string {
  const slug = name
    .replace(/\.[^.]*$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return /^[a-z0-9]/u.test(slug) ? slug : 'imported-report';
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed.kind === 'help') {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err(`import: ${parsed.message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const file = parsed.file;
  const input = readImportInput(file);
  if (!input.ok) {
    io.err(`${file}: ${input.message.zh} (${input.message.en})`);
    return 1;
  }
  const read = await readImportFile(file, input.bytes);
  if (!read.ok) {
    io.err(`${file}: ${read.message.zh} (${read.message.en})`);
    return 1;
  }
  for (const w of read.warnings) io.err(`${file}: ${w.zh} (${w.en})`);
  const sourceName = `${baseName(parsed.out).replace(/\.json$/iu, '')}.source.txt`;
  const result = importReportText(read.text, { id: parsed.id ?? idFromName(baseName(file)), textFile: sourceName });
  if (!result.ok) {
    io.err(`${file}: ${result.message.zh} (${result.message.en})`);
    return 1;
  }
  const json = JSON.stringify(result.report, null, 2) + '\n';
  // The draft must open as a report: check it exactly as the app will, before writing anything.
  const check = loadReport(parsed.out, json, {
    readSource: () => ({ ok: true, text: read.text }),
    provenance: 'error',
  });
  if (!check.ok) {
    io.err(`import: internal error, the draft does not validate:`);
    for (const p of check.errors.slice(0, 10)) io.err(formatProblem(p));
    return 1;
  }
  const written = writeImportOutputs(parsed.out, sourceName, read.text, json);
  if (!written.ok) {
    io.err(`${written.target}: ${written.message.zh} (${written.message.en})`);
    return 1;
  }
  io.out(`wrote ${written.report} and ${written.source}`);
  io.out(`${result.items.length} item(s) to review:`);
  for (const item of result.items) io.out(formatReviewItem(item, read.text, sourceName));
  return 0;
}
