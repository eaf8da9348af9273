/**
 * 保存为报告文件… from the import review view (desktop): main's save dialog, then two atomic
 * writes: the source text beside the report ("<name>.source.txt", named by the report's
 * `source.textFile` as a bare file name, so it lies inside the report's folder as every report's
 * source must), then the report itself. The source goes first: a crash between the two leaves no
 * report that names a missing text. Main only moves the texts (the renderer checked the draft with
 * the loader before sending it); the caller then reopens the saved file with the app's own loader,
 * which reports any problem with its position. File system and dialog are passed in, so this is
 * tested without Electron.
 */
import { basename, dirname, join } from 'node:path';
import { writeErrorMessage } from '../../core/node/atomic-write';

export interface ImportSaveDialogs {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  defaultDir: string;
}

export interface ImportSaveFs {
  write(path: string, bytes: Uint8Array): void;
}

export type ImportSaveOutcome =
  | { ok: true; path: string; sourcePath: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: { zh: string; en: string } };

const FILTERS = [{ name: '报告（JSON）', extensions: ['json'] }];

/** The source text's file beside a report: "山西.json" → "山西.source.txt". */
export function sourceFileFor(reportPath: string): string {
  return `${basename(reportPath).replace(/\.json$/iu, '')}.source.txt`;
}

const NOT_A_REPORT = {
  zh: '草稿不是报告对象（缺少 source），未保存。',
  en: 'The draft is not a report object (no source); nothing was saved.',
};

/** The report's text with its source named as the file beside it instead of inline. */
function withSourceFile(reportText: string, textFile: string): string | undefined {
  let report: unknown;
  try {
    report = JSON.parse(reportText);
  } catch {
    return undefined;
  }
  if (typeof report !== 'object' || report === null || Array.isArray(report)) return undefined;
  const source = (report as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return undefined;
  const { text: _inline, textFile: _old, ...rest } = source as Record<string, unknown>;
  return `${JSON.stringify({ ...report, source: { ...rest, textFile } }, null, 2)}\n`;
}

export async function saveImportedReport(
  draft: { reportText: string; sourceText: string; fileName: string },
  dialogs: ImportSaveDialogs,
  fs: ImportSaveFs,
): Promise<ImportSaveOutcome> {
  const choice = await dialogs.showSaveDialog({
    defaultPath: join(dialogs.defaultDir, draft.fileName),
    filters: FILTERS,
  });
  if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
  const path = choice.filePath.toLowerCase().endsWith('.json') ? choice.filePath : `${choice.filePath}.json`;
  const textFile = sourceFileFor(path);
  const reportText = withSourceFile(draft.reportText, textFile);
  if (reportText === undefined) return { ok: false, cancelled: false, message: NOT_A_REPORT };
  const sourcePath = join(dirname(path), textFile);
  const encode = (s: string) => new TextEncoder().encode(s);
  for (const [target, text] of [
    [sourcePath, draft.sourceText],
    [path, reportText],
  ] as const) {
    try {
      fs.write(target, encode(text));
    } catch (e) {
      return { ok: false, cancelled: false, message: writeErrorMessage(e, target) };
    }
  }
  return { ok: true, path, sourcePath };
}
