/**
 * Node adapter for the loader: reads the report file and the source text it names, relative to
 * the report's folder. Used by the CLI, the Electron main process and the tests.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LIMITS } from '../report/limits';
import { tooLargeProblem } from '../report/decode';
import { loadReport, type LoadOptions, type LoadResult, type SourceRead } from '../report/load';
import { problem } from '../report/problems';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'file not found / 文件不存在';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied / 无权读取';
    case 'EISDIR':
      return 'it is a folder / 这是文件夹';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}

/** Reads the file unless it is over the limit: a huge file is refused without loading it. */
function readBounded(path: string, limit: number): { bytes: Uint8Array } | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return { tooLarge: size };
    const buf = new Uint8Array(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: buf.subarray(0, got) };
  } finally {
    closeSync(fd);
  }
}

const MB = 1024 * 1024;

/**
 * Reads the source text a report names, up to LIMITS.sourceFileBytes (a larger file — a wrong
 * file picked, a whole archive — is refused without being read: before, any size was read into
 * main and scanned for every quote) and LIMITS.sourceTextChars.
 */
export function nodeSourceReader(reportPath: string): (relativePath: string) => SourceRead {
  return (relativePath) => {
    try {
      const read = readBounded(resolve(dirname(reportPath), relativePath), LIMITS.sourceFileBytes);
      const tooLarge = (what: string) =>
        ({
          ok: false,
          reason: `${what}, over the limit of ${(LIMITS.sourceFileBytes / MB).toFixed(0)} MB / ${LIMITS.sourceTextChars.toLocaleString('en')} characters / 文件过大`,
        }) as const;
      if ('tooLarge' in read) return tooLarge(`the file is ${(read.tooLarge / MB).toFixed(1)} MB`);
      const text = new TextDecoder('utf-8').decode(read.bytes);
      if (text.length > LIMITS.sourceTextChars)
        return tooLarge(`the text has ${text.length.toLocaleString('en')} characters`);
      return { ok: true, text };
    } catch (e) {
      return { ok: false, reason: reason(e) };
    }
  };
}

export function loadReportFile(path: string, options: Omit<LoadOptions, 'readSource'> = {}): LoadResult {
  let read: ReturnType<typeof readBounded>;
  try {
    read = readBounded(path, LIMITS.fileBytes);
  } catch (e) {
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
          { zh: `无法读取文件：${reason(e)}。`, en: `Cannot read the file: ${reason(e)}.` },
          { zh: '检查路径和读取权限。', en: 'Check the path and the read permission.' },
        ),
      ],
    };
  }
  if ('tooLarge' in read) return { ok: false, errors: [tooLargeProblem(path, read.tooLarge)], warnings: [] };
  return loadReport(path, read.bytes, { ...options, readSource: nodeSourceReader(path) });
}
