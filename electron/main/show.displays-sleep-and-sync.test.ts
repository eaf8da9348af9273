/**
 * Presenting across displays with fake displays and windows: the audience goes full screen on the
 * external display and the presenter view opens on the primary one; unplugging the external
 * display brings the audience back to the primary, plugging one in moves it out; the display
 * does not sleep while presenting. The slide index lives in main: navigation published by one
 * window goes to the others (not back to the sender), and a window saying hello gets the current
 * deck and position.
 */
import type { ShowRelay } from '../../core/app/show-message';
import { describe, expect, it } from 'vitest';
import { LAPTOP, PROJECTOR, setup } from './testing/show-fakes';

/** The controller passes a deck message on as given (it never reads it): a fake one will do. */
const relayed = (m: object) => m as ShowRelay;

describe('two displays', () => {
  it('audience full screen on the external display, presenter on the primary', () => {
    const { show, byRoute, sleepBlocked } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    const audience = byRoute('audience')!;
    const presenter = byRoute('presenter')!;
    expect(audience.bounds).toEqual(PROJECTOR.bounds);
    expect(audience.fullScreen).toBe(true);
    expect(presenter.bounds).toEqual(LAPTOP.bounds);
    expect(presenter.fullScreen).toBe(false);
    expect(show.presenting).toBe(true);
    expect(sleepBlocked()).toBe(true);
  });

  it('the external display is found whatever the order the system lists them in', () => {
    const { show, byRoute } = setup([PROJECTOR, LAPTOP]);
    show.start(0);
    expect(byRoute('audience')!.bounds).toEqual(PROJECTOR.bounds);
    expect(byRoute('presenter')!.bounds).toEqual(LAPTOP.bounds);
  });
});

describe('displays change mid-show', () => {
  it('display removed: the audience comes back to the primary, full screen', () => {
    const { show, byRoute, displaysChanged } = setup([LAPTOP, PROJECTOR]);
    show.start(4);
    const audience = byRoute('audience')!;
    audience.log = [];
    displaysChanged([LAPTOP]);
    expect(audience.bounds).toEqual(LAPTOP.bounds);
    expect(audience.fullScreen).toBe(true);
    // It leaves full screen before moving (a full-screen window does not move between displays).
    expect(audience.log).toEqual(['fullscreen false', `bounds ${LAPTOP.bounds.x}`, 'fullscreen true']);
    expect(show.presenting).toBe(true);
    expect(show.state.index).toBe(4);
  });

  it('display added: the audience moves to the external display, full screen', () => {
    const { show, byRoute, displaysChanged } = setup([LAPTOP]);
    show.start(0);
    // One display: the show itself opens full screen on it, no presenter view.
    const audience = byRoute('show')!;
    expect(audience.bounds).toEqual(LAPTOP.bounds);
    expect(audience.fullScreen).toBe(true);
    expect(byRoute('presenter')).toBeUndefined();
    displaysChanged([LAPTOP, PROJECTOR]);
    expect(audience.bounds).toEqual(PROJECTOR.bounds);
    expect(audience.fullScreen).toBe(true);
  });

  it('removed then added again: back out to the external display', () => {
    const { show, byRoute, displaysChanged } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    const audience = byRoute('audience')!;
    displaysChanged([LAPTOP]);
    displaysChanged([LAPTOP, PROJECTOR]);
    expect(audience.bounds).toEqual(PROJECTOR.bounds);
    expect(audience.fullScreen).toBe(true);
  });

  it('display changes after the show ended are ignored (and no longer listened to)', () => {
    const { show, world, displaysChanged } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    show.end();
    expect(world.displayListeners.size).toBe(0);
    expect(() => displaysChanged([LAPTOP])).not.toThrow();
  });
});

