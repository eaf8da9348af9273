/**
 * Where a menu command goes.
 *
 * The commands each window handles itself (F5, Shift+F5, search, help) go to the focused window:
 * the editor, or during a show the show window the presenter is using.
 *
 * 演讲者视图 (presenter) is different: during a show the focused window is the audience's
 * full-screen show, and turning it into the presenter view would put the speaker notes on the
 * projector. So main handles it: during a show it opens the presenter view in its own window (or
 * brings it to the front); before a show it asks the editor, which has the deck and the current
 * slide, to start one with the presenter view.
 *
 * The editor's commands (open a report or a recent one, export, print, save or open a briefing,
 * undo, redo) only mean something in the editor. Out of a show they go to the editor, focused or
 * not. During a show they act only when the editor itself has the focus (with two displays the
 * official may work in the editor on the laptop while the projector shows the audience window);
 * from a show window, or with none of our windows focused, they are dropped. Not sent to the
 * show window, which cannot act on them; and not to the editor behind the show either, where a
 * stray Ctrl+O, Ctrl+S or Ctrl+P would put a file or print dialog over the show, and a stray
 * Ctrl+Z or a report opened from the menu would change the deck the audience sees. Nothing is
 * moved or focused. The briefing is autosaved, so nothing is lost: end the show (Esc), then save
 * or export.
 */
import { MENU_COMMANDS } from '../../core/app/menu-commands';
import type { MenuCommand } from '../shared/channels';
import type { MenuActions } from './menu';

export interface CommandTarget {
  send(command: MenuCommand): void;
}

export interface FocusedWindow extends CommandTarget {
  /** Whether the focused window is the editor (the main window), not a show window. */
  readonly isEditor: boolean;
}

export interface MenuRoutes {
  show: { readonly presenting: boolean; openPresenter(): void };
  /** The app's focused window, if one of ours has focus. */
  focused(): FocusedWindow | undefined;
  /** The editor (the main window), if it is open. */
  editor(): CommandTarget | undefined;
}

/** The commands a show window handles itself. */
const WINDOW_COMMANDS: ReadonlySet<MenuCommand> = new Set(['present', 'present-current', 'help', 'search']);

/**
 * The editor's commands: every command but those above and 演讲者视图, so that a command added
 * to the menu later stays away from the show windows unless it is listed there on purpose.
 */
export const EDITOR_COMMANDS: ReadonlySet<MenuCommand> = new Set(
  MENU_COMMANDS.filter((c) => c !== 'presenter' && !WINDOW_COMMANDS.has(c)),
);

/** Where an editor command goes now: the editor, or nowhere during a show unless the editor has the focus. */
export function editorCommandTarget(routes: MenuRoutes): CommandTarget | undefined {
  const focused = routes.focused();
  if (focused?.isEditor) return focused;
  return routes.show.presenting ? undefined : routes.editor();
}

export function routeMenuCommand(command: MenuCommand, routes: MenuRoutes): void {
  if (command === 'presenter') {
    if (routes.show.presenting) routes.show.openPresenter();
    else routes.editor()?.send(command);
    return;
  }
  if (EDITOR_COMMANDS.has(command)) return editorCommandTarget(routes)?.send(command);
  (routes.focused() ?? routes.editor())?.send(command);
}

/**
 * The menu's actions that send commands, routed as above: its commands, 打开报告… (the editor's
 * open command) and 最近打开 (opened in main and sent to the editor: an editor command too).
 */
export function routedMenuActions(
  routes: MenuRoutes,
  openRecent: (path: string) => void,
): Pick<MenuActions, 'command' | 'openDialog' | 'openRecent'> {
  return {
    command: (c) => routeMenuCommand(c, routes),
    openDialog: () => routeMenuCommand('open', routes),
    openRecent: (path) => {
      if (editorCommandTarget(routes)) openRecent(path);
    },
  };
}
