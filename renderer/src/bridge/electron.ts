/**
 * The Electron bridge: the same interface as the web one, over the preload's window.govbrief.
 * Main loads and validates reports, watches the open file, saves exports atomically and keeps the
 * slide index of a show; everything arriving from main is checked before use.
 */
import { BriefingSchema } from '../../../core/briefing/schema';
import { ReportSchema } from '../../../core/report/schema';
import { openPickedFile } from './bundled';
import { isMenuCommand } from '../../../core/app/menu-commands';
import type { Bridge, BriefingFile, BundledInfo, OpenedReport, SaveResult, ShowMessage } from './types';

/** What the preload exposes (electron/preload/index.ts). */
export interface GovbriefApi {
  listBundled(): Promise<BundledInfo[]>;
  openBundled(id: string): Promise<OpenedReport>;
  openDialog(): Promise<OpenedReport | undefined>;
  openPath(path: string): Promise<OpenedReport>;
  saveExport(bytes: Uint8Array, fileName: string): Promise<SaveResult>;
  revealFile(path: string): Promise<void>;
  showPublish(message: unknown): Promise<void>;
  showStart(fromIndex: number): Promise<void>;
  showEnd(): Promise<void>;
  openAudience(): Promise<void>;
  settingsNotice(): Promise<{ zh: string; en: string } | undefined>;
  loadAutosave(reportId: string): Promise<unknown>;
  saveAutosave(reportId: string, text: string): Promise<unknown>;
  saveBriefing(text: string, fileName: string): Promise<SaveResult>;
  openBriefing(): Promise<unknown>;
  onReportUpdated(listener: (payload: unknown) => void): () => void;
  onShowMessage(listener: (payload: unknown) => void): () => void;
  onMenuCommand(listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    govbrief?: GovbriefApi;
  }
}

/** A deck message from another window carries reports and a briefing: they are validated before use. */
function checkedShowMessage(payload: unknown): ShowMessage | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const m = payload as { kind?: unknown };
  if (m.kind === 'nav' || m.kind === 'hello') return payload as ShowMessage;
  if (m.kind === 'deck') {
    const d = payload as { report: unknown; compareWith?: unknown; briefing: unknown };
    const report = ReportSchema.safeParse(d.report);
    const briefing = BriefingSchema.safeParse(d.briefing);
    if (!report.success || !briefing.success) return undefined;
    const cmp = d.compareWith === undefined ? undefined : ReportSchema.safeParse(d.compareWith);
    if (cmp && !cmp.success) return undefined;
    return { kind: 'deck', report: report.data, compareWith: cmp?.data, briefing: briefing.data };
  }
  return undefined;
}

/** What main returned for a picked briefing file, checked. */
function checkedBriefingFile(payload: unknown): BriefingFile | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const f = payload as { file?: unknown; bytes?: unknown; error?: { zh?: unknown; en?: unknown } };
  if (typeof f.file !== 'string') return undefined;
  if (f.bytes instanceof Uint8Array) return { file: f.file, bytes: f.bytes };
  if (f.error && typeof f.error.zh === 'string' && typeof f.error.en === 'string') return { file: f.file, error: { zh: f.error.zh, en: f.error.en } };
  return undefined;
}

export function createElectronBridge(api: GovbriefApi): Bridge {
  return {
    kind: 'electron',
    listBundled: () => api.listBundled(),
    openBundled: (id) => api.openBundled(id),
    // Dropped files: Electron gives no path to a sandboxed page, so the bytes are loaded here
    // (without the source text check, which main does for files it opens itself).
    openLocalFile: (file) => openPickedFile(file),
    openDialog: () => api.openDialog(),
    onReportUpdated: (listener) => api.onReportUpdated((p) => listener(p as OpenedReport)),
    show: {
      publish: (message) => void api.showPublish(message),
      subscribe: (listener) =>
        api.onShowMessage((p) => {
          const m = checkedShowMessage(p);
          if (m) listener(m);
        }),
    },
    openAudience: () => void api.openAudience(),
    startShow: (fromIndex) => {
      void api.showStart(fromIndex);
      return true;
    },
    endShow: () => void api.showEnd(),
    saveExport: (bytes, fileName) => api.saveExport(bytes, fileName),
    revealFile: (path) => void api.revealFile(path),
    onMenuCommand: (listener) =>
      api.onMenuCommand((c) => {
        if (isMenuCommand(c)) listener(c);
      }),
    startupNotice: () => api.settingsNotice(),
    loadAutosave: async (reportId) => {
      const text = await api.loadAutosave(reportId);
      return typeof text === 'string' ? text : undefined;
    },
    saveAutosave: async (reportId, text) => {
      try {
        return (await api.saveAutosave(reportId, text)) === true;
      } catch {
        return false;
      }
    },
    saveBriefing: (text, fileName) => api.saveBriefing(text, fileName),
    openBriefingDialog: async () => checkedBriefingFile(await api.openBriefing()),
  };
}
