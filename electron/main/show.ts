/**
 * Presenting across displays. The slide index lives here, in main, and is broadcast to every
 * window; the audience window goes full screen on the external display and the presenter view
 * opens on the laptop. Displays plugged or unplugged mid-show are handled (the audience comes
 * back to the laptop), and the display does not sleep while presenting.
 * Electron's screen, powerSaveBlocker and window creation are passed in, so this is testable.
 */
import type { Rectangle } from 'electron';

export interface DisplayLike {
  id: number;
  bounds: Rectangle;
}

export interface ShowWindow {
  id: number;
  isDestroyed(): boolean;
  setBounds(b: Rectangle): void;
  setFullScreen(on: boolean): void;
  focus(): void;
  close(): void;
  send(channel: string, message: unknown): void;
  on(event: 'closed', listener: () => void): void;
}

export interface ShowDeps {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  onDisplaysChanged(listener: () => void): () => void;
  /** Opens a window at a route ('audience' | 'presenter' | 'show') on the given bounds. */
  openWindow(route: 'audience' | 'presenter' | 'show', bounds: Rectangle): ShowWindow;
  preventSleep(): number;
  allowSleep(id: number): void;
  /** Every window of the app (for broadcasts), including the editor. */
  allWindows(): ShowWindow[];
  /** Called once when a show that was on has ended (files handed over during it open then). */
  ended?(): void;
}

import type { NavMessage, ShowRelay } from '../../core/app/show-message';

export type { Blank, NavMessage } from '../../core/app/show-message';

export class ShowController {
  private nav: NavMessage = { kind: 'nav', index: 0, blank: 'none' };
  private deck: unknown;
  private audience: ShowWindow | undefined;
  private presenter: ShowWindow | undefined;
  private sleepBlock: number | undefined;
  private stopWatchingDisplays: (() => void) | undefined;

  constructor(
    private readonly deps: ShowDeps,
    private readonly channel: string,
  ) {}

  get presenting(): boolean {
    return this.audience !== undefined && !this.audience.isDestroyed();
  }

  get state(): NavMessage {
    return this.nav;
  }

  /** The display the audience should see: an external one if there is one, else the primary. */
  private audienceDisplay(): { display: DisplayLike; external: boolean } {
    const primary = this.deps.getPrimaryDisplay();
    const external = this.deps.getAllDisplays().find((d) => d.id !== primary.id);
    return external ? { display: external, external: true } : { display: primary, external: false };
  }

  /**
   * Starts the show (or moves it to fromIndex). With two displays the presenter view always
   * opens on the laptop; with one it opens when asked (`presenter`), as a window over the show.
   */
  start(fromIndex: number, options: { presenter?: boolean } = {}): void {
    this.nav = { kind: 'nav', index: fromIndex, blank: 'none' };
    const { display, external } = this.audienceDisplay();
    if (!this.presenting) {
      this.audience = this.deps.openWindow(external ? 'audience' : 'show', display.bounds);
      this.audience.on('closed', () => this.end());
    } else {
      this.audience!.setBounds(display.bounds);
    }
    this.audience!.setFullScreen(true);
    if (external || options.presenter) this.openPresenter();
    if (this.sleepBlock === undefined) this.sleepBlock = this.deps.preventSleep();
    this.stopWatchingDisplays ??= this.deps.onDisplaysChanged(() => this.displaysChanged());
    this.broadcast(this.nav);
  }

  /**
   * Opens the presenter view on the primary display (with one display: over the show), or brings
   * it to the front if it is open. Never touches the audience's window.
   */
  openPresenter(): void {
    if (this.presenter && !this.presenter.isDestroyed()) return this.presenter.focus();
    this.presenter = this.deps.openWindow('presenter', this.deps.getPrimaryDisplay().bounds);
  }

  private displaysChanged(): void {
    if (!this.presenting) return;
    const { display } = this.audienceDisplay();
    // Leave full screen first: a full-screen window does not move between displays.
    this.audience!.setFullScreen(false);
    this.audience!.setBounds(display.bounds);
    this.audience!.setFullScreen(true);
  }

  /** A window published navigation or a deck: remember it and pass it to the others. */
  publish(message: ShowRelay, fromWindowId: number | undefined): void {
    if (message.kind === 'nav') this.nav = message;
    if (message.kind === 'deck') this.deck = message;
    if (message.kind === 'hello') {
      // A window that just opened gets the current deck and position straight away.
      const target = this.deps.allWindows().find((w) => w.id === fromWindowId);
      if (target && this.deck) this.sendTo(target, this.deck);
      if (target) this.sendTo(target, this.nav);
    }
    this.broadcast(message, fromWindowId);
  }

  private broadcast(message: unknown, exceptId?: number): void {
    for (const w of this.deps.allWindows()) if (!w.isDestroyed() && w.id !== exceptId) this.sendTo(w, message);
  }

  /**
   * A window whose renderer just died (it is being reloaded, crash-reload.ts) may refuse the
   * message: the others must still get it, and the reloaded window asks for the state anyway.
   */
  private sendTo(w: ShowWindow, message: unknown): void {
    try {
      w.send(this.channel, message);
    } catch {
      // Nothing to do: see above.
    }
  }

  end(): void {
    const wasOn = this.audience !== undefined;
    if (this.sleepBlock !== undefined) {
      this.deps.allowSleep(this.sleepBlock);
      this.sleepBlock = undefined;
    }
    this.stopWatchingDisplays?.();
    this.stopWatchingDisplays = undefined;
    const a = this.audience;
    const p = this.presenter;
    this.audience = undefined;
    this.presenter = undefined;
    if (a && !a.isDestroyed()) a.close();
    if (p && !p.isDestroyed()) p.close();
    if (wasOn) this.deps.ended?.();
  }
}
