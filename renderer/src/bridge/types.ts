/**
 * The one interface the app talks to its host through. Two implementations: Electron (through
 * the preload's window.govbrief and main) and plain web (bundled reports, file picker,
 * BroadcastChannel between tabs). Views never know which one they have.
 */
import type { LoadResult } from '../../../core/report/load';

export interface OpenedReport {
  /** Shown to the user: a file name or the bundled file's path. */
  file: string;
  result: LoadResult;
}

export interface BundledInfo {
  id: string;
  title: string;
  file: string;
}

/** What a presenting window tells the others (core/app/show-message.ts, the one definition). */
import type { ShowMessage } from '../../../core/app/show-message';

export type { ShowMessage };

export interface ShowChannel {
  publish(message: ShowMessage): void;
  subscribe(listener: (message: ShowMessage) => void): () => void;
}

/** A briefing file the user picked: the name to show, and its bytes (or why they could not be read). */
export type BriefingFile = { file: string; bytes: Uint8Array } | { file: string; error: { zh: string; en: string } };

export type SaveResult =
  { ok: true; path: string | undefined } | { ok: false; cancelled: boolean; message?: { zh: string; en: string } };

/** The outcome of saving an imported draft: the saved file as the host reopened it, or why not. */
export type ImportSaveResult =
  | { ok: true; path: string; opened: OpenedReport }
  | { ok: false; cancelled: boolean; message?: { zh: string; en: string } };

/** Menu commands from the host's native menu (Electron); the web build has none. */
import type { MenuCommand } from '../../../core/app/menu-commands';
export type { MenuCommand };

export interface Bridge {
  kind: 'web' | 'electron';
  listBundled(): Promise<BundledInfo[]>;
  openBundled(id: string): Promise<OpenedReport>;
  /**
   * A file the user picked or dropped on the window. Electron: opened by main from its path
   * (validated with its source text, watched, added to the recent files); in the page only when
   * the file has no path on disk, and on the web. `companions`: the files picked or dropped with
   * it (another file, or the rest of a folder), where the page looks for its source text.
   */
  openLocalFile(file: File, companions?: readonly File[]): Promise<OpenedReport>;
  /** The report the host was started with (Electron: a file on the command line), asked for once at start. */
  initialReport(): Promise<OpenedReport | undefined>;
  /** Report updates pushed by the host (Electron watches the open file). */
  onReportUpdated(listener: (report: OpenedReport) => void): () => void;
  /** The host's own open dialog (Electron); undefined: use the file input. */
  openDialog?: () => Promise<OpenedReport | undefined>;
  show: ShowChannel;
  /** Opens the audience view (web: a new tab; Electron: the external display). */
  openAudience(): void;
  /**
   * Starts the show in the host's own windows (Electron: audience on the external display, and
   * the presenter view on the laptop, or over the show with one display when `withPresenter`);
   * returns false when the app should show it in this window (web).
   */
  startShow(fromIndex: number, withPresenter?: boolean): boolean;
  /**
   * Ends the show everywhere (Esc, 结束放映): Electron: main closes the show windows and lets the
   * display sleep; web: the other tabs of the show are told ({ kind: 'end' }).
   */
  endShow(): void;
  /** Hands exported bytes to the host: a download (web) or a save dialog and atomic write. */
  saveExport(bytes: Uint8Array, fileName: string): Promise<SaveResult>;
  /**
   * Opens a PDF made by core for printing (Ctrl+P, 打印讲义): web: in a new window whose print
   * dialog is opened; Electron: main writes it to a temporary file and opens it in the system's
   * PDF viewer (the app's windows have no PDF plugin).
   */
  printPdf(bytes: Uint8Array, fileName: string): Promise<SaveResult>;
  /** Shows a saved file in its folder (Electron only). */
  revealFile?: (path: string) => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A message from the host to show once at start (e.g. settings were reset). */
  startupNotice(): Promise<{ zh: string; en: string } | undefined>;
  /** The briefing autosaved for a report (the text of a .govbrief.json file), if any. */
  loadAutosave(reportId: string): Promise<string | undefined>;
  /** Keeps a report's briefing (web: local storage; Electron: a file in userData); false if it could not. */
  saveAutosave(reportId: string, text: string): Promise<boolean>;
  /** Saves a briefing file: a download (web) or the save dialog and an atomic write (Electron). */
  saveBriefing(text: string, fileName: string): Promise<SaveResult>;
  /** The host's own open dialog for briefing files (Electron); undefined: use the file input. */
  openBriefingDialog?: () => Promise<BriefingFile | undefined>;
  /** Briefing files handed to the app from outside (Electron: command line, double-click). */
  onBriefingFile?: (listener: (file: BriefingFile) => void) => () => void;
  /**
   * Saves an imported draft (Electron: main's save dialog, the source text written beside the
   * report, both atomically, then the report reopened with the loader); undefined on the web,
   * where the draft is downloaded with its text inline.
   */
  saveImport?: (reportText: string, sourceText: string, fileName: string) => Promise<ImportSaveResult>;
}
