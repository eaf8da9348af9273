/**
 * The one interface the app talks to its host through. Two implementations: Electron (through
 * the preload's window.govbrief and main) and plain web (bundled reports, file picker,
 * BroadcastChannel between tabs). Views never know which one they have.
 */
import type { ThemeId } from '../../../core/deck/themes';
import type { LoadResult } from '../../../core/report/load';
import type { Report } from '../../../core/report/schema';
import type { Blank } from '../nav/reducer';

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

/** What a presenting window tells the others: which deck, and where in it. */
export type ShowMessage =
  | { kind: 'deck'; report: Report; compareWith: Report | undefined; theme: ThemeId }
  | { kind: 'nav'; index: number; blank: Blank }
  /** A window that just opened asks the presenter for the current deck and position. */
  | { kind: 'hello' };

export interface ShowChannel {
  publish(message: ShowMessage): void;
  subscribe(listener: (message: ShowMessage) => void): () => void;
}

export type SaveResult = { ok: true; path: string } | { ok: false; cancelled: boolean; message?: string };

export interface Bridge {
  kind: 'web' | 'electron';
  listBundled(): Promise<BundledInfo[]>;
  openBundled(id: string): Promise<OpenedReport>;
  /** A file the user picked or dropped on the window. */
  openLocalFile(file: File): Promise<OpenedReport>;
  /** Report updates pushed by the host (Electron watches the open file). */
  onReportUpdated(listener: (report: OpenedReport) => void): () => void;
  show: ShowChannel;
  /** Opens the audience view (web: a new tab; Electron: the external display). */
  openAudience(): void;
}
