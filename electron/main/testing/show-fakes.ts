/**
 * Fakes for the presenting tests: displays, windows (recording bounds, full screen, focus, the
 * messages sent to them and reloads; a window whose renderer is gone refuses messages), the
 * power-save blocker, and a ShowController wired to them.
 */
import type { Rectangle } from 'electron';
import { expect } from 'vitest';
import { type DisplayLike, ShowController, type ShowDeps, type ShowWindow } from '../show';

export const CHANNEL = 'show:message';
export const LAPTOP: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
export const PROJECTOR: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

export class FakeWindow implements ShowWindow {
  bounds: Rectangle;
  fullScreen = false;
  destroyed = false;
  sent: unknown[] = [];
  /** Every bounds/full-screen change, in order. */
  log: string[] = [];
  /** Its renderer process died (and the window was not reloaded since). */
  rendererGone = false;
  reloads = 0;
  private closedListeners: (() => void)[] = [];
  constructor(
    readonly id: number,
    readonly route: string,
    bounds: Rectangle,
  ) {
    this.bounds = bounds;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setBounds(b: Rectangle) {
    this.bounds = b;
    this.log.push(`bounds ${b.x}`);
  }
  setFullScreen(on: boolean) {
    this.fullScreen = on;
    this.log.push(`fullscreen ${on}`);
  }
  focus() {
    this.log.push('focus');
  }
  close() {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const l of this.closedListeners) l();
  }
  send(channel: string, message: unknown) {
    expect(channel).toBe(CHANNEL);
    if (this.rendererGone) throw new Error('Render frame was disposed');
    this.sent.push(message);
  }
  /** Loads the page again: a new renderer, which has received nothing yet. */
  reload() {
    this.reloads++;
    this.rendererGone = false;
    this.sent = [];
  }
  on(_event: 'closed', listener: () => void) {
    this.closedListeners.push(listener);
  }
}

/** `extra`: further deps, e.g. the `ended` hook. */
export function setup(displays: DisplayLike[], extra: Partial<ShowDeps> = {}) {
  const world = {
    displays: [...displays],
    windows: [] as FakeWindow[],
    displayListeners: new Set<() => void>(),
    blockers: new Map<number, boolean>(),
    nextBlocker: 100,
  };
  const editor = new FakeWindow(1, 'editor', LAPTOP.bounds);
  world.windows.push(editor);
  let nextId = 10;
  const deps: ShowDeps = {
    getAllDisplays: () => world.displays,
    getPrimaryDisplay: () => world.displays.find((d) => d.id === LAPTOP.id)!,
    onDisplaysChanged: (l) => {
      world.displayListeners.add(l);
      return () => world.displayListeners.delete(l);
    },
    openWindow: (route, bounds) => {
      const w = new FakeWindow(nextId++, route, bounds);
      world.windows.push(w);
      return w;
    },
    preventSleep: () => {
      const id = world.nextBlocker++;
      world.blockers.set(id, true);
      return id;
    },
    allowSleep: (id) => {
      expect(world.blockers.get(id), `blocker ${id} is active`).toBe(true);
      world.blockers.set(id, false);
    },
    allWindows: () => world.windows.filter((w) => !w.destroyed),
    ...extra,
  };
  const show = new ShowController(deps, CHANNEL);
  const byRoute = (route: string) => world.windows.find((w) => w.route === route && !w.destroyed);
  const displaysChanged = (next: DisplayLike[]) => {
    world.displays = next;
    for (const l of world.displayListeners) l();
  };
  const sleepBlocked = () => [...world.blockers.values()].some(Boolean);
  return { show, world, editor, byRoute, displaysChanged, sleepBlocked };
}
