/**
 * `govbrief import FILE --out report.json`: a report's text (.txt, .docx, .pdf) → a draft report
 * file and its source text beside it (report.source.txt, UTF-8, exactly as read), then the
 * review items, one a line. A bad file is a message and exit 1 with nothing written.
 */
import { statSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from './cli';
import { importReportText } from './import/draft';
import { readImportFile } from './import/read';
import { IMPORT_MAX_BYTES } from './import/read/limits';
import { formatReviewItem } from './import/review-text';
import { writeErrorMessage, writeFileAtomic } from './node/atomic-write';
import { loadReport } from './report/load';
import { formatProblem } from './report/problems';

export const IMPORT_USAGE = `govbrief import FILE --out report.json [--id ID]
    Import a report's text (.txt, .docx, or .pdf with a text layer) as a draft report file.
    Writes report.json and its source text report.source.txt beside it, then prints what to
    review (file:line:column of the source, the item in the draft, the message).
    --id ID   the report's id (lower-case letters, digits, "-"; default from the file name)`;

const MIB = 1024 * 1024;

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
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(`import: ${e instanceof Error ? e.message : String(e)}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    io.err(`import: name one report file and --out report.json.\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/u.test(values.id)) {
    io.err(`import: --id "${values.id}" must be lower-case letters, digits and "-".`);
    return 2;
  }
  const file = positionals[0]!;
  const out = resolve(values.out);
  let bytes: Uint8Array;
  try {
    // Check the size before reading: a 50 MB file is refused without loading it.
    const size = statSync(file).size;
    if (size > IMPORT_MAX_BYTES) {
      io.err(
        `${file}: 文件大小 ${(size / MIB).toFixed(1)} MB，超过导入上限 ${IMPORT_MAX_BYTES / MIB} MB。 (The file is ${(size / MIB).toFixed(1)} MB; the import limit is ${IMPORT_MAX_BYTES / MIB} MB.)`,
      );
      return 1;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `${file}: ${code === 'ENOENT' ? '找不到此文件。 (No such file.)' : `无法读取 (cannot read: ${code ?? String(e)})`}`,
    );
    return 1;
  }
  const read = await readImportFile(file, bytes);
  if (!read.ok) {
    io.err(`${file}: ${read.message.zh} (${read.message.en})`);
    return 1;
  }
  for (const w of read.warnings) io.err(`${file}: ${w.zh} (${w.en})`);
  const sourceName = `${basename(out).replace(/\.json$/iu, '')}.source.txt`;
  const result = importReportText(read.text, { id: values.id ?? idFromName(basename(file)), textFile: sourceName });
  if (!result.ok) {
    io.err(`${file}: ${result.message.zh} (${result.message.en})`);
    return 1;
  }
  const json = JSON.stringify(result.report, null, 2) + '\n';
  // The draft must open as a report: check it exactly as the app will, before writing anything.
  const check = loadReport(out, json, { readSource: () => ({ ok: true, text: read.text }), provenance: 'error' });
  if (!check.ok) {
    io.err(`import: internal error, the draft does not validate:`);
    for (const p of check.errors.slice(0, 10)) io.err(formatProblem(p));
    return 1;
  }
  const sourcePath = join(dirname(out), sourceName);
  for (const [target, content] of [
    [sourcePath, read.text],
    [out, json],
  ] as const) {
    try {
      writeFileAtomic(target, new TextEncoder().encode(content));
    } catch (e) {
      const m = writeErrorMessage(e, target);
      io.err(`${target}: ${m.zh} (${m.en})`);
      return 1;
    }
  }
  io.out(`wrote ${out} and ${sourcePath}`);
  io.out(`${result.items.length} item(s) to review:`);
  for (const item of result.items) io.out(formatReviewItem(item, read.text, sourceName));
  return 0;
}
