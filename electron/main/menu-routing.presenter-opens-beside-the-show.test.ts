/**
 * 放映 › 演讲者视图 (Alt+F5) during a show opens the presenter view in a window of its own (or
 * brings it to the front); it never reaches the focused window, which during a one-display show is
 * the audience's full-screen show (before the fix the menu turned that window into the presenter
 * view and the projector showed the notes). Before a show it goes to the editor, which starts the
 * show with the presenter view. Driven from the menu template's own item, through the routing
 * main installs, to a ShowController over fake displays and windows.
 *
 * The editor's commands (open, export, print, briefing files, undo/redo, a recent report) never
 * reach a show window: during a show they act only in a focused editor, else they are dropped.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../core/app/menu-commands';
import type { MenuCommand } from '../shared/channels';
import { menuTemplate } from './menu';
import { EDITOR_COMMANDS, type MenuRoutes, routedMenuActions, routeMenuCommand } from './menu-routing';
import { type FakeWindow, LAPTOP, PROJECTOR, setup } from './testing/show-fakes';

function world(displays = [LAPTOP]) {
  const w = setup(displays);
  /** Menu commands each window received, by window id. */
  const received = new Map<number, MenuCommand[]>();
  /** Report files opened from 文件 › 最近打开. */
  const openedRecent: string[] = [];
  let focused: FakeWindow | undefined = w.editor;
  const target = (win: FakeWindow | undefined) =>
    win && !win.destroyed
      ? {
          isEditor: win === w.editor,
          send: (c: MenuCommand) => received.set(win.id, [...(received.get(win.id) ?? []), c]),
        }
      : undefined;
  // Wired as main wires it (index.ts): the menu's commands, 打开报告… and 最近打开 go through the routing.
  const routes: MenuRoutes = { show: w.show, focused: () => target(focused), editor: () => target(w.editor) };
  const template = menuTemplate(
    { ...routedMenuActions(routes, (path) => openedRecent.push(path)), quit: () => {}, toggleFullScreen: () => {} },
    [RECENT],
    'win32',
  );
  const item = (menu: string, label: string) => {
    // "新建 › 从报告原文导入…": an item of a submenu.
    let sub = template.find((m) => m.label === menu)!.submenu as MenuItemConstructorOptions[];
    const path = label.split(' › ');
    for (const step of path.slice(0, -1))
      sub = sub.find((i) => i.label === step)!.submenu as MenuItemConstructorOptions[];
    const found = sub.find((i) => i.label === path[path.length - 1]);
    if (!found?.click) throw new Error(`no menu item ${menu} › ${label}`);
    return () => (found.click as () => void)();
  };
  const recentItem = () => {
    const recent = (template[0]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === '最近打开')!;
    ((recent.submenu as MenuItemConstructorOptions[])[0]!.click as () => void)();
  };
  return {
    ...w,
    routes,
    openedRecent,
    received: (win: FakeWindow) => received.get(win.id) ?? [],
    focus: (win: FakeWindow | undefined) => (focused = win),
    presenterItem: item('放映', '演讲者视图'),
    searchItem: item('编辑', '搜索幻灯片'),
    /** Every editor-only item of the menu, clicked in turn (as its accelerator would). */
    editorItems: () => EDITOR_ITEMS.forEach(([menu, label]) => item(menu, label)()),
    recentItem,
  };
}

const RECENT = '/home/user/报告/report.json';

/** The menu items of the editor-only commands, as labelled in the menu. */
const EDITOR_ITEMS: [string, string][] = [
  ['文件', '新建 › 从报告原文导入…'],
  ['文件', '打开报告…'],
  ['文件', '保存演示方案…'],
  ['文件', '打开演示方案…'],
  ['文件', '导出 PowerPoint（PPTX）…'],
  ['文件', '导出 PDF 幻灯片…'],
  ['文件', '导出 PDF 讲义…'],
  ['文件', '导出 PDF 备注页…'],
  ['文件', '导出简报（PDF）…'],
  ['文件', '打印讲义…'],
  ['编辑', '撤销'],
  ['编辑', '重做'],
];
const EDITOR_ONLY: MenuCommand[] = [
  'import-text',
  'open',
  'save-briefing',
  'open-briefing',
  'export-pptx',
  'export-pdf',
  'export-handout',
  'export-notes',
  'export-memo',
  'print',
  'undo',
  'redo',
];

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

