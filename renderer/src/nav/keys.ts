/**
 * Keys as presenters and clickers use them (PowerPoint conventions), mapped to actions.
 * Pure: takes the key facts of an event, returns an action or a command for the view.
 */
import type { NavAction } from './reducer';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Commands the view carries out itself (they are not navigation state). */
export type KeyCommand = { type: 'fullscreen' } | { type: 'endShow' } | { type: 'startShow'; fromCurrent: boolean };

export type KeyResult = { kind: 'nav'; action: NavAction } | { kind: 'command'; command: KeyCommand } | undefined;

const nav = (action: NavAction): KeyResult => ({ kind: 'nav', action });

export function keyToAction(e: KeyInput, context: { jumping: boolean }): KeyResult {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && (e.key === 'f' || e.key === 'F')) return nav({ type: 'openSearch' });
  if (mod || e.altKey) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'n':
    case 'N':
      return nav({ type: 'next' });
    case 'Enter':
      return nav(context.jumping ? { type: 'commitJump' } : { type: 'next' });
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
    case 'PageUp':
    case 'p':
    case 'P':
      return nav({ type: 'prev' });
    case 'Home':
      return nav({ type: 'first' });
    case 'End':
      return nav({ type: 'last' });
    case 'b':
    case 'B':
    case '.':
      return nav({ type: 'blank', blank: 'black' });
    case 'w':
    case 'W':
    case ',':
      return nav({ type: 'blank', blank: 'white' });
    case 'g':
    case 'G':
    case 'o':
    case 'O':
      return nav({ type: 'toggleOverview' });
    case 'f':
    case 'F':
      return { kind: 'command', command: { type: 'fullscreen' } };
    case '?':
      return nav({ type: 'toggleHelp' });
    case 'Escape':
      return nav({ type: 'escape' });
    case 'F5':
      return { kind: 'command', command: { type: 'startShow', fromCurrent: e.shiftKey } };
    default:
      if (/^[0-9]$/.test(e.key)) return nav({ type: 'digit', digit: e.key });
      return undefined;
  }
}
