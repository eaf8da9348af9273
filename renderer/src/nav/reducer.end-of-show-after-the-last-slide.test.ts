import { describe, expect, it } from 'vitest';
import { initialNav, navReducer, type NavAction, type NavState } from './reducer';

// Slides: 0 visible, 1 visible, 2 backup (after the last slide of the run).
const hidden = [false, false, true];

function run(state: NavState, ...actions: NavAction[]): NavState {
  return actions.reduce(navReducer, state);
}

describe('advancing past the last slide of the run shows the end-of-show screen', () => {
  it('ends after the last visible slide, skipping the backups after it', () => {
    const s = run(initialNav(hidden), { type: 'next' }, { type: 'next' });
    expect(s).toMatchObject({ index: 1, ended: true });
  });
  it('stays on the end screen when advanced again', () => {
    const s = run(initialNav(hidden), { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(s).toMatchObject({ index: 1, ended: true });
  });
  it('goes back to the last slide with prev, and anywhere with a jump', () => {
    const ended = run(initialNav(hidden), { type: 'next' }, { type: 'next' });
    expect(run(ended, { type: 'prev' })).toMatchObject({ index: 1, ended: false });
    expect(run(ended, { type: 'goto', index: 0 })).toMatchObject({ index: 0, ended: false });
    expect(run(ended, { type: 'first' })).toMatchObject({ index: 0, ended: false });
  });
  it('does not end before the last slide', () => {
    expect(run(initialNav(hidden), { type: 'next' })).toMatchObject({ index: 1, ended: false });
  });
  it('a blank screen is lifted first, then the show advances', () => {
    const s = run(initialNav(hidden, 1), { type: 'blank', blank: 'black' }, { type: 'next' });
    expect(s).toMatchObject({ index: 1, blank: 'none', ended: false });
  });
});