/**
 * The editor's commands (open, export, print, briefing files, undo/redo) during a show. A show
 * window cannot act on them, and sending them on to the editor behind the show would put a file
 * or print dialog over it, or change the deck the audience sees (undo, opening a report), from
 * a stray key: they are dropped, and nothing moves or takes the focus. They act only when the
 * editor itself has the focus (two displays: the official works in the editor on the laptop
 * while the projector shows the audience window). The briefing is autosaved, so nothing is lost.
 */
describe('editor commands during a show never reach a show window, nor the editor behind the show', () => {
  it('are exactly the editor-only commands of the menu', () => {
    expect([...EDITOR_COMMANDS].sort()).toEqual([...EDITOR_ONLY].sort());
    // Every other command is one each window handles itself (or 演讲者视图, routed above).
    expect(MENU_COMMANDS.filter((c) => !EDITOR_COMMANDS.has(c)).sort()).toEqual([
      'help',
      'present',
      'present-current',
      'presenter',
      'search',
    ]);
  });

  it('one display, the full-screen show focused: dropped; the show keeps its place and its full screen', () => {
    const w = world([LAPTOP]);
    w.show.start(4);
    const showWindow = w.byRoute('show')!;
    const before = [...showWindow.log];
    w.focus(showWindow);
    w.editorItems();
    w.recentItem();
    for (const c of EDITOR_ONLY) routeMenuCommand(c, w.routes);
    expect(w.received(showWindow), 'nothing sent to the show window').toEqual([]);
    expect(w.received(w.editor), 'nothing sent to the editor behind the show').toEqual([]);
    expect(w.openedRecent, 'no report swapped in under the audience').toEqual([]);
    expect(showWindow.log, 'the show window not moved, refocused or taken out of full screen').toEqual(before);
    expect(showWindow.fullScreen).toBe(true);
    expect(w.editor.log, 'the editor not brought over the show').toEqual([]);
    expect(w.show.presenting).toBe(true);
  });

  it('one display, the presenter window over the show focused: dropped', () => {
    const w = world([LAPTOP]);
    w.show.start(0, { presenter: true });
    const presenter = w.byRoute('presenter')!;
    w.focus(presenter);
    w.editorItems();
    expect(w.received(presenter)).toEqual([]);
    expect(w.received(w.byRoute('show')!)).toEqual([]);
    expect(w.received(w.editor)).toEqual([]);
  });

  it('two displays, the audience or the presenter view focused, or no window of ours: dropped', () => {
    const w = world([LAPTOP, PROJECTOR]);
    w.show.start(0);
    for (const win of [w.byRoute('audience')!, w.byRoute('presenter')!, undefined]) {
      w.focus(win);
      w.editorItems();
      w.recentItem();
    }
    for (const win of w.world.windows) expect(w.received(win), win.route).toEqual([]);
    expect(w.openedRecent).toEqual([]);
  });

  it('two displays, the editor focused on the laptop: they act in the editor, the audience window untouched', () => {
    const w = world([LAPTOP, PROJECTOR]);
    w.show.start(0);
    const audience = w.byRoute('audience')!;
    const before = [...audience.log];
    w.focus(w.editor);
    w.editorItems();
    w.recentItem();
    expect(w.received(w.editor)).toEqual(EDITOR_ONLY);
    expect(w.openedRecent).toEqual([RECENT]);
    expect(w.received(audience)).toEqual([]);
    expect(audience.log).toEqual(before);
  });

  it('out of a show they go to the editor, focused or not; after the show ends they work again', () => {
    const w = world([LAPTOP]);
    w.show.start(0);
    w.focus(w.byRoute('show'));
    w.editorItems();
    w.show.end();
    w.focus(undefined);
    w.editorItems();
    w.recentItem();
    expect(w.received(w.editor)).toEqual(EDITOR_ONLY);
    expect(w.openedRecent).toEqual([RECENT]);
    w.focus(w.editor);
    routeMenuCommand('undo', w.routes);
    expect(w.received(w.editor).at(-1)).toBe('undo');
  });
});
