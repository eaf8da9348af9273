/** The plain-web bridge: bundled reports, the browser's file picker, BroadcastChannel. */
import { bundledList, loadBundledOrText, openBundledReport } from './bundled';
import type { Bridge, ShowMessage } from './types';

const CHANNEL = 'govbrief-show';

export function createWebBridge(): Bridge {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  return {
    kind: 'web',
    listBundled: async () => bundledList(),
    openBundled: async (id) => openBundledReport(id),
    openLocalFile: async (file) => loadBundledOrText(file.name, new Uint8Array(await file.arrayBuffer())),
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
    endShow: () => {},
    saveExport: async (bytes, fileName) => {
      // A download: the browser asks where (or uses its download folder).
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: fileName.endsWith('.pptx') ? 'application/vnd.openxmlformats-officedocument.presentationml.presentation' : 'application/pdf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, path: undefined };
    },
    onMenuCommand: () => () => {},
    startupNotice: async () => undefined,
  };
}
