/**
 * The report files main opens: validated in Node with their source text (the quote check the web
 * build cannot do), watched, and remembered in the recent list. A file comes from the open
 * dialog, the recent list, a drop on the window (its path, from the preload), the command line
 * at launch, or a second launch while the app runs.
 *
 * The file named at launch is pulled, not pushed: the renderer asks for it when it starts
 * (after its fonts load), so it cannot be sent before anyone listens. A file from a second launch
 * before the renderer has asked replaces it; after, it is sent to the editor.
 */
import type { OpenedReport } from './report-watch';

export interface ReportFilesDeps {
  open(path: string): OpenedReport;
  /** Watches the file; returns the function that stops watching. */
  watch(path: string, onReload: (opened: OpenedReport) => void): () => void;
  /** A report opened without errors: add it to the recent list (and the menu). */
  remember(path: string): void;
  /** Sends a report (opened or reloaded) to the editor window. */
  send(opened: OpenedReport): void;
}

export class ReportFiles {
  private stopWatching: (() => void) | undefined;
  private launchFile: string | undefined;
  private asked = false;

  constructor(
    private readonly deps: ReportFilesDeps,
    launchFile?: string,
  ) {
    this.launchFile = launchFile;
  }

  /** Opens a report; a valid one is remembered and watched (instead of the one watched before). */
  open(path: string): OpenedReport {
    const opened = this.deps.open(path);
    if (opened.result.ok) {
      this.deps.remember(path);
      this.stopWatching?.();
      this.stopWatching = this.deps.watch(path, (reloaded) => this.deps.send(reloaded));
    }
    return opened;
  }

  /** The renderer starting: the report named on the command line, opened (once), or undefined. */
  initial(): OpenedReport | undefined {
    this.asked = true;
    const file = this.launchFile;
    this.launchFile = undefined;
    return file === undefined ? undefined : this.open(file);
  }

  /** Another launch named a file: kept for the renderer if it has not asked yet, else sent to it. */
  fromOtherLaunch(path: string): void {
    if (!this.asked) {
      this.launchFile = path;
      return;
    }
    this.deps.send(this.open(path));
  }

  /** Opened from the menu (the recent list): sent to the editor. */
  openAndSend(path: string): void {
    this.deps.send(this.open(path));
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
