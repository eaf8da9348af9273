/**
 * Slideshow navigation as a reducer with a typed action union (as in Spectacle): every key and
 * click becomes an action, tested without a browser. Hidden (backup) slides are skipped when
 * advancing and reached only by jump or search.
 */

import type { Blank } from '../../../core/app/show-message';

export type { Blank };

export interface NavState {
  index: number;
  /** hidden[i]: slide i is a backup slide. */
  hidden: readonly boolean[];
  blank: Blank;
  overview: boolean;
  help: boolean;
  search: { open: boolean; query: string };
  /** Digits typed for "number then Enter" jumps. */
  jump: string;
}

export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'commitJump' }
  | { type: 'clearJump' }
  | { type: 'blank'; blank: Exclude<Blank, 'none'> }
  | { type: 'unblank' }
  | { type: 'toggleOverview' }
  | { type: 'closeOverview' }
  | { type: 'toggleHelp' }
  | { type: 'openSearch' }
  | { type: 'setQuery'; query: string }
  | { type: 'closeSearch' }
  | { type: 'escape' }
  | { type: 'setDeck'; hidden: readonly boolean[]; index?: number }
  /** From the presenter (or main): the audience follows. */
  | { type: 'sync'; index: number; blank: Blank };

export function initialNav(hidden: readonly boolean[], index = 0): NavState {
  return {
    index: clamp(index, hidden.length),
    hidden,
    blank: 'none',
    overview: false,
    help: false,
    search: { open: false, query: '' },
    jump: '',
  };
}

function clamp(i: number, count: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, Math.trunc(i)));
}

/** Next visible slide after i, or i if there is none. */
export function nextVisible(hidden: readonly boolean[], i: number): number {
  for (let k = i + 1; k < hidden.length; k++) if (!hidden[k]) return k;
  return i;
}

/** Previous visible slide before i, or i if there is none. */
export function prevVisible(hidden: readonly boolean[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!hidden[k]) return k;
  return i;
}

function firstVisible(hidden: readonly boolean[]): number {
  const k = hidden.indexOf(false);
  return k < 0 ? 0 : k;
}

function lastVisible(hidden: readonly boolean[]): number {
  const k = hidden.lastIndexOf(false);
  return k < 0 ? Math.max(0, hidden.length - 1) : k;
}

export function navReducer(state: NavState, action: NavAction): NavState {
  const count = state.hidden.length;
  // Any move ends a blank screen, as in PowerPoint.
  const moved = (index: number): NavState => ({ ...state, index: clamp(index, count), blank: 'none', jump: '' });
  switch (action.type) {
    case 'next':
      if (state.blank !== 'none') return { ...state, blank: 'none' };
      return moved(nextVisible(state.hidden, state.index));
    case 'prev':
      if (state.blank !== 'none') return { ...state, blank: 'none' };
      return moved(prevVisible(state.hidden, state.index));
    case 'first':
      return moved(firstVisible(state.hidden));
    case 'last':
      return moved(lastVisible(state.hidden));
    case 'goto':
      // Going to a slide (a pick in the overview or search, the start of a show) closes what is open.
      return { ...moved(action.index), overview: false, help: false, search: { open: false, query: '' } };
    case 'digit':
      return { ...state, jump: (state.jump + action.digit).slice(-4) };
    case 'commitJump': {
      if (state.jump === '') return navReducer(state, { type: 'next' });
      // Numbers are 1-based, as shown on the slides; backup slides included.
      const n = Number(state.jump);
      return n >= 1 && n <= count ? moved(n - 1) : { ...state, jump: '' };
    }
    case 'clearJump':
      return { ...state, jump: '' };
    case 'blank':
      return { ...state, blank: state.blank === action.blank ? 'none' : action.blank };
    case 'unblank':
      return { ...state, blank: 'none' };
    case 'toggleOverview':
      return { ...state, overview: !state.overview, help: false };
    case 'closeOverview':
      return { ...state, overview: false };
    case 'toggleHelp':
      return { ...state, help: !state.help };
    case 'openSearch':
      return { ...state, search: { open: true, query: state.search.query }, overview: false, help: false };
    case 'setQuery':
      return { ...state, search: { open: true, query: action.query } };
    case 'closeSearch':
      return { ...state, search: { open: false, query: '' } };
    case 'escape':
      // Esc closes the innermost thing open; the caller ends the show when nothing was.
      if (state.search.open) return { ...state, search: { open: false, query: '' } };
      if (state.help) return { ...state, help: false };
      if (state.overview) return { ...state, overview: false };
      if (state.jump) return { ...state, jump: '' };
      if (state.blank !== 'none') return { ...state, blank: 'none' };
      return state;
    case 'setDeck':
      return { ...initialNav(action.hidden, action.index ?? state.index), blank: state.blank };
    case 'sync':
      // Before its deck arrives (an audience window that just opened) there is nothing to clamp
      // against: keep the index for setDeck to clamp, or the window would show slide 1.
      return {
        ...state,
        index: count > 0 ? clamp(action.index, count) : Math.max(0, Math.trunc(action.index) || 0),
        blank: action.blank,
      };
    default: {
      const never: never = action;
      return never;
    }
  }
}
