/**
 * `govbrief export`: the decks of one or more reports in one or more formats, in one process
 * (reading the fonts and loading each exporter once). One file prints a progress line per slide;
 * a batch prints one line per file written. A report with errors is skipped (exit 1), the others
 * are still exported.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing } from './briefing/schema';
import { type CliIo, MAX_DATE_LINE_CHARS, USAGE } from './cli-usage';
import { isThemeId, THEME_IDS, type ThemeId } from './deck/themes';
import { EXPORT_FORMATS, extensionOf, type ExportFormat } from './export/names';
import { HANDOUTS_PER_PAGE } from './export/pdf/per-page';
import type { ExportFontBytes } from './export/fonts';
import { writeErrorMessage, writeFileAtomic } from './node/atomic-write';
import { bundledReportPath as bundledPath } from './node/project-dir';
import { readFailureReason, readRegularFile } from './node/regular-file';
import { loadReportFile } from './node/report-file';
import { LIMITS } from './report/limits';
import { formatProblem } from './report/problems';
import type { Report } from './report/schema';

const DEFAULT_REPORT_ID = 'shanxi-2025';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string', multiple: true },
  theme: { type: 'string' },
  compare: { type: 'string' },
  font: { type: 'string' },
  briefing: { type: 'string' },
  'per-page': { type: 'string' },
  watermark: { type: 'string' },
  'date-line': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ExportArgs {
  formats: ExportFormat[];
  out: string;
  /** The named report files (empty: the briefing's or the default bundled report). */
  reports: string[];
  /** --out names the one file to write (not a folder). */
  outIsFile: boolean;
  theme?: ThemeId;
  compare?: string;
  font?: string;
  briefing?: string;
  perPage?: number;
  watermark?: string;
  dateLine?: string;
}

