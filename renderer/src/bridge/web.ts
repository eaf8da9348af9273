/**
 * The plain-web bridge: bundled reports, the browser's file picker, BroadcastChannel between
 * tabs, downloads for saved files, local storage for autosaved briefings.
 */
import { bundledList, openBundledReport, openPickedFile } from './bundled';
import type { Bridge, SaveResult, ShowMessage } from './types';

const CHANNEL = 'govbrief-show';
/** Local storage key of a report's autosaved briefing. */
export const AUTOSAVE_KEY = (reportId: string) => `govbrief.briefing.${reportId}`;

/** A download: the browser asks where (or uses its download folder). */
function download(data: Uint8Array | string, fileName: string, type: string): SaveResult {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, path: undefined };
}

/** Opens the PDF in a new window and, once it is shown, that window's print dialog. */
function printPdf(bytes: Uint8Array): SaveResult {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const w = window.open(url, '_blank');
  if (!w) {
    URL.revokeObjectURL(url);
    return {
      ok: false,
      cancelled: false,
      message: { zh: '浏览器阻止了打印窗口，请允许弹出窗口后重试', en: 'the browser blocked the print window' },
    };
  }
  w.addEventListener('load', () => w.print(), { once: true });
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, path: undefined };
}

export function createWebBridge(): Bridge {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  return {
    kind: 'web',
    listBundled: async () => bundledList(),
    openBundled: async (id) => openBundledReport(id),
    openLocalFile: async (file, companions) => openPickedFile(file, companions),
    initialReport: async () => undefined,
    onReportUpdated: () => () => {},
    show: {
      publish: (message: ShowMessage) => channel?.postMessage(message),
      subscribe: (listener) => {
        if (!channel) return () => {};
        const handler = (e: MessageEvent<ShowMessage>) => listener(e.data);
        channel.addEventListener('message', handler);
        return () => channel.removeEventListener('message', handler);
      },
    },
    openAudience: () => {
      window.open(`${location.pathname}#/audience`, 'govbrief-audience');
    },
    startShow: () => false,
    // The other tabs of the show (an audience, a presenter view) end it too.
    endShow: () => channel?.postMessage({ kind: 'end' } satisfies ShowMessage),
    saveExport: async (bytes, fileName) =>
      download(
        bytes,
        fileName,
        fileName.endsWith('.pptx')
          ? 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
          : 'application/pdf',
      ),
    printPdf: async (bytes) => printPdf(bytes),
    onMenuCommand: () => () => {},
    startupNotice: async () => undefined,
    loadAutosave: async (reportId) => {
      try {
        return localStorage.getItem(AUTOSAVE_KEY(reportId)) ?? undefined;
      } catch {
        // Storage disabled (private mode, policy): start from the whole report.
        return undefined;
      }
    },
    // Synchronous inside: a save requested as the page hides completes before it goes.
    saveAutosave: async (reportId, text) => {
      try {
        localStorage.setItem(AUTOSAVE_KEY(reportId), text);
        return true;
      } catch {
        // Quota exceeded or storage disabled: the editor shows that autosave failed.
        return false;
      }
    },
    saveBriefing: async (text, fileName) => download(text, fileName, 'application/json'),
  };
}
