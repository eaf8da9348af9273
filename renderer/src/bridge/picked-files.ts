/**
 * A report the user picked or dropped in the page, with the source text it names looked up among
 * the files picked or dropped with it (both files, or a folder): the browser cannot read a path
 * on disk, so the source text must come along. Where it is found:
 *
 *   1. a file picked with the report at the path `source.textFile` names, relative to the
 *      report (a folder keeps its layout: reports/x.json beside sources/x.txt);
 *   2. else a file picked with it of that file name;
 *   3. else, for a report the app ships (the same bytes) or a report whose `textFile` points into
 *      the app's own data folder (…/data/sources/NAME), the text the app ships.
 *
 * Otherwise the report is refused with a message saying to pick the source text with it. A
 * shipped text is never used just because a picked report names a file of the same name: that
 * would check the user's report against another text.
 */
import { tooLargeProblem } from '../../../core/report/decode';
import { LIMITS } from '../../../core/report/limits';
import { loadReport, type SourceRead } from '../../../core/report/load';
import type { OpenedReport } from './types';

/** A picked file and where it sits in what was picked ("reports/x.json" in a folder; else its name). */
export interface PickedFile {
  path: string;
  file: Blob & { name: string };
}

/** The shipped report texts and source texts, by path under data/ ("reports/x.json", "sources/x.txt"). */
export interface Shipped {
  reports: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}

const MB = 1024 * 1024;

/** Where a picked file sits: its path inside a picked folder, else its name. */
export function pickedPath(file: File): string {
  return file.webkitRelativePath || file.name;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function nameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Which picked file is the source text `textFile` (relative to the report at `reportPath`) names. */
export function findPickedSource(
  reportPath: string,
  textFile: string,
  picked: readonly PickedFile[],
): PickedFile | undefined {
  const wanted = normalize(`${dirOf(normalize(reportPath))}/${textFile}`);
  const exact = picked.find((p) => normalize(p.path) === wanted);
  if (exact) return exact;
  const name = nameOf(textFile);
  return picked.find((p) => nameOf(p.path) === name);
}

/** The shipped source text for a report the app ships, or one whose textFile points into the app's data folder. */
function shippedSource(reportText: string, textFile: string, shipped: Shipped): string | undefined {
  const path = normalize(textFile);
  const inData = /(^|\/)data\/sources\/[^/]+$/.test(path) ? `sources/${nameOf(path)}` : undefined;
  if (inData !== undefined && shipped.sources.has(inData)) return shipped.sources.get(inData);
  for (const [reportPath, text] of shipped.reports) {
    if (text !== reportText) continue;
    const own = normalize(`${dirOf(reportPath)}/${textFile}`);
    return shipped.sources.get(own);
  }
  return undefined;
}

const notPicked = (textFile: string): SourceRead => ({
  ok: false,
  reason:
    `原文 "${nameOf(textFile)}" 未随报告一起选择：请同时选择报告和原文两个文件（或拖入两者，或拖入/选择其所在文件夹） / ` +
    `the source text "${nameOf(textFile)}" was not picked with the report: pick or drop both files, or their folder`,
});

async function readText(p: PickedFile): Promise<SourceRead> {
  if (p.file.size > LIMITS.sourceFileBytes)
    return {
      ok: false,
      reason: `the file is ${(p.file.size / MB).toFixed(1)} MB, over the limit of ${(LIMITS.sourceFileBytes / MB).toFixed(0)} MB / 文件过大`,
    };
  const text = new TextDecoder('utf-8').decode(await p.file.arrayBuffer());
  if (text.length > LIMITS.sourceTextChars)
    return { ok: false, reason: `the text has ${text.length.toLocaleString('en')} characters / 文件过大` };
  return { ok: true, text };
}

/**
 * Opens `report` (one of the picked files) with its source text from the others (see above).
 * The report is refused by its size before it is read.
 */
export async function openPickedReport(
  report: PickedFile,
  others: readonly PickedFile[],
  shipped: Shipped,
): Promise<OpenedReport> {
  const file = report.file.name;
  if (report.file.size > LIMITS.fileBytes)
    return { file, result: { ok: false, errors: [tooLargeProblem(file, report.file.size)], warnings: [] } };
  const bytes = new Uint8Array(await report.file.arrayBuffer());
  const reportText = new TextDecoder('utf-8').decode(bytes);
  // The loader reads the source synchronously: find which file it names first, then read it.
  let asked: string | undefined;
  loadReport(file, bytes, {
    provenance: 'warning',
    readSource: (relative) => {
      asked = relative;
      return { ok: false, reason: '' };
    },
  });
  let source: SourceRead | undefined;
  if (asked !== undefined) {
    const textFile = asked;
    const found = findPickedSource(report.path, textFile, others);
    if (found) source = await readText(found);
    else {
      const text = shippedSource(reportText, textFile, shipped);
      source = text === undefined ? notPicked(textFile) : { ok: true, text };
    }
  }
  const result = loadReport(file, bytes, {
    provenance: 'warning',
    readSource: () => source ?? { ok: false, reason: 'no source text' },
  });
  return { file, result };
}

/**
 * Which of the files picked or dropped together is the report: the .json (not a .govbrief.json)
 * nearest the top of what was picked, then by name; with none, the first file (it is then
 * refused with the loader's message).
 */
export function chooseReport<F extends { name: string; webkitRelativePath?: string }>(
  files: readonly F[],
): F | undefined {
  const path = (f: F) => f.webkitRelativePath || f.name;
  const reports = files
    .filter((f) => {
      const n = f.name.toLowerCase();
      return n.endsWith('.json') && !n.endsWith('.govbrief.json');
    })
    .sort((a, b) => path(a).split('/').length - path(b).split('/').length || path(a).localeCompare(path(b)));
  return reports[0] ?? files[0];
}
