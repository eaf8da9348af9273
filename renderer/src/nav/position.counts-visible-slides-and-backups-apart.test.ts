import { describe, expect, it } from 'vitest';
import { isLastVisible, showPosition } from './position';

// Slides: 0 visible, 1 visible, 2 backup, 3 backup, 4 visible.
const hidden = [false, false, true, true, false];

describe('showPosition counts the run without its backup slides', () => {
  it('numbers a visible slide among the visible slides only', () => {
    expect(showPosition(hidden, 4)).toEqual({ kind: 'visible', n: 3, visible: 3, backups: 2 });
    expect(showPosition(hidden, 0)).toEqual({ kind: 'visible', n: 1, visible: 3, backups: 2 });
  });
  it('numbers a backup slide among the backups', () => {
    expect(showPosition(hidden, 3)).toEqual({ kind: 'backup', n: 2, visible: 3, backups: 2 });
  });
  it('knows the last slide of the run, with backups after it or not', () => {
    expect(isLastVisible(hidden, 4)).toBe(true);
    expect(isLastVisible(hidden, 1)).toBe(false);
    expect(isLastVisible([false, true, true], 0)).toBe(true);
  });
});
