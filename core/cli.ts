/**
 * govbrief CLI: `validate` a report file; `export` decks (added with the exporters).
 * Exit codes: 0 fine, 1 the input has errors, 2 bad arguments. Never prints a stack trace:
 * every failure is a message (an unexpected exception is reported as an internal error).
 */
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyBriefing, briefingCompileOptions } from './briefing/apply';
import { loadBriefing } from './briefing/load';
import { runImport } from './cli-import';
import type { Briefing } from './briefing/schema';
import { compileDeck } from './deck/compile';
import { isThemeId, THEME_IDS } from './deck/themes';
import type { Deck } from './deck/types';
import { EXPORT_FORMATS, extensionOf, type ExportFormat } from './export/names';
import { HANDOUTS_PER_PAGE } from './export/pdf';
import { runExport } from './export/run';
import { readExportFonts } from './node/fonts-bytes';
import { writeErrorMessage, writeFileAtomic } from './node/atomic-write';
import { loadReportFile } from './node/report-file';
import { readFailureReason, readRegularFile } from './node/regular-file';
import { LIMITS } from './report/limits';
import { formatProblem } from './report/problems';
import type { Report } from './report/schema';

export const DEFAULT_REPORT = 'data/reports/shanxi-2025.json';
const DEFAULT_REPORT_ID = 'shanxi-2025';

/**
 * A bundled report by id, found next to this file (../data/reports), not in the working folder:
 * `npm run export` from another folder, or a briefing naming a bundled report, must still find it.
 */
function bundledPath(id: string): string {
  return fileURLToPath(new URL(`../data/reports/${encodeURIComponent(id)}.json`, import.meta.url));
}
/** Longest --date-line: it shares a header line with the deck title. */
export const MAX_DATE_LINE_CHARS = 40;

