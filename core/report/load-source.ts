/**
 * The source text a report names: inline (source.text) or a file (source.textFile) read through
 * the caller's reader; a report without one, or read where files cannot be, gets a warning.
 */
import type { PositionIndex } from './json-positions';
import type { Problem } from './problems';
import { clip, problem } from './problems';
import type { Report } from './schema';
import { positionFor } from './schema-problems';

export type SourceRead = { ok: true; text: string } | { ok: false; reason: string };

export function readSourceText(
  file: string,
  report: Report,
  positions: PositionIndex,
  readSource: ((relativePath: string) => SourceRead) | undefined,
  errors: Problem[],
  warnings: Problem[],
): string | undefined {
  if (report.source.text !== undefined) return report.source.text;
  const textFile = report.source.textFile;
  if (textFile === undefined) {
    warnings.push(
      problem(
        'warning',
        'source-missing',
        file,
        positionFor(positions, ['source']).at,
        '/source',
        {
          zh: '报告未给出原文（source.textFile 或 source.text），无法核对引文和数字。',
          en: 'The report names no source text (source.textFile or source.text): quotes and figures cannot be checked.',
        },
        {
          zh: '在 source 中加上 "textFile": "原文.txt"（原文放在报告所在文件夹中）。',
          en: 'Add "textFile": "your-source.txt" to source (the text in the report’s folder).',
        },
      ),
    );
    return undefined;
  }
  if (!readSource) {
    warnings.push(
      problem(
        'warning',
        'source-missing',
        file,
        positionFor(positions, ['source', 'textFile']).at,
        '/source/textFile',
        {
          zh: `此处无法读取原文文件 "${clip(textFile)}"，未核对引文和数字。`,
          en: `The source text "${clip(textFile)}" cannot be read here; quotes and figures were not checked.`,
        },
        {
          zh: '在桌面应用或命令行（npm run validate）中核对，或把原文放入 source.text。',
          en: 'Check it in the desktop app or with `npm run validate`, or put the text in source.text.',
        },
      ),
    );
    return undefined;
  }
  const read = readSource(textFile);
  if (read.ok) return read.text;
  errors.push(
    problem(
      'error',
      'source-file-missing',
      file,
      positionFor(positions, ['source', 'textFile']).at,
      '/source/textFile',
      {
        zh: `无法读取原文文件 "${clip(textFile)}"：${read.reason}。`,
        en: `Cannot read the source text "${clip(textFile)}": ${read.reason}.`,
      },
      {
        zh: '路径相对于报告文件所在文件夹；检查文件名，或把原文放到该位置。',
        en: "The path is relative to the report file's folder: check the name, or put the source text there.",
      },
    ),
  );
  return undefined;
}
