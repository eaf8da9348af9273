/**
 * Checks for what main sends the renderer (Electron). Main is trusted, but what arrives over IPC
 * is only a structured clone: the renderer checks its shape before use, as main checks every
 * payload it gets. A report is validated with the report schema; a malformed reply becomes an
 * error the user sees (or is dropped, for events), and is logged.
 */
import {
  Bilingual,
  BundledReplySchema as BundledShape,
  ImportSaveReplySchema as ImportSaveShape,
  OpenedReplySchema as OpenedShape,
  SaveReplySchema as SaveShape,
} from '../../../core/app/ipc-replies';
import type { LoadResult } from '../../../core/report/load';
import type { Problem } from '../../../core/report/problems';
import { ReportSchema } from '../../../core/report/schema';
import type { BundledInfo, ImportSaveResult, OpenedReport, SaveResult } from './types';

function warn(what: string, detail: unknown): void {
  console.warn(`GovBrief: dropped a malformed ${what} from main`, detail);
}

/** An opened report from main (a LoadResult with its file), checked; undefined if malformed. */
export function checkedOpenedReport(payload: unknown): OpenedReport | undefined {
  const shape = OpenedShape.safeParse(payload);
  if (!shape.success) {
    warn('report reply', shape.error.issues.slice(0, 3));
    return undefined;
  }
  const { file, result } = shape.data;
  if (!result.ok)
    return { file, result: { ok: false, errors: result.errors as Problem[], warnings: result.warnings as Problem[] } };
  const report = ReportSchema.safeParse(result.report);
  if (!report.success) {
    warn('report', report.error.issues.slice(0, 3));
    return undefined;
  }
  const loaded: LoadResult = {
    ok: true,
    report: report.data,
    sourceText: result.sourceText,
    warnings: result.warnings as Problem[],
  };
  return { file, result: loaded };
}

/** What the user sees when main's reply for a file could not be used. */
export function malformedReply(file: string): OpenedReport {
  const text = {
    zh: '程序内部传来的报告数据不完整，未能打开',
    en: 'the report data passed inside the app was malformed; it was not opened',
  };
  const hint = {
    zh: '请重新打开该文件；如仍不行，请重启程序',
    en: 'open the file again; if that fails, restart the app',
  };
  const problem: Problem = {
    severity: 'error',
    code: 'file-unreadable',
    file,
    line: 1,
    column: 1,
    path: '',
    message: text,
    hint,
  };
  return { file, result: { ok: false, errors: [problem], warnings: [] } };
}

/** The bundled reports main lists: the well-formed entries only. */
export function checkedBundledList(payload: unknown): BundledInfo[] {
  if (!Array.isArray(payload)) {
    warn('list of bundled reports', payload);
    return [];
  }
  return payload.flatMap((entry) => {
    const e = BundledShape.safeParse(entry);
    if (e.success) return [e.data];
    warn('bundled report entry', entry);
    return [];
  });
}

/** A notice from main to show once (e.g. the settings were reset). */
export function checkedNotice(payload: unknown): { zh: string; en: string } | undefined {
  if (payload === undefined) return undefined;
  const n = Bilingual.safeParse(payload);
  if (n.success) return n.data;
  warn('notice', payload);
  return undefined;
}

/** The outcome of a save in main; a malformed one reads as a failed save. */
export function checkedSaveResult(payload: unknown): SaveResult {
  const r = SaveShape.safeParse(payload);
  if (r.success)
    return r.data.ok
      ? { ok: true, path: r.data.path }
      : { ok: false, cancelled: r.data.cancelled, ...(r.data.message ? { message: r.data.message } : {}) };
  warn('save result', payload);
  return {
    ok: false,
    cancelled: false,
    message: { zh: '保存结果无法确认', en: 'the outcome of the save could not be read' },
  };
}

/** The outcome of saving an imported draft in main; a malformed one (or report) reads as a failed save. */
export function checkedImportSave(payload: unknown): ImportSaveResult {
  const r = ImportSaveShape.safeParse(payload);
  if (r.success && !r.data.ok)
    return { ok: false, cancelled: r.data.cancelled, ...(r.data.message ? { message: r.data.message } : {}) };
  const opened = r.success && r.data.ok ? checkedOpenedReport(r.data.opened) : undefined;
  if (r.success && r.data.ok && opened) return { ok: true, path: r.data.path, opened };
  warn('import save result', payload);
  return {
    ok: false,
    cancelled: false,
    message: { zh: '保存结果无法确认', en: 'the outcome of the save could not be read' },
  };
}
