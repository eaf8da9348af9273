/**
 * The native menu: Chinese labels, and the usual accelerators: open (CmdOrCtrl+O), print
 * (CmdOrCtrl+P), export (CmdOrCtrl+E), F5 from the start, Shift+F5 from the current slide. Items
 * call the right action.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../shared/channels';
import { type MenuActions, menuTemplate } from './menu';

function actions() {
  return {
    command: vi.fn<(c: MenuCommand) => void>(),
    openDialog: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    quit: vi.fn<() => void>(),
    toggleFullScreen: vi.fn<() => void>(),
    toggleDevTools: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const byAccelerator = (items: MenuItemConstructorOptions[], acc: string) =>
  flatten(items).filter((i) => i.accelerator === acc);

function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item, 'menu item').toBeDefined();
  (item!.click as () => void)();
}

const HAN = /\p{Script=Han}/u;

describe.each(['win32', 'linux', 'darwin'] as const)('menu template (%s)', (platform) => {
  const a = actions();
  const template = menuTemplate(a, ['/home/u/报告/山西.json', 'C:\\报告\\全国.json'], platform);
  const all = flatten(template);

  it('has Chinese top-level menus', () => {
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '放映', '视图', '帮助']);
  });

  it('labels every item in Chinese (file names in the recent list aside)', () => {
    const recentNames = new Set(['山西.json', '全国.json']);
    for (const item of all) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      if (!recentNames.has(item.label!)) expect(item.label, item.label).toMatch(HAN);
    }
  });

  it('open is CmdOrCtrl+O and opens the dialog', () => {
    const [open] = byAccelerator(template, 'CmdOrCtrl+O');
    expect(open!.label).toBe('打开报告…');
    click(open);
    expect(a.openDialog).toHaveBeenCalled();
  });

  it('print is CmdOrCtrl+P', () => {
    const [print] = byAccelerator(template, 'CmdOrCtrl+P');
    expect(print!.label).toContain('打印');
    click(print);
    expect(a.command).toHaveBeenLastCalledWith('print');
  });

  it('export PPTX is CmdOrCtrl+E; every export format has an item', () => {
    const [pptx] = byAccelerator(template, 'CmdOrCtrl+E');
    expect(pptx!.label).toContain('导出');
    expect(pptx!.label).toContain('PPTX');
    click(pptx);
    expect(a.command).toHaveBeenLastCalledWith('export-pptx');
    const exports = all.filter((i) => i.label?.startsWith('导出'));
    for (const [i, c] of ['export-pptx', 'export-pdf', 'export-handout', 'export-notes', 'export-memo'].entries()) {
      click(exports[i]);
      expect(a.command).toHaveBeenLastCalledWith(c);
    }
  });

  it('F5 presents from the start, Shift+F5 from the current slide', () => {
    const [f5] = byAccelerator(template, 'F5');
    const [shiftF5] = byAccelerator(template, 'Shift+F5');
    expect(f5!.label).toBe('从头开始');
    expect(shiftF5!.label).toBe('从当前幻灯片开始');
    click(f5);
    expect(a.command).toHaveBeenLastCalledWith('present');
    click(shiftF5);
    expect(a.command).toHaveBeenLastCalledWith('present-current');
  });

  it('save and open briefing (CmdOrCtrl+S, CmdOrCtrl+Shift+O), undo and redo go to the renderer', () => {
    const [save] = byAccelerator(template, 'CmdOrCtrl+S');
    expect(save!.label).toBe('保存演示方案…');
    click(save);
    expect(a.command).toHaveBeenLastCalledWith('save-briefing');
    const [open] = byAccelerator(template, 'CmdOrCtrl+Shift+O');
    expect(open!.label).toBe('打开演示方案…');
    click(open);
    expect(a.command).toHaveBeenLastCalledWith('open-briefing');
    const [undo] = byAccelerator(template, 'CmdOrCtrl+Z');
    expect(undo!.label).toBe('撤销');
    click(undo);
    expect(a.command).toHaveBeenLastCalledWith('undo');
    const [redo] = byAccelerator(template, platform === 'darwin' ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y');
    expect(redo!.label).toBe('重做');
    click(redo);
    expect(a.command).toHaveBeenLastCalledWith('redo');
  });

  it('no accelerator is used twice', () => {
    const accs = all.map((i) => i.accelerator).filter((x): x is string => typeof x === 'string');
    expect(new Set(accs).size).toBe(accs.length);
  });

  it('recent files open in main, by full path', () => {
    const recent = all.find((i) => i.label === '最近打开')!;
    expect(recent.enabled).toBe(true);
    const items = recent.submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => i.label)).toEqual(['山西.json', '全国.json']);
    click(items[1]);
    expect(a.openRecent).toHaveBeenCalledWith('C:\\报告\\全国.json');
  });

  it('quit uses the platform convention', () => {
    const quit = all.find((i) => i.label?.startsWith('退出'))!;
    expect(quit.accelerator).toBe(platform === 'darwin' ? 'Cmd+Q' : 'Alt+F4');
    click(quit);
    expect(a.quit).toHaveBeenCalled();
  });
});

describe('menu template options', () => {
  it('an empty recent list is a disabled "（无）"', () => {
    const all = flatten(menuTemplate(actions(), [], 'linux'));
    const recent = all.find((i) => i.label === '最近打开')!;
    expect(recent.enabled).toBe(false);
    expect((recent.submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['（无）']);
  });

  it('developer tools appear only when the action is given (not in the packaged app)', () => {
    const { toggleDevTools: _omit, ...packaged } = actions();
    expect(flatten(menuTemplate(packaged, [], 'linux')).some((i) => i.label === '开发者工具')).toBe(false);
    expect(flatten(menuTemplate(actions(), [], 'linux')).some((i) => i.label === '开发者工具')).toBe(true);
  });
});

describe('accelerators the windows handle themselves', () => {
  it('search (Ctrl+F) and the list of keys (?) are shown but not registered, so they stay the notes field’s', () => {
    const a = actions();
    const all = flatten(menuTemplate(a, [], 'win32'));
    const search = all.find((i) => i.label === '搜索幻灯片')!;
    const help = all.find((i) => i.label === '快捷键')!;
    expect(search.accelerator).toBe('CmdOrCtrl+F');
    expect(search.registerAccelerator).toBe(false);
    expect(help.accelerator).toBe('Shift+/');
    expect(help.registerAccelerator).toBe(false);
    click(search);
    expect(a.command).toHaveBeenLastCalledWith('search');
    click(help);
    expect(a.command).toHaveBeenLastCalledWith('help');
    // The show's own keys stay registered: the menu is how a show window reaches main.
    expect(all.find((i) => i.label === '演讲者视图')!.registerAccelerator).not.toBe(false);
  });
});
