/**
 * The Electron bridge: the same interface as the web one, over the preload's window.govbrief.
 * Main loads and validates reports, watches the open file, saves exports atomically and keeps the
 * slide index of a show; everything arriving from main is checked before use (checked.ts).
 */
import type { GovbriefApi } from '../../../core/app/ipc-api';
import { ShowMessageSchema } from '../../../core/app/show-message';
import { openPickedFile } from './bundled';
import {
  checkedBundledList,
  checkedImportSave,
  checkedNotice,
  checkedOpenedReport,
  checkedSaveResult,
  malformedReply,
} from './checked';
import { isMenuCommand } from '../../../core/app/menu-commands';
import type { Bridge, BriefingFile, OpenedReport, ShowMessage } from './types';

export type { GovbriefApi };

declare global {
  interface Window {
    govbrief?: GovbriefApi;
  }
}

/** A message from another window, through the one schema (a deck's reports and briefing validated). */
function checkedShowMessage(payload: unknown): ShowMessage | undefined {
  const m = ShowMessageSchema.safeParse(payload);
  return m.success ? m.data : undefined;
}

/** What main returned for a picked briefing file, checked. */
function checkedBriefingFile(payload: unknown): BriefingFile | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const f = payload as { file?: unknown; bytes?: unknown; error?: { zh?: unknown; en?: unknown } };
  if (typeof f.file !== 'string') return undefined;
  if (f.bytes instanceof Uint8Array) return { file: f.file, bytes: f.bytes };
  if (f.error && typeof f.error.zh === 'string' && typeof f.error.en === 'string')
    return { file: f.file, error: { zh: f.error.zh, en: f.error.en } };
  return undefined;
}

/** A dropped or picked file: main opens it by its path; the page reads it only when it has none. */
async function openLocalFile(api: GovbriefApi, file: File, companions?: readonly File[]): Promise<OpenedReport> {
  if (file.name.toLowerCase().endsWith('.json')) {
    let reply: unknown;
    try {
      reply = await api.openDropped(file);
    } catch (e) {
      // Refused by main (it only takes absolute .json paths): read the bytes here instead.
      console.warn('GovBrief: main did not open the dropped file; reading it in the page', e);
      reply = undefined;
    }
    if (reply !== undefined) return checkedOpenedReport(reply) ?? malformedReply(file.name);
  }
  // No path (a file from elsewhere than the disk) or not a .json name: loaded here, without
  // the source text check main does for the files it opens.
  return openPickedFile(file, companions);
}

export function createElectronBridge(api: GovbriefApi): Bridge {
  return {
    kind: 'electron',
    listBundled: async () => checkedBundledList(await api.listBundled()),
    openBundled: async (id) =>
      checkedOpenedReport(await api.openBundled(id)) ?? malformedReply(`data/reports/${id}.json`),
    openLocalFile: (file, companions) => openLocalFile(api, file, companions),
    initialReport: async () => {
      const reply = await api.initialReport();
      return reply === undefined ? undefined : checkedOpenedReport(reply);
    },
    openDialog: async () => {
      const reply = await api.openDialog();
      return reply === undefined ? undefined : (checkedOpenedReport(reply) ?? malformedReply('?'));
    },
    onReportUpdated: (listener) =>
      api.onReportUpdated((p) => {
        const opened = checkedOpenedReport(p);
        if (opened) listener(opened);
      }),
    show: {
      publish: (message) => void api.showPublish(message),
      subscribe: (listener) =>
        api.onShowMessage((p) => {
          const m = checkedShowMessage(p);
          if (m) listener(m);
        }),
    },
    openAudience: () => void api.openAudience(),
    startShow: (fromIndex, withPresenter = false) => {
      void api.showStart(fromIndex, withPresenter);
      return true;
    },
    // Main closes the show windows (this one too, if it is one) and lets the display sleep.
    endShow: () => void api.showEnd(),
    saveExport: async (bytes, fileName) => checkedSaveResult(await api.saveExport(bytes, fileName)),
    printPdf: async (bytes, fileName) => checkedSaveResult(await api.printPdf(bytes, fileName)),
    revealFile: (path) => void api.revealFile(path),
    onMenuCommand: (listener) =>
      api.onMenuCommand((c) => {
        if (isMenuCommand(c)) listener(c);
      }),
    // The editor's alone: main refuses it from the show windows (which ask too, as every window
    // runs the same app): no notice there.
    startupNotice: async () => checkedNotice(await api.settingsNotice().catch(() => undefined)),
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
    saveBriefing: async (text, fileName) => checkedSaveResult(await api.saveBriefing(text, fileName)),
    openBriefingDialog: async () => checkedBriefingFile(await api.openBriefing()),
    saveImport: async (reportText, sourceText, fileName) =>
      checkedImportSave(await api.saveImport(reportText, sourceText, fileName)),
    onBriefingFile: (listener) =>
      api.onBriefingFile((p) => {
        const f = checkedBriefingFile(p);
        if (f) listener(f);
      }),
  };
}
