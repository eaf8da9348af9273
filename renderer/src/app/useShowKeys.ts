// Keyboard handling for presenting windows: keys become nav actions (nav/keys.ts), the rest are
// view commands (full screen, end the show).
import { type Dispatch, useEffect } from 'react';
import { type KeyCommand, keyToAction } from '../nav/keys';
import type { NavAction, NavState } from '../nav/reducer';

export function useShowKeys(
  nav: NavState,
  dispatch: Dispatch<NavAction>,
  onCommand: (c: KeyCommand) => void,
  onEscapeAtRoot: () => void,
  enabled = true,
) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      // Typing in a field (search) is not navigation.
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      const r = keyToAction(e, { jumping: nav.jump !== '' });
      if (!r) return;
      e.preventDefault();
      if (r.kind === 'command') return onCommand(r.command);
      if (r.action.type === 'escape') {
        const nothingOpen = !nav.search.open && !nav.help && !nav.overview && nav.jump === '' && nav.blank === 'none';
        if (nothingOpen) return onEscapeAtRoot();
      }
      dispatch(r.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav, dispatch, onCommand, onEscapeAtRoot, enabled]);
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen().catch(() => {});
}