export const USAGE = `govbrief — 政报演示 command line

  npm run validate -- <report.json> [more.json …]
      Check report files: JSON syntax, the data format, ids, figures and source quotes.
      Prints errors and warnings as file:line:column; exits 1 if any file has errors.

  npm run export -- --format ${EXPORT_FORMATS.join('|')} --out DIR|FILE [options]
      Export the deck of a report. Prints a progress line per slide and the written path.
      --out DIR writes <deck title>.pptx|pdf into DIR (made if missing); --out FILE.pptx or
      FILE.pdf (the format's extension, not an existing folder) writes that file.
      --report FILE     the report (default ${DEFAULT_REPORT})
      --theme T         ${THEME_IDS.join(' | ')} (default official)
      --compare FILE    set this report's targets beside those of another report
      --font NAME       PPTX: the font named in the file (default 微软雅黑)
      --per-page N      handouts: ${HANDOUTS_PER_PAGE.join(', ')} slides a page (default 3)
      --watermark TEXT  PDF: a diagonal watermark on every page, e.g. 内部资料
      --date-line TEXT  PDF: a date line, e.g. 2025年3月5日印发 (page headers, the memo's title
                        block, under the first slide; at most ${MAX_DATE_LINE_CHARS} characters)
      --briefing FILE   a saved briefing (.govbrief.json): its slides, order, notes, cover and
                        theme; its report is --report or the bundled report with its id

Options:
  -h, --help    this text
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
      io.out(
        `${file}: OK — ${result.report.title}${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}`,
      );
    } else {
      failed = true;
      // Past the cap the count says how many were found: "first 100 of 70000 error(s)".
      const count = result.errorsTotal
        ? `first ${result.errors.length} of ${result.errorsTotal} error(s)`
        : `${result.errors.length} error(s)`;
      const countZh = result.errorsTotal
        ? `共 ${result.errorsTotal} 个错误，列出前 ${result.errors.length} 个`
        : `${result.errors.length} 个错误`;
      io.out(`${file}: ${count}, ${result.warnings.length} warning(s) / ${countZh}`);
    }
  }
  return failed ? 1 : 0;
}

function loadOrReport(file: string, io: CliIo): Report | undefined {
  const result = loadReportFile(file, { provenance: 'error' });
  for (const p of result.ok ? result.warnings : [...result.errors, ...result.warnings]) io.err(formatProblem(p));
  if (!result.ok) {
    io.err(`${file}: ${result.errors.length} error(s); nothing exported. / 报告有错误，未导出。`);
    return undefined;
  }
  return result.report;
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        theme: { type: 'string' },
        compare: { type: 'string' },
        font: { type: 'string' },
        briefing: { type: 'string' },
        'per-page': { type: 'string' },
        watermark: { type: 'string' },
        'date-line': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`export: ${(e as Error).message}\n`);
    io.err(USAGE);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const problems: string[] = [];
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    problems.push(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}${values.format ? ` (got "${values.format}")` : ''}`,
    );
  if (!values.out) problems.push('--out DIR or --out FILE is required');
  const outExt = values.out ? /\.(pptx|pdf)$/i.exec(values.out)?.[1]?.toLowerCase() : undefined;
  if (
    format &&
    EXPORT_FORMATS.includes(format) &&
    outExt &&
    outExt !== extensionOf(format) &&
    !isDirectory(values.out!)
  ) {
    problems.push(
      `--out ${values.out}: a ${format} export is a .${extensionOf(format)} file, not .${outExt} (give a folder or a .${extensionOf(format)} name)`,
    );
  }
  if (values.theme !== undefined && !isThemeId(values.theme))
    problems.push(`--theme must be one of ${THEME_IDS.join(', ')} (got "${values.theme}")`);
  const perPage = values['per-page'] === undefined ? undefined : Number(values['per-page']);
  if (perPage !== undefined && !(HANDOUTS_PER_PAGE as readonly number[]).includes(perPage))
    problems.push(`--per-page must be one of ${HANDOUTS_PER_PAGE.join(', ')} (got "${values['per-page']}")`);
  if (perPage !== undefined && format !== 'handout') problems.push('--per-page applies to --format handout only');
  if (values.watermark !== undefined && format === 'pptx') problems.push('--watermark applies to PDF formats only');
  const dateLine = values['date-line']?.trim();
  if (values['date-line'] !== undefined && format === 'pptx') problems.push('--date-line applies to PDF formats only');
  if (dateLine !== undefined && [...dateLine].length > MAX_DATE_LINE_CHARS)
    problems.push(`--date-line is at most ${MAX_DATE_LINE_CHARS} characters (got ${[...dateLine].length})`);
  if (problems.length > 0 || !format || !values.out) {
    for (const p of problems) io.err(`export: ${p}`);
    io.err('\n' + USAGE);
    return 2;
  }
  let briefing: Briefing | undefined;
  if (values.briefing) {
    // A regular file within the report size limit: `--briefing /dev/zero` grew to 7 GB in 20 s.
    const read = readRegularFile(values.briefing, LIMITS.fileBytes);
    if (read.kind !== 'ok') {
      const why = readFailureReason(read, LIMITS.fileBytes);
      io.err(`${values.briefing}: cannot read: ${why.en} / 无法读取演示方案：${why.zh}`);
      return 1;
    }
    const loaded = loadBriefing(values.briefing, read.bytes);
    if (!loaded.ok) {
      for (const p of loaded.errors) io.err(formatProblem(p));
      return 1;
    }
    briefing = loaded.briefing;
  }
  const report = loadOrReport(
    values.report ?? (briefing ? bundledPath(briefing.report.id) : bundledPath(DEFAULT_REPORT_ID)),
    io,
  );
  if (!report) return 1;
  const comparePath = values.compare ?? (briefing?.compareWith ? bundledPath(briefing.compareWith.id) : undefined);
  const compareWith = comparePath ? loadOrReport(comparePath, io) : undefined;
  if (comparePath && !compareWith) return 1;
  let deck: Deck | undefined;
  if (briefing) {
    const applied = applyBriefing(
      compileDeck(report, {
        ...briefingCompileOptions(briefing, compareWith),
        ...(values.theme && isThemeId(values.theme) ? { theme: values.theme } : {}),
      }),
      briefing,
      report,
    );
    if (applied.reportChanged)
      io.err('注意：报告在演示方案保存后已修改。 / Note: the report changed since the briefing was saved.');
    if (applied.missing.length > 0)
      io.err(`注意：以下幻灯片已不存在 / these slides no longer exist: ${applied.missing.join(', ')}`);
    deck = applied.deck;
  }
  let result;
  try {
    result = await runExport({
      format,
      report,
      ...(compareWith ? { compareWith } : {}),
      ...(values.theme && isThemeId(values.theme) ? { theme: values.theme } : {}),
      ...(values.font ? { fontFace: values.font } : {}),
      ...(deck ? { deck } : {}),
      ...(perPage ? { perPage } : {}),
      ...((values.watermark ?? briefing?.watermark) ? { watermark: values.watermark ?? briefing?.watermark } : {}),
      ...(dateLine ? { dateLine } : {}),
      ...(format !== 'pptx' ? { fonts: readExportFonts() } : {}),
      onProgress: (done, total, title) => io.out(`[${done}/${total}] ${title}`),
    });
  } catch (e) {
    io.err(`export failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const { bytes } = result;
  for (const w of result.warnings) io.err(`warning: ${w}`);
  // A name with the format's extension that is not a folder is the file itself; anything else is
  // the folder the file goes into under the deck's title.
  const asFile = outExt !== undefined && !isDirectory(values.out);
  const dir = asFile ? dirname(resolve(values.out)) : resolve(values.out);
  const target = asFile ? resolve(values.out) : join(dir, result.fileName);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(target, bytes);
  } catch (e) {
    const m = writeErrorMessage(e, target);
    io.err(`${m.zh}\n${m.en}`);
    return 1;
  }
  io.out(`wrote ${target} (${(bytes.length / 1024).toFixed(0)} KB)`);
  return 0;
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
    case 'export':
      return exportCommand(rest, io);
    case 'import':
      return runImport(rest, io);
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
