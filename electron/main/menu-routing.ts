/**
 * Where a menu command goes. Most go to the focused window (the editor, or during a show the show
 * window the presenter is using: F5, search, help act there). 演讲者视图 (presenter) is different:
 * during a show the focused window is the audience's full-screen show, and turning it into the
 * presenter view would put the speaker notes on the projector. So main handles it: during a show
 * it opens the presenter view in its own window (or brings it to the front); before a show it
 * asks the editor, which has the deck and the current slide, to start one with the presenter view.
 */
import type { MenuCommand } from '../shared/channels';

export interface CommandTarget {
  send(command: MenuCommand): void;
}

export interface MenuRoutes {
  show: { readonly presenting: boolean; openPresenter(): void };
  /** The app's focused window, if one of ours has focus. */
  focused(): CommandTarget | undefined;
  /** The editor (the main window), if it is open. */
  editor(): CommandTarget | undefined;
}

export function routeMenuCommand(command: MenuCommand, routes: MenuRoutes): void {
  if (command === 'presenter') {
    if (routes.show.presenting) routes.show.openPresenter();
    else routes.editor()?.send(command);
    return;
  }
  (routes.focused() ?? routes.editor())?.send(command);
}
