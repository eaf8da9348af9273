/**
 * 放映 › 演讲者视图 (Alt+F5) during a show opens the presenter view in a window of its own (or
 * brings it to the front); it never reaches the focused window, which during a one-display show is
 * the audience's full-screen show (before the fix the menu turned that window into the presenter
 * view and the projector showed the notes). Before a show it goes to the editor, which starts the
 * show with the presenter view. Driven from the menu template's own item, through the routing
 * main installs, to a ShowController over fake displays and windows.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/channels';
import { menuTemplate } from './menu';
import { routeMenuCommand } from './menu-routing';
import { type FakeWindow, LAPTOP, PROJECTOR, setup } from './testing/show-fakes';

function world(displays = [LAPTOP]) {
  const w = setup(displays);
  /** Menu commands each window received, by window id. */
  const received = new Map<number, MenuCommand[]>();
  let focused: FakeWindow | undefined = w.editor;
  const target = (win: FakeWindow | undefined) =>
    win && !win.destroyed ? { send: (c: MenuCommand) => received.set(win.id, [...(received.get(win.id) ?? []), c]) } : undefined;
  const template = menuTemplate(
    {
      command: (c) => routeMenuCommand(c, { show: w.show, focused: () => target(focused), editor: () => target(w.editor) }),
      openDialog: () => {},
      openRecent: () => {},
      quit: () => {},
      toggleFullScreen: () => {},
    },
    [],
    'win32',
  );
  const item = (menu: string, label: string) => {
    const sub = template.find((m) => m.label === menu)!.submenu as MenuItemConstructorOptions[];
    const found = sub.find((i) => i.label === label);
    if (!found?.click) throw new Error(`no menu item ${menu} › ${label}`);
    return () => (found.click as () => void)();
  };
  return {
    ...w,
    received: (win: FakeWindow) => received.get(win.id) ?? [],
    focus: (win: FakeWindow | undefined) => (focused = win),
    presenterItem: item('放映', '演讲者视图'),
    searchItem: item('编辑', '搜索幻灯片'),
  };
}

describe('放映 › 演讲者视图 during a show', () => {
  it('one display: opens the presenter window over the show, the show window keeps the show', () => {
    const w = world([LAPTOP]);
    w.show.start(3);
    const showWindow = w.byRoute('show')!;
    w.focus(showWindow); // the full-screen show has focus, as it does while presenting
    w.presenterItem();
    const presenter = w.byRoute('presenter');
    expect(presenter, 'a presenter window').toBeDefined();
    expect(presenter!.bounds).toEqual(LAPTOP.bounds);
    expect(w.received(showWindow), 'nothing sent to the show window').toEqual([]);
    expect(w.received(w.editor)).toEqual([]);
    expect(showWindow.fullScreen).toBe(true);
    expect(w.show.presenting).toBe(true);
    // The new window says hello and gets the show's position.
    w.show.publish({ kind: 'hello' }, presenter!.id);
    expect(presenter!.sent.at(-1)).toEqual({ kind: 'nav', index: 3, blank: 'none' });
  });

  it('again: brings the open presenter view to the front, no second window', () => {
    const w = world([LAPTOP]);
    w.show.start(0);
    w.focus(w.byRoute('show'));
    w.presenterItem();
    const presenter = w.byRoute('presenter')!;
    w.focus(w.byRoute('show'));
    w.presenterItem();
    expect(w.world.windows.filter((x) => x.route === 'presenter' && !x.destroyed)).toHaveLength(1);
    expect(presenter.log).toContain('focus');
  });

  it('two displays: the presenter view already open on the laptop comes to the front', () => {
    const w = world([LAPTOP, PROJECTOR]);
    w.show.start(0);
    const audience = w.byRoute('audience')!;
    w.focus(audience);
    w.presenterItem();
    expect(w.world.windows.filter((x) => x.route === 'presenter' && !x.destroyed)).toHaveLength(1);
    expect(w.byRoute('presenter')!.log).toContain('focus');
    expect(w.received(audience)).toEqual([]);
  });

  it('the presenter window closes with the show, and the display may sleep again', () => {
    const w = world([LAPTOP]);
    w.show.start(0);
    w.presenterItem();
    w.show.end();
    expect(w.byRoute('presenter')).toBeUndefined();
    expect(w.byRoute('show')).toBeUndefined();
    expect(w.sleepBlocked()).toBe(false);
  });
});

describe('放映 › 演讲者视图 before a show', () => {
  it('goes to the editor (which starts the show with the presenter view), not to the focused window', () => {
    const w = world([LAPTOP]);
    w.focus(undefined);
    w.presenterItem();
    expect(w.received(w.editor)).toEqual(['presenter']);
    expect(w.byRoute('presenter')).toBeUndefined();
  });

  it('the editor asks main to start with the presenter view: show full screen, presenter beside it', () => {
    const w = world([LAPTOP]);
    w.show.start(2, { presenter: true });
    expect(w.byRoute('show')!.fullScreen).toBe(true);
    expect(w.byRoute('presenter')!.bounds).toEqual(LAPTOP.bounds);
    expect(w.sleepBlocked()).toBe(true);
  });
});

describe('other commands', () => {
  it('go to the focused window (during a show: the show window), else to the editor', () => {
    const w = world([LAPTOP]);
    w.show.start(0);
    const showWindow = w.byRoute('show')!;
    w.focus(showWindow);
    w.searchItem();
    expect(w.received(showWindow)).toEqual(['search']);
    w.focus(undefined);
    w.searchItem();
    expect(w.received(w.editor)).toEqual(['search']);
  });
});
