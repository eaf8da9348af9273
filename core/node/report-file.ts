/**
 * Node adapter for the loader: reads the report file and the source text it names, relative to
 * the report's folder. Used by the CLI, the Electron main process and the tests. Every read is of
 * a regular file within a size limit (regular-file.ts); the source text must lie in the report's
 * folder (source-path.ts).
 */
import { LIMITS } from '../report/limits';
import { tooLargeProblem } from '../report/decode';
import { loadReport, type LoadOptions, type LoadResult, type SourceRead } from '../report/load';
import { problem } from '../report/problems';
import { readFailureReason, readRegularFile } from './regular-file';
import { resolveSourcePath, type SourceRoots } from './source-path';

const MB = 1024 * 1024;

/** "file not found / 文件不存在": the loader puts one reason into both languages' messages. */
const both = (r: { zh: string; en: string }) => `${r.en} / ${r.zh}`;

/**
 * Reads the source text a report names, up to LIMITS.sourceFileBytes (a larger file — a wrong
 * file picked, a whole archive — is refused without being read: before, any size was read into
 * main and scanned for every quote) and LIMITS.sourceTextChars, and only from where the report
 * may name it (source-path.ts: its folder, never `../../etc/passwd` nor a network share).
 */
export function nodeSourceReader(reportPath: string, roots: SourceRoots = []): (relativePath: string) => SourceRead {
  return (relativePath) => {
    const where = resolveSourcePath(reportPath, relativePath, roots);
    if (!where.ok) return { ok: false, reason: both(where.reason) };
    const read = readRegularFile(where.path, LIMITS.sourceFileBytes);
    const tooLarge = (what: string) =>
      ({
        ok: false,
        reason: `${what}, over the limit of ${(LIMITS.sourceFileBytes / MB).toFixed(0)} MB / ${LIMITS.sourceTextChars.toLocaleString('en')} characters / 文件过大`,
      }) as const;
    if (read.kind === 'too-large') return tooLarge(`the file is ${(read.size / MB).toFixed(1)} MB`);
    if (read.kind !== 'ok') return { ok: false, reason: both(readFailureReason(read, LIMITS.sourceFileBytes)) };
    const text = new TextDecoder('utf-8').decode(read.bytes);
    if (text.length > LIMITS.sourceTextChars)
      return tooLarge(`the text has ${text.length.toLocaleString('en')} characters`);
    return { ok: true, text };
  };
}

export interface ReportFileOptions extends Omit<LoadOptions, 'readSource'> {
  /** Further folders the source text may be in (the app's bundled sources). */
  sourceRoots?: SourceRoots;
}

export function loadReportFile(path: string, options: ReportFileOptions = {}): LoadResult {
  const { sourceRoots, ...loadOptions } = options;
  const read = readRegularFile(path, LIMITS.fileBytes);
  if (read.kind === 'too-large') return { ok: false, errors: [tooLargeProblem(path, read.size)], warnings: [] };
  if (read.kind !== 'ok') {
    const reason = readFailureReason(read, LIMITS.fileBytes);
    return {
      ok: false,
      warnings: [],
      errors: [
        problem(
          'error',
          'file-unreadable',
          path,
          { line: 1, column: 1 },
          '',
          // One reason in both messages, as for the source text: "file not found / 文件不存在".
          { zh: `无法读取文件：${both(reason)}。`, en: `Cannot read the file: ${both(reason)}.` },
          {
            zh: '检查路径和读取权限；报告须是普通文件。',
            en: 'Check the path and the read permission; a report is a regular file.',
          },
        ),
      ],
    };
  }
  return loadReport(path, read.bytes, { ...loadOptions, readSource: nodeSourceReader(path, sourceRoots) });
}
