/**
 * The window.govbrief API the preload exposes (electron/preload/index.ts builds it, typed by
 * this interface) and the renderer's Electron bridge calls (renderer/src/bridge/electron.ts).
 * Arguments are typed; replies are `unknown` until the renderer checks them
 * (renderer/src/bridge/checked.ts and the show message schema, core/app/show-message.ts), as main
 * checks every request with its schema (electron/main/payloads.ts). Types only: nothing runs here.
 */

type Listener = (payload: unknown) => void;

export interface GovbriefApi {
  listBundled(): Promise<unknown>;
  openBundled(id: string): Promise<unknown>;
  openDialog(): Promise<unknown>;
  openPath(path: string): Promise<unknown>;
  /** Main opens a dropped file by its path; undefined when the file has no path on disk. */
  openDropped(file: File): Promise<unknown>;
  initialReport(): Promise<unknown>;
  recent(): Promise<unknown>;
  saveExport(bytes: Uint8Array, fileName: string): Promise<unknown>;
  /** A PDF to open for printing (main writes it to a temporary file and opens it). */
  printPdf(bytes: Uint8Array, fileName: string): Promise<unknown>;
  revealFile(path: string): Promise<void>;
  /** A show message (core/app/show-message.ts) for the other windows. */
  showPublish(message: unknown): Promise<void>;
  showStart(fromIndex: number, presenter?: boolean): Promise<void>;
  showEnd(): Promise<void>;
  openAudience(): Promise<void>;
  settingsNotice(): Promise<unknown>;
  loadAutosave(reportId: string): Promise<unknown>;
  saveAutosave(reportId: string, text: string): Promise<unknown>;
  saveBriefing(text: string, fileName: string): Promise<unknown>;
  openBriefing(): Promise<unknown>;
  /** Saves an imported draft through main's dialog and reopens it (electron/main/import-save.ts). */
  saveImport(reportText: string, sourceText: string, fileName: string): Promise<unknown>;
  onReportUpdated(listener: Listener): () => void;
  onShowMessage(listener: Listener): () => void;
  onMenuCommand(listener: Listener): () => void;
  /** A briefing file handed to the app (command line, double-click): its name and bytes, or an error. */
  onBriefingFile(listener: Listener): () => void;
}