/** The arguments checked together: every problem at once, or the job. */
function checkArgs(argv: string[]): { args: ExportArgs } | { problems: string[] } | 'help' {
  let parsed;
  try {
    // Positionals are more reports: `--report a.json b.json c.json`.
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    return { problems: [(e as Error).message] };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const problems: string[] = [];
  const reports = [...(values.report ?? []), ...positionals];
  const named = values.format?.split(',').map((f) => f.trim()) ?? [];
  const formats = [...new Set(named)].filter((f): f is ExportFormat => EXPORT_FORMATS.includes(f as ExportFormat));
  const unknown = named.filter((f) => !EXPORT_FORMATS.includes(f as ExportFormat));
  if (formats.length === 0 || unknown.length > 0)
    problems.push(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, or several comma-separated${values.format ? ` (got "${values.format}")` : ''}`,
    );
  if (reports.length > 0 && positionals.length > 0 && !values.report)
    problems.push(`unexpected argument "${positionals[0]}" (reports follow --report)`);
  if (!values.out) problems.push('--out DIR or --out FILE is required');
  const outExt = values.out ? /\.(pptx|pdf)$/i.exec(values.out)?.[1]?.toLowerCase() : undefined;
  const outIsFile = outExt !== undefined && !isDirectory(values.out!);
  const files = formats.length * Math.max(1, reports.length);
  if (outIsFile && files > 1)
    problems.push(`--out ${values.out}: ${files} files are exported; give a folder, not a file name`);
  else if (outIsFile && formats.length === 1 && outExt !== extensionOf(formats[0]!))
    problems.push(
      `--out ${values.out}: a ${formats[0]} export is a .${extensionOf(formats[0]!)} file, not .${outExt} (give a folder or a .${extensionOf(formats[0]!)} name)`,
    );
  if (values.theme !== undefined && !isThemeId(values.theme))
    problems.push(`--theme must be one of ${THEME_IDS.join(', ')} (got "${values.theme}")`);
  const perPage = values['per-page'] === undefined ? undefined : Number(values['per-page']);
  if (perPage !== undefined && !(HANDOUTS_PER_PAGE as readonly number[]).includes(perPage))
    problems.push(`--per-page must be one of ${HANDOUTS_PER_PAGE.join(', ')} (got "${values['per-page']}")`);
  const onlyPptx = formats.length > 0 && formats.every((f) => f === 'pptx');
  if (perPage !== undefined && formats.length > 0 && !formats.includes('handout'))
    problems.push('--per-page applies to --format handout only');
  if (values.watermark !== undefined && onlyPptx) problems.push('--watermark applies to PDF formats only');
  const dateLine = values['date-line']?.trim();
  if (values['date-line'] !== undefined && onlyPptx) problems.push('--date-line applies to PDF formats only');
  if (dateLine !== undefined && [...dateLine].length > MAX_DATE_LINE_CHARS)
    problems.push(`--date-line is at most ${MAX_DATE_LINE_CHARS} characters (got ${[...dateLine].length})`);
  if (values.briefing && reports.length > 1)
    problems.push('--briefing belongs to one report; name at most one --report');
  if (problems.length > 0) return { problems };
  return {
    args: {
      formats,
      out: values.out!,
      reports,
      outIsFile,
      ...(values.theme && isThemeId(values.theme) ? { theme: values.theme } : {}),
      ...(values.compare ? { compare: values.compare } : {}),
      ...(values.font ? { font: values.font } : {}),
      ...(values.briefing ? { briefing: values.briefing } : {}),
      ...(perPage !== undefined ? { perPage } : {}),
      ...(values.watermark !== undefined ? { watermark: values.watermark } : {}),
      ...(dateLine ? { dateLine } : {}),
    },
  };
}

async function readBriefing(file: string, io: CliIo): Promise<Briefing | undefined> {
  // A regular file within the report size limit: `--briefing /dev/zero` grew to 7 GB in 20 s.
  const read = readRegularFile(file, LIMITS.fileBytes);
  if (read.kind !== 'ok') {
    const why = readFailureReason(read, LIMITS.fileBytes);
    io.err(`${file}: cannot read: ${why.en} / 无法读取演示方案：${why.zh}`);
    return undefined;
  }
  const { loadBriefing } = await import('./briefing/load');
  const loaded = loadBriefing(file, read.bytes);
  if (!loaded.ok) {
    for (const p of loaded.errors) io.err(formatProblem(p));
    return undefined;
  }
  return loaded.briefing;
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const checked = checkArgs(argv);
  if (checked === 'help') {
    io.out(USAGE);
    return 0;
  }
  if ('problems' in checked) {
    for (const p of checked.problems) io.err(`export: ${p}`);
    io.err('\n' + USAGE);
    return 2;
  }
  const { args } = checked;
  const briefing = args.briefing ? await readBriefing(args.briefing, io) : undefined;
  if (args.briefing && !briefing) return 1;
  const reportFiles =
    args.reports.length > 0 ? args.reports : [bundledPath(briefing ? briefing.report.id : DEFAULT_REPORT_ID)];
  const comparePath = args.compare ?? (briefing?.compareWith ? bundledPath(briefing.compareWith.id) : undefined);
  const compareWith = comparePath ? loadOrReport(comparePath, io) : undefined;
  if (comparePath && !compareWith) return 1;

  // The fonts (21 MB) are read off the main thread while the report loads and the deck compiles.
  const fontsRead: Promise<ExportFontBytes> | undefined = args.formats.some((f) => f !== 'pptx')
    ? import('./node/fonts-bytes').then((m) => m.readExportFontsAsync())
    : undefined;
  // Not awaited yet: a failed read is reported where the fonts are needed, for the file at hand.
  fontsRead?.catch(() => {});
  const [{ makeDeck }, { runExport }] = await Promise.all([import('./pipeline/make-deck'), import('./export/run')]);

  const batch = args.formats.length * reportFiles.length > 1;
  const total = args.formats.length * reportFiles.length;
  const written = new Map<string, string>();
  let done = 0;
  let failed = false;
  for (const file of reportFiles) {
    const report = loadOrReport(file, io);
    if (!report) {
      failed = true;
      done += args.formats.length;
      continue;
    }
    const made = makeDeck({
      report,
      ...(briefing ? { briefing } : {}),
      ...(compareWith ? { compareWith } : {}),
      ...(args.theme ? { theme: args.theme } : {}),
    });
    if (made.reportChanged)
      io.err('注意：报告在演示方案保存后已修改。 / Note: the report changed since the briefing was saved.');
    if (made.missing.length > 0)
      io.err(`注意：以下幻灯片已不存在 / these slides no longer exist: ${made.missing.join(', ')}`);
    const watermark = args.watermark ?? briefing?.watermark;
    for (const format of args.formats) {
      done += 1;
      let result;
      try {
        const fonts = fontsRead && format !== 'pptx' ? await fontsRead : undefined;
        result = await runExport({
          format,
          report,
          deck: made.deck,
          ...(compareWith ? { compareWith } : {}),
          ...(args.font ? { fontFace: args.font } : {}),
          ...(args.perPage && format === 'handout' ? { perPage: args.perPage } : {}),
          ...(watermark && format !== 'pptx' ? { watermark } : {}),
          ...(args.dateLine && format !== 'pptx' ? { dateLine: args.dateLine } : {}),
          ...(fonts ? { fonts } : {}),
          ...(batch ? {} : { onProgress: (n: number, of: number, title: string) => io.out(`[${n}/${of}] ${title}`) }),
        });
      } catch (e) {
        io.err(`${file}: ${format} export failed: ${e instanceof Error ? e.message : String(e)}`);
        failed = true;
        continue;
      }
      for (const w of result.warnings) io.err(`warning: ${w}`);
      // A name with the format's extension that is not a folder is the file itself; anything else
      // is the folder the file goes into under the deck's title.
      const dir = args.outIsFile ? dirname(resolve(args.out)) : resolve(args.out);
      const target = args.outIsFile ? resolve(args.out) : join(dir, result.fileName);
      const earlier = written.get(target);
      if (earlier !== undefined) {
        io.err(`${file}: ${target} was already written for ${earlier} (same deck title); not overwritten.`);
        failed = true;
        continue;
      }
      try {
        mkdirSync(dir, { recursive: true });
        writeFileAtomic(target, result.bytes);
      } catch (e) {
        const m = writeErrorMessage(e, target);
        io.err(`${m.zh}\n${m.en}`);
        failed = true;
        continue;
      }
      written.set(target, file);
      const kb = (result.bytes.length / 1024).toFixed(0);
      io.out(batch ? `[${done}/${total}] wrote ${target} (${kb} KB, ${result.ms} ms)` : `wrote ${target} (${kb} KB)`);
    }
  }
  return failed ? 1 : 0;
}
