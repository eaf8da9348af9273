/**
 * The undo history: steps in order, undo/redo over many steps, redo cleared by a new step,
 * merged steps for typing, the cap, and no empty steps.
 */
import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes every step, in order, and a new step clears redo', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 12; i++) h = record(h, i);
    for (let i = 11; i >= 0; i--) {
      h = undo(h);
      expect(h.present).toBe(i);
    }
    expect(undo(h)).toBe(h);
    for (let i = 1; i <= 12; i++) {
      h = redo(h);
      expect(h.present).toBe(i);
    }
    expect(redo(h)).toBe(h);
    h = record(undo(undo(h)), 99);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(10);
  });

  it('merges steps with the same key (typing), not across other steps or undo', () => {
    let h = startHistory('');
    h = record(h, 'a', 'note:x');
    h = record(h, 'ab', 'note:x');
    h = record(h, 'abc', 'note:x');
    expect(h.past).toEqual(['']);
    h = record(h, 'abc!', 'note:y');
    expect(h.past).toEqual(['', 'abc']);
    h = undo(h);
    h = record(h, 'abcd', 'note:x');
    expect(h.past).toEqual(['', 'abc']);
  });

  it('records nothing for no change, and keeps at most the limit', () => {
    const h0 = startHistory({ n: 0 });
    expect(record(h0, h0.present)).toBe(h0);
    let h = startHistory(0);
    for (let i = 1; i <= 150; i++) h = record(h, i, undefined, 100);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
  });
});
