// The editor's own keys: move through every slide (backups included), start the show (Alt+F5:
// with the presenter view), search, print, export, open, ? for the list of keys (Esc closes it);
// and the briefing builder's: undo (Ctrl+Z) and redo (Ctrl+Y,
// Ctrl+Shift+Z) everywhere in the editor, text fields included (one history for the whole
// briefing), Alt+↑ / Alt+↓ to move the current slide, Ctrl+S / Ctrl+Shift+O to save / open a
// briefing. Handled keys are consumed, so Electron's menu accelerators do not fire twice.
import { type Dispatch, useEffect } from 'react';
import { entryOfIndex } from '../briefing/rail';
import { isTextField } from './fields';
import type { BriefingState } from '../briefing/useBriefing';
import type { NavAction, NavState } from '../nav/reducer';

export interface EditorKeysInput {
  enabled: boolean;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  /** Slides in the deck. */
  count: number;
  briefing: BriefingState;
  startShow(fromCurrent: boolean): void;
  /** The presenter view (Alt+F5), from the current slide. */
  startPresenter(): void;
  print(): void;
  exportDeck(): void;
  openReport(): void;
  saveBriefing(): void;
  openBriefing(): void;
}

function isField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA');
}

export function useEditorKeys(k: EditorKeysInput) {
  const {
    enabled,
    nav,
    dispatch,
    count,
    briefing,
    startShow,
    startPresenter,
    print,
    exportDeck,
    openReport,
    saveBriefing,
    openBriefing,
  } = k;
  useEffect(() => {
    if (!enabled) return;
    const moveCurrent = (by: number) => {
      const at = entryOfIndex(briefing.rail, nav.index);
      const entry = briefing.rail[at];
      if (entry) briefing.edit({ type: 'moveSlide', id: entry.id, to: at + by, deckOrder: briefing.deckOrder });
    };
    const onKey = (e: KeyboardEvent) => {
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (ctrl && !e.altKey) {
        const command: Record<string, (() => void) | undefined> = {
          z: e.shiftKey ? briefing.redo : briefing.undo,
          y: briefing.redo,
          s: saveBriefing,
          o: e.shiftKey ? openBriefing : openReport,
          p: print,
          e: exportDeck,
          f: () => dispatch({ type: 'openSearch' }),
        };
        const run = command[key];
        // In a text field Ctrl+F is the field's (find); copy, paste, … are not ours anyway.
        if (run && !(key === 'f' && isTextField(e.target))) {
          e.preventDefault();
          run();
        }
        return;
      }
      if (isField(e.target)) return;
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        return moveCurrent(e.key === 'ArrowUp' ? -1 : 1);
      }
      const step: Record<string, number> = {
        ArrowDown: 1,
        ArrowRight: 1,
        PageDown: 1,
        ArrowUp: -1,
        ArrowLeft: -1,
        PageUp: -1,
      };
      if (e.key in step) {
        e.preventDefault();
        dispatch({ type: 'goto', index: nav.index + step[e.key]! });
      } else if (e.key === 'Home') dispatch({ type: 'goto', index: 0 });
      else if (e.key === 'End') dispatch({ type: 'goto', index: count - 1 });
      else if (e.key === 'F5') {
        e.preventDefault();
        if (e.altKey) startPresenter();
        else startShow(e.shiftKey);
      } else if (e.key === '?') {
        e.preventDefault();
        dispatch({ type: 'toggleHelp' });
      } else if (e.key === 'Escape') {
        if (nav.search.open) dispatch({ type: 'closeSearch' });
        else if (nav.help) dispatch({ type: 'toggleHelp' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    enabled,
    nav.index,
    nav.search.open,
    nav.help,
    dispatch,
    count,
    briefing,
    startShow,
    startPresenter,
    print,
    exportDeck,
    openReport,
    saveBriefing,
    openBriefing,
  ]);
}