describe('display sleep', () => {
  it('is prevented while presenting and released at the end, once', () => {
    const { show, world, byRoute, sleepBlocked } = setup([LAPTOP, PROJECTOR]);
    expect(sleepBlocked()).toBe(false);
    show.start(0);
    show.start(3); // starting again (from another slide) does not take a second blocker
    expect([...world.blockers.keys()]).toHaveLength(1);
    expect(sleepBlocked()).toBe(true);
    show.end();
    expect(sleepBlocked()).toBe(false);
    expect(byRoute('audience')).toBeUndefined();
    expect(byRoute('presenter')).toBeUndefined();
    expect(show.presenting).toBe(false);
    show.end(); // a second end is harmless (allowSleep would fail on a released blocker)
  });

  it('is released when the audience window is closed by the user', () => {
    const { show, byRoute, sleepBlocked } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    byRoute('audience')!.close();
    expect(sleepBlocked()).toBe(false);
    expect(byRoute('presenter')).toBeUndefined();
    expect(show.presenting).toBe(false);
  });

  it('a new show after the end blocks sleep again', () => {
    const { show, sleepBlocked } = setup([LAPTOP]);
    show.start(0);
    show.end();
    show.start(0);
    expect(sleepBlocked()).toBe(true);
  });
});

describe('the slide index lives in main', () => {
  it('start broadcasts the starting position to every window', () => {
    const { show, world } = setup([LAPTOP, PROJECTOR]);
    show.start(5);
    expect(show.state).toEqual({ kind: 'nav', index: 5, blank: 'none' });
    for (const w of world.windows) expect(w.sent.at(-1), w.route).toEqual({ kind: 'nav', index: 5, blank: 'none' });
  });

  it('navigation published by one window is broadcast to the others, not echoed to the sender', () => {
    const { show, editor, byRoute } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    const audience = byRoute('audience')!;
    const presenter = byRoute('presenter')!;
    for (const w of [editor, audience, presenter]) w.sent = [];
    const nav = { kind: 'nav', index: 7, blank: 'black' } as const;
    show.publish(nav, presenter.id);
    expect(presenter.sent).toEqual([]);
    expect(audience.sent).toEqual([nav]);
    expect(editor.sent).toEqual([nav]);
    expect(show.state).toEqual(nav);
  });

  it("'hello' gets the current deck and position (only the new window), others are not re-sent the deck", () => {
    const { show, editor, byRoute } = setup([LAPTOP, PROJECTOR]);
    const deck = relayed({ kind: 'deck', report: { title: '报告' }, theme: 'official' });
    show.publish(deck, editor.id);
    show.start(2);
    show.publish({ kind: 'nav', index: 3, blank: 'none' }, editor.id);
    const audience = byRoute('audience')!;
    const presenter = byRoute('presenter')!;
    for (const w of [editor, audience, presenter]) w.sent = [];
    show.publish({ kind: 'hello' }, audience.id);
    expect(audience.sent).toEqual([deck, { kind: 'nav', index: 3, blank: 'none' }]);
    expect(editor.sent.filter((m) => (m as { kind: string }).kind === 'deck')).toEqual([]);
    expect(presenter.sent.filter((m) => (m as { kind: string }).kind !== 'hello')).toEqual([]);
  });

  it("'hello' before any deck gets the position only", () => {
    const { show, editor } = setup([LAPTOP]);
    editor.sent = [];
    show.publish({ kind: 'hello' }, editor.id);
    expect(editor.sent).toEqual([{ kind: 'nav', index: 0, blank: 'none' }]);
  });

  it('a deck published by the editor reaches the show windows', () => {
    const { show, editor, byRoute } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    const deck = relayed({ kind: 'deck', report: {}, theme: 'blue' });
    show.publish(deck, editor.id);
    expect(byRoute('audience')!.sent.at(-1)).toEqual(deck);
    expect(byRoute('presenter')!.sent.at(-1)).toEqual(deck);
    expect(editor.sent.at(-1)).not.toEqual(deck);
  });

  it('closed windows are skipped', () => {
    const { show, byRoute, editor } = setup([LAPTOP, PROJECTOR]);
    show.start(0);
    const presenter = byRoute('presenter')!;
    presenter.destroyed = true;
    presenter.sent = [];
    expect(() => show.publish({ kind: 'nav', index: 1, blank: 'none' }, editor.id)).not.toThrow();
    expect(presenter.sent).toEqual([]);
  });
});
