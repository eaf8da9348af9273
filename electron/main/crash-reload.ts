/**
 * A window whose renderer process died (crashed, killed, out of memory) is reloaded, so a crash
 * mid-show does not leave a blank projector. Nothing the show needs lives in the renderer: main
 * keeps the slide index, the blank state and the deck (ShowController), and a show window that
 * loads again says hello and gets them back, on the same slide. The editor, loaded again, asks
 * for the report it was showing (ReportFiles.initial) and takes its briefing from the autosave.
 *
 * A renderer that keeps dying is not reloaded for ever: after `maxReloads` within `withinMs` the
 * window is given up. A show window is then closed (which ends the show: the editor is left, the
 * display may sleep); the editor is left as it is, for the user to close.
 * Electron's window is passed in, so this is testable.
 */

/** What Electron's 'render-process-gone' event says (RenderProcessGoneDetails). */
export interface GoneDetails {
  reason: string;
  exitCode: number;
}

export interface ReloadableWindow {
  isDestroyed(): boolean;
  /** Loads the window's page again (same URL, so the same route). */
  reload(): void;
  close(): void;
}

export interface CrashReloadOptions {
  /** What the window is, for the log: 'editor', 'show', 'audience', 'presenter'. */
  name: string;
  /** What to do when the renderer keeps dying: close the window (show windows) or leave it (the editor). */
  giveUp: 'close' | 'leave';
  maxReloads?: number;
  withinMs?: number;
  now?: () => number;
  log?: (message: string) => void;
}

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** The listener for the window's 'render-process-gone'. */
export function reloadAfterCrash(win: ReloadableWindow, options: CrashReloadOptions): (details: GoneDetails) => void {
  const {
    name,
    giveUp,
    maxReloads = MAX_RELOADS,
    withinMs = RELOAD_WINDOW_MS,
    now = Date.now,
    log = () => {},
  } = options;
  const reloads: number[] = [];
  let givenUp = false;
  return (details) => {
    // The window closing (or the app quitting) ends its renderer normally: nothing to recover.
    if (details.reason === 'clean-exit' || win.isDestroyed() || givenUp) return;
    const t = now();
    while (reloads.length > 0 && t - reloads[0]! >= withinMs) reloads.shift();
    if (reloads.length >= maxReloads) {
      givenUp = true;
      log(
        `the ${name} window's renderer is gone again (${details.reason}, exit code ${details.exitCode}) after ${reloads.length} reloads: ${giveUp === 'close' ? 'closing it' : 'leaving it'}`,
      );
      if (giveUp === 'close') win.close();
      return;
    }
    reloads.push(t);
    log(`the ${name} window's renderer is gone (${details.reason}, exit code ${details.exitCode}): reloading it`);
    win.reload();
  };
}
