/**
 * The preload: one small object on window.govbrief, typed by core/app/ipc-api.ts (the contract the
 * renderer's bridge calls). It only forwards calls to main (which
 * checks the sender and validates every payload) and subscribes to main's events. The renderer
 * never sees ipcRenderer itself, nor the paths of files dropped on it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent, webUtils } from 'electron';
import type { GovbriefApi } from '../../core/app/ipc-api';
import { EVENTS, INVOKE } from '../shared/channels';

type Listener = (payload: unknown) => void;

function subscribe(channel: string, listener: Listener): () => void {
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api: GovbriefApi = {
  listBundled: () => ipcRenderer.invoke(INVOKE.listBundled),
  openBundled: (id: string) => ipcRenderer.invoke(INVOKE.openBundled, id),
  openDialog: () => ipcRenderer.invoke(INVOKE.openDialog),
  openPath: (path: string) => ipcRenderer.invoke(INVOKE.openPath, path),
  // A file dropped on the window (or picked in its file input): main opens, validates and watches
  // it by its path (Electron 45 has no File.path). Resolves undefined when the file has no path
  // on disk; the renderer then reads its bytes itself.
  openDropped: (file: File) => {
    const path = webUtils.getPathForFile(file);
    return path ? ipcRenderer.invoke(INVOKE.openDropped, path) : Promise.resolve(undefined);
  },
  initialReport: () => ipcRenderer.invoke(INVOKE.initialReport),
  recent: () => ipcRenderer.invoke(INVOKE.recent),
  saveExport: (bytes: Uint8Array, fileName: string) => ipcRenderer.invoke(INVOKE.saveExport, { bytes, fileName }),
  printPdf: (bytes: Uint8Array, fileName: string) => ipcRenderer.invoke(INVOKE.printPdf, { bytes, fileName }),
  revealFile: (path: string) => ipcRenderer.invoke(INVOKE.revealFile, path),
  showPublish: (message: unknown) => ipcRenderer.invoke(INVOKE.showPublish, message),
  showStart: (fromIndex: number, presenter = false) => ipcRenderer.invoke(INVOKE.showStart, { fromIndex, presenter }),
  showEnd: () => ipcRenderer.invoke(INVOKE.showEnd),
  openAudience: () => ipcRenderer.invoke(INVOKE.openAudience),
  settingsNotice: () => ipcRenderer.invoke(INVOKE.settingsNotice),
  loadAutosave: (reportId: string) => ipcRenderer.invoke(INVOKE.briefingLoadAutosave, reportId),
  saveAutosave: (reportId: string, text: string) => ipcRenderer.invoke(INVOKE.briefingSaveAutosave, { reportId, text }),
  saveBriefing: (text: string, fileName: string) => ipcRenderer.invoke(INVOKE.briefingSave, { text, fileName }),
  openBriefing: () => ipcRenderer.invoke(INVOKE.briefingOpen),
  saveImport: (reportText: string, sourceText: string, fileName: string) =>
    ipcRenderer.invoke(INVOKE.importSave, { reportText, sourceText, fileName }),
  onReportUpdated: (listener: Listener) => subscribe(EVENTS.reportUpdated, listener),
  onShowMessage: (listener: Listener) => subscribe(EVENTS.showMessage, listener),
  onMenuCommand: (listener: Listener) => subscribe(EVENTS.menuCommand, listener),
  onBriefingFile: (listener: Listener) => subscribe(EVENTS.briefingFile, listener),
};

contextBridge.exposeInMainWorld('govbrief', api);
