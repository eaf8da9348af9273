/**
 * Files handed to the app from outside: the command line at launch, another launch's command
 * line (second-instance), or on macOS the Finder (open-file: Open With, a double-click, a drop on
 * the Dock icon; it arrives before the app is ready when it launched the app). A `.govbrief.json`
 * is a briefing, any other `.json` a report.
 *
 * - A report goes to ReportFiles: the launch file until the editor has asked for its first
 *   report, after that it opens in the editor.
 * - A briefing is sent to the editor once it shows its first deck (the editor then opens the
 *   briefing's report with it, as when it is opened from the menu); until then it waits here.
 * - During a show nothing is opened: the audience must not see the deck change under it. The
 *   file waits (the last one handed over, if several) and opens when the show ends, when the
 *   editor also comes to the front.
 */
import type { ReportFiles } from './report-files';

export type OutsideFile = { kind: 'report'; path: string } | { kind: 'briefing'; path: string };

const BRIEFING_SUFFIX = '.govbrief.json';

/** What a path handed over from outside names: a briefing, a report, or nothing the app opens. */
export function outsideFile(path: string, exists: (path: string) => boolean): OutsideFile | undefined {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.json') || !exists(path)) return undefined;
  return lower.endsWith(BRIEFING_SUFFIX) ? { kind: 'briefing', path } : { kind: 'report', path };
}

/** The file named on a command line (this launch's, or another's): its first existing .json argument. */
export function commandLineFile(argv: readonly string[], exists: (path: string) => boolean): OutsideFile | undefined {
  for (const arg of argv.slice(1)) {
    const file = outsideFile(arg, exists);
    if (file) return file;
  }
  return undefined;
}

export interface OutsideFilesDeps {
  reports: Pick<ReportFiles, 'fromOtherLaunch'>;
  /** Reads the briefing file and sends it (its bytes, or why it cannot be read) to the editor. */
  sendBriefing(path: string): void;
  exists(path: string): boolean;
  /** Whether a show is on. */
  presenting(): boolean;
  /** Restores and focuses the editor window, if it is open. */
  showEditor(): void;
}

export class OutsideFiles {
  /** A file handed over during a show: opened when the show ends. */
  private waiting: OutsideFile | undefined;
  /** A briefing waiting for the editor's first deck. */
  private briefingForEditor: string | undefined;
  private editorReady = false;

  /** `launch`: the file named on this launch's command line, if it is a briefing (a report goes to ReportFiles). */
  constructor(
    private readonly deps: OutsideFilesDeps,
    launch?: OutsideFile,
  ) {
    if (launch?.kind === 'briefing') this.briefingForEditor = launch.path;
  }

  /**
   * A path (or nothing) from outside. The editor comes to the front, except during a show.
   * Returns whether the path was taken (open-file's default is then prevented).
   */
  receive(path: string | undefined): boolean {
    const presenting = this.deps.presenting();
    if (!presenting) this.deps.showEditor();
    const file = path === undefined ? undefined : outsideFile(path, this.deps.exists);
    if (!file) return false;
    if (presenting) this.waiting = file;
    else this.deliver(file);
    return true;
  }

  /** The editor published a deck: it is listening, and has its first report. */
  editorShowsDeck(): void {
    this.editorReady = true;
    const briefing = this.briefingForEditor;
    this.briefingForEditor = undefined;
    if (briefing !== undefined) this.deps.sendBriefing(briefing);
  }

  /** The show ended: what was handed over during it opens now, in the editor, brought forward. */
  showEnded(): void {
    const file = this.waiting;
    this.waiting = undefined;
    if (!file) return;
    this.deps.showEditor();
    // It may have been deleted or moved during the show.
    if (this.deps.exists(file.path)) this.deliver(file);
  }

  private deliver(file: OutsideFile): void {
    switch (file.kind) {
      case 'report':
        this.deps.reports.fromOtherLaunch(file.path);
        return;
      case 'briefing':
        if (this.editorReady) this.deps.sendBriefing(file.path);
        else this.briefingForEditor = file.path;
        return;
      default: {
        const never: never = file;
        return never;
      }
    }
  }
}
