/**
 * The preload: one small typed object on window.govbrief. It only forwards calls to main (which
 * checks the sender and validates every payload) and subscribes to main's events. The renderer
 * never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS, INVOKE } from '../shared/channels';

type Listener = (payload: unknown) => void;

function subscribe(channel: string, listener: Listener): () => void {
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api = {
  listBundled: () => ipcRenderer.invoke(INVOKE.listBundled),
  openBundled: (id: string) => ipcRenderer.invoke(INVOKE.openBundled, id),
  openDialog: () => ipcRenderer.invoke(INVOKE.openDialog),
  openPath: (path: string) => ipcRenderer.invoke(INVOKE.openPath, path),
  recent: () => ipcRenderer.invoke(INVOKE.recent),
  saveExport: (bytes: Uint8Array, fileName: string) => ipcRenderer.invoke(INVOKE.saveExport, { bytes, fileName }),
  revealFile: (path: string) => ipcRenderer.invoke(INVOKE.revealFile, path),
  showPublish: (message: unknown) => ipcRenderer.invoke(INVOKE.showPublish, message),
  showStart: (fromIndex: number) => ipcRenderer.invoke(INVOKE.showStart, { fromIndex }),
  showEnd: () => ipcRenderer.invoke(INVOKE.showEnd),
  openAudience: () => ipcRenderer.invoke(INVOKE.openAudience),
  settingsNotice: () => ipcRenderer.invoke(INVOKE.settingsNotice),
  loadAutosave: (reportId: string) => ipcRenderer.invoke(INVOKE.briefingLoadAutosave, reportId),
  saveAutosave: (reportId: string, text: string) => ipcRenderer.invoke(INVOKE.briefingSaveAutosave, { reportId, text }),
  saveBriefing: (text: string, fileName: string) => ipcRenderer.invoke(INVOKE.briefingSave, { text, fileName }),
  openBriefing: () => ipcRenderer.invoke(INVOKE.briefingOpen),
  onReportUpdated: (listener: Listener) => subscribe(EVENTS.reportUpdated, listener),
  onShowMessage: (listener: Listener) => subscribe(EVENTS.showMessage, listener),
  onMenuCommand: (listener: Listener) => subscribe(EVENTS.menuCommand, listener),
};

export type GovbriefApi = typeof api;

contextBridge.exposeInMainWorld('govbrief', api);
