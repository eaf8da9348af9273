/**
 * Node side of `govbrief import`: read the input (size checked before reading) and write the
 * draft and its source text, each atomically.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IMPORT_MAX_BYTES } from '../import/read/limits';
import { writeErrorMessage, writeFileAtomic } from './atomic-write';

type Bilingual = { zh: string; en: string };
const MIB = 1024 * 1024;

export function readImportInput(file: string): { ok: true; bytes: Uint8Array } | { ok: false; message: Bilingual } {
  try {
    // A 50 MB file is refused without loading it.
    const size = statSync(file).size;
    if (size > IMPORT_MAX_BYTES) {
      const mb = (size / MIB).toFixed(1);
      return {
        ok: false,
        message: {
          zh: `文件大小 ${mb} MB，超过导入上限 ${IMPORT_MAX_BYTES / MIB} MB。`,
          en: `The file is ${mb} MB; the import limit is ${IMPORT_MAX_BYTES / MIB} MB.`,
        },
      };
    }
    return { ok: true, bytes: new Uint8Array(readFileSync(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === 'ENOENT'
          ? { zh: '找不到此文件。', en: 'No such file.' }
          : { zh: `无法读取此文件（${code ?? String(e)}）。`, en: `The file cannot be read (${code ?? String(e)}).` },
    };
  }
}

/** Writes the source text (named `sourceName`, beside the report) first, then the report. */
export function writeImportOutputs(
  out: string,
  sourceName: string,
  sourceText: string,
  json: string,
): { ok: true; report: string; source: string } | { ok: false; target: string; message: Bilingual } {
  const report = resolve(out);
  const source = join(dirname(report), sourceName);
  for (const [target, content] of [
    [source, sourceText],
    [report, json],
  ] as const) {
    try {
      writeFileAtomic(target, new TextEncoder().encode(content));
    } catch (e) {
      return { ok: false, target, message: writeErrorMessage(e, target) };
    }
  }
  return { ok: true, report, source };
}
