/**
 * Native menus in Chinese with the usual accelerators. Items send commands to a window (the
 * renderer knows the deck and its briefing, and keeps the undo history); which window, and
 * whether at all during a show, is decided by main (menu-routing.ts). "Recent" opens in main.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/channels';

export interface MenuActions {
  command(c: MenuCommand): void;
  openDialog(): void;
  openRecent(path: string): void;
  quit(): void;
  toggleFullScreen(): void;
  toggleDevTools?: () => void;
}

export function menuTemplate(
  actions: MenuActions,
  recent: readonly string[],
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '新建', submenu: [{ label: '从报告原文导入…', click: () => actions.command('import-text') }] },
      { label: '打开报告…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDialog() },
      {
        label: '最近打开',
        enabled: recent.length > 0,
        submenu:
          recent.length > 0
            ? recent.map((p) => ({ label: fileName(p), toolTip: p, click: () => actions.openRecent(p) }))
            : [{ label: '（无）', enabled: false }],
      },
      { type: 'separator' },
      { label: '保存演示方案…', accelerator: 'CmdOrCtrl+S', click: () => actions.command('save-briefing') },
      { label: '打开演示方案…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.command('open-briefing') },
      { type: 'separator' },
      { label: '导出 PowerPoint（PPTX）…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export-pptx') },
      { label: '导出 PDF 幻灯片…', click: () => actions.command('export-pdf') },
      { label: '导出 PDF 讲义…', click: () => actions.command('export-handout') },
      { label: '导出 PDF 备注页…', click: () => actions.command('export-notes') },
      { label: '导出简报（PDF）…', click: () => actions.command('export-memo') },
      { type: 'separator' },
      { label: '打印讲义…', accelerator: 'CmdOrCtrl+P', click: () => actions.command('print') },
      { type: 'separator' },
      {
        label: platform === 'darwin' ? '退出政报演示' : '退出',
        accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Alt+F4',
        click: () => actions.quit(),
      },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      // The editor's own history (the briefing: slides, order, notes, cover), text fields included.
      { label: '撤销', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      {
        label: '重做',
        accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y',
        click: () => actions.command('redo'),
      },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
      { type: 'separator' },
      // Shown, not registered (Windows, Linux): every window handles Ctrl+F itself, except in a
      // text field (the notes), where a registered accelerator would still open the search.
      {
        label: '搜索幻灯片',
        accelerator: 'CmdOrCtrl+F',
        registerAccelerator: false,
        click: () => actions.command('search'),
      },
    ],
  };
  const show: MenuItemConstructorOptions = {
    label: '放映',
    submenu: [
      { label: '从头开始', accelerator: 'F5', click: () => actions.command('present') },
      { label: '从当前幻灯片开始', accelerator: 'Shift+F5', click: () => actions.command('present-current') },
      { label: '演讲者视图', accelerator: 'Alt+F5', click: () => actions.command('presenter') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      {
        label: '全屏',
        accelerator: platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11',
        click: () => actions.toggleFullScreen(),
      },
      ...(actions.toggleDevTools
        ? [{ label: '开发者工具', accelerator: 'CmdOrCtrl+Shift+I', click: () => actions.toggleDevTools?.() }]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '帮助',
    // Shown, not registered: every window handles ? itself, and a registered Shift+/ would take
    // the question mark typed into the notes.
    submenu: [
      { label: '快捷键', accelerator: 'Shift+/', registerAccelerator: false, click: () => actions.command('help') },
    ],
  };
  return [file, edit, show, view, help];
}
