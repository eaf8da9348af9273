/**
 * The report files main opens: validated in Node with their source text (the quote check the web
 * build cannot do), watched, and remembered in the recent list. A file comes from the open
 * dialog, the recent list, a drop on the window (its path, from the preload), the command line
 * at launch, or a second launch while the app runs (told apart from briefings in outside-files.ts).
 *
 * The file named at launch is pulled, not pushed: the renderer asks for it when it starts
 * (after its fonts load), so it cannot be sent before anyone listens. A file from a second launch
 * (or, on macOS, from the Finder: open-file) before the renderer has asked replaces it; after, it
 * is sent to the editor.
 *
 * The editor asks again whenever its page loads again (Ctrl+R in development, or a reload after
 * its renderer crashed, possibly mid-show): it then gets the report it was showing, read afresh,
 * not the bundled default. That is the report file main last opened for it, or, once the editor
 * has switched to another report, the bundled report with that id. Main learns which report the
 * editor shows from the deck it publishes (editorShows); a file the editor no longer shows is
 * still watched (a late deck may bring the editor back to it) but its saves are not pushed to
 * the editor, which would switch it back to the file.
 */
import type { OpenedReport } from './report-watch';

export interface ReportFilesDeps {
  open(path: string): OpenedReport;
  /**
   * Loads off main's thread (report-loader.ts); when given, the opens that answer later (the
   * menu, another launch, the editor's first ask through initialLoaded) use it.
   */
  load?: (path: string) => Promise<OpenedReport>;
  /** Watches the file; returns the function that stops watching. */
  watch(path: string, onReload: (opened: OpenedReport) => void): () => void;
  /** A report opened without errors: add it to the recent list (and the menu). */
  remember(path: string): void;
  /** Sends a report (opened or reloaded) to the editor window. */
  send(opened: OpenedReport): void;
  /** The path of the bundled report with this id, if there is one. */
  bundledPath(reportId: string): string | undefined;
}

export class ReportFiles {
  private stopWatching: (() => void) | undefined;
  private launchFile: string | undefined;
  private asked = false;
  /** The report file opened last without errors (watched), and its report's id as last read. */
  private file: { path: string; reportId: string } | undefined;
  /** Whether the editor shows that file; else the bundled report it shows, if main has it. */
  private editorOnFile = false;
  private bundledShown: string | undefined;
  /** The report id of the editor's last deck since a file was opened (decks come with every edit). */
  private lastShownId: string | undefined;

  constructor(
    private readonly deps: ReportFilesDeps,
    launchFile?: string,
  ) {
    this.launchFile = launchFile;
  }

  /** Opens a report; a valid one is remembered and watched (instead of the one watched before). */
  open(path: string): OpenedReport {
    return this.adopt(path, this.deps.open(path));
  }

  /**
   * A report loaded elsewhere (off main's thread, report-loader.ts), taken as open() takes one:
   * a valid one is remembered and watched.
   */
  adopt(path: string, opened: OpenedReport): OpenedReport {
    if (opened.result.ok) {
      this.deps.remember(path);
      this.stopWatching?.();
      const file = { path, reportId: opened.result.report.id };
      this.file = file;
      this.editorOnFile = true;
      this.bundledShown = undefined;
      this.lastShownId = undefined;
      this.stopWatching = this.deps.watch(path, (reloaded) => {
        // Saved with another report id: the editor takes it, and its next deck carries that id.
        if (reloaded.result.ok) file.reportId = reloaded.result.report.id;
        if (this.file === file && this.editorOnFile) this.deps.send(reloaded);
      });
    }
    return opened;
  }

  /**
   * The editor's page starting (the first time, or loaded again): the report named on the
   * command line, opened (once); after that the report the editor was showing, read afresh; or
   * undefined (the renderer opens its default).
   */
  initial(): OpenedReport | undefined {
    this.asked = true;
    const launch = this.launchFile;
    this.launchFile = undefined;
    if (launch !== undefined) return this.open(launch);
    if (this.file && this.editorOnFile) return this.deps.open(this.file.path);
    if (this.bundledShown !== undefined) return this.deps.open(this.bundledShown);
    return undefined;
  }

  /** initial(), with its loads off main's thread when deps.load is given. */
  async initialLoaded(): Promise<OpenedReport | undefined> {
    const load = this.deps.load;
    if (!load) return this.initial();
    this.asked = true;
    const launch = this.launchFile;
    this.launchFile = undefined;
    if (launch !== undefined) return this.adopt(launch, await load(launch));
    if (this.file && this.editorOnFile) return load(this.file.path);
    if (this.bundledShown !== undefined) return load(this.bundledShown);
    return undefined;
  }

  /** Opens and sends to the editor: off main's thread when deps.load is given. */
  private openThenSend(path: string): void {
    const load = this.deps.load;
    if (!load) {
      this.deps.send(this.open(path));
      return;
    }
    void load(path).then((opened) => this.deps.send(this.adopt(path, opened)));
  }

  /** The editor published a deck of the report with this id: what it shows now. */
  editorShows(reportId: string): void {
    if (reportId === this.lastShownId && !this.editorOnFile) return;
    this.lastShownId = reportId;
    if (this.file?.reportId === reportId) {
      this.editorOnFile = true;
      this.bundledShown = undefined;
      return;
    }
    this.editorOnFile = false;
    this.bundledShown = this.deps.bundledPath(reportId);
  }

  /** Another launch named a file: kept for the renderer if it has not asked yet, else sent to it. */
  fromOtherLaunch(path: string): void {
    if (!this.asked) {
      this.launchFile = path;
      return;
    }
    this.openThenSend(path);
  }

  /** Opened from the menu (the recent list): sent to the editor. */
  openAndSend(path: string): void {
    this.openThenSend(path);
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
