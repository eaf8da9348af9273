/**
 * A renderer that dies mid-show (crash, out of memory, killed) is reloaded in the same window,
 * which is not moved or taken out of full screen; the show goes on (the display still kept
 * awake), and the reloaded window, saying hello as every show window does when it loads, gets
 * the deck and the slide (and blank state) main kept: the projector comes back on the same slide.
 * The other windows keep getting the show's messages while one renderer is gone. A renderer that
 * keeps dying is given up: a show window is closed (the show ends, the editor is left), the
 * editor is left as it is. A window closing normally ('clean-exit') is not reloaded.
 */
import type { ShowRelay } from '../../core/app/show-message';
import { describe, expect, it } from 'vitest';
import { MAX_RELOADS, reloadAfterCrash, RELOAD_WINDOW_MS } from './crash-reload';
import { type FakeWindow, LAPTOP, PROJECTOR, setup } from './testing/show-fakes';

// The show controller keeps and passes on the deck message as given (it never reads it).
const DECK = {
  kind: 'deck',
  report: { id: 'shanxi-2025' },
  briefing: { kind: 'govbrief-briefing' },
} as unknown as ShowRelay;
const crashed = { reason: 'crashed', exitCode: 139 };

function presenting(displays = [LAPTOP, PROJECTOR]) {
  const w = setup(displays);
  let clock = 1_000_000;
  const logged: string[] = [];
  /** Wires a window as main does (index.ts): reloaded when its renderer is gone. */
  const guard = (win: FakeWindow, giveUp: 'close' | 'leave') => {
    const onGone = reloadAfterCrash(win, { name: win.route, giveUp, now: () => clock, log: (m) => logged.push(m) });
    return (details: { reason: string; exitCode: number }) => {
      win.rendererGone = details.reason !== 'clean-exit';
      onGone(details);
    };
  };
  w.show.publish(DECK, w.editor.id);
  w.show.start(0);
  return { ...w, guard, logged, advance: (ms: number) => (clock += ms) };
}

/** The reloaded page starts: it says hello and takes what main sends back. */
function loadsAgain(w: ReturnType<typeof presenting>, win: FakeWindow) {
  w.show.publish({ kind: 'hello' }, win.id);
}

describe('a show window whose renderer dies comes back on its slide', () => {
  it('two displays, the audience window: reloaded in place, the show goes on, back on slide 8 blanked', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    const presenter = w.byRoute('presenter')!;
    w.show.publish({ kind: 'nav', index: 7, blank: 'none' }, presenter.id);
    const before = { bounds: audience.bounds, log: [...audience.log] };
    w.guard(audience, 'close')(crashed);
    expect(audience.reloads).toBe(1);
    expect(audience.destroyed).toBe(false);
    expect(audience.bounds, 'not moved').toEqual(before.bounds);
    expect(audience.log, 'not moved or taken out of full screen').toEqual(before.log);
    expect(audience.fullScreen).toBe(true);
    expect(w.show.presenting).toBe(true);
    expect(w.sleepBlocked(), 'the display still kept awake').toBe(true);
    // The presenter moves on and blanks the screen while the audience page loads.
    w.show.publish({ kind: 'nav', index: 8, blank: 'black' }, presenter.id);
    const loading = audience.sent.length; // sent while the page loads: nobody listens yet
    loadsAgain(w, audience);
    expect(audience.sent.slice(loading)).toEqual([DECK, { kind: 'nav', index: 8, blank: 'black' }]);
  });

  it('one display, the full-screen show window: the same', () => {
    const w = presenting([LAPTOP]);
    const showWindow = w.byRoute('show')!;
    w.show.publish({ kind: 'nav', index: 3, blank: 'none' }, showWindow.id);
    w.guard(showWindow, 'close')({ reason: 'oom', exitCode: -1 });
    expect(showWindow.reloads).toBe(1);
    expect(showWindow.fullScreen).toBe(true);
    loadsAgain(w, showWindow);
    expect(showWindow.sent.at(-1)).toEqual({ kind: 'nav', index: 3, blank: 'none' });
  });

  it('the presenter view: reloaded, back on the slide, with the audience untouched', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    const presenter = w.byRoute('presenter')!;
    w.show.publish({ kind: 'nav', index: 5, blank: 'none' }, presenter.id);
    const sentToAudience = audience.sent.length;
    w.guard(presenter, 'close')({ reason: 'killed', exitCode: 9 });
    expect(presenter.reloads).toBe(1);
    loadsAgain(w, presenter);
    expect(presenter.sent).toEqual([DECK, { kind: 'nav', index: 5, blank: 'none' }]);
    expect(audience.sent.slice(sentToAudience), 'the audience only hears the hello').toEqual([{ kind: 'hello' }]);
  });

  it('while one renderer is gone the others still get every message', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    const presenter = w.byRoute('presenter')!;
    audience.rendererGone = true; // died, the reload not yet through
    expect(() => w.show.publish({ kind: 'nav', index: 2, blank: 'none' }, w.editor.id)).not.toThrow();
    expect(presenter.sent.at(-1)).toEqual({ kind: 'nav', index: 2, blank: 'none' });
    expect(w.show.state.index).toBe(2);
  });

  it('the editor dying mid-show is reloaded; the show windows keep the show', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    w.show.publish({ kind: 'nav', index: 4, blank: 'none' }, w.byRoute('presenter')!.id);
    w.guard(w.editor, 'leave')(crashed);
    expect(w.editor.reloads).toBe(1);
    expect(w.show.presenting).toBe(true);
    expect(w.show.state.index).toBe(4);
    expect(audience.fullScreen).toBe(true);
  });
});

describe('renderers that do not come back', () => {
  it(`a show window dying again and again (${MAX_RELOADS} reloads within a minute) is closed: the show ends, the editor is left`, () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    const onGone = w.guard(audience, 'close');
    for (let i = 0; i < MAX_RELOADS; i++) {
      onGone(crashed);
      w.advance(5_000);
    }
    expect(audience.reloads).toBe(MAX_RELOADS);
    onGone(crashed);
    expect(audience.reloads, 'no further reload').toBe(MAX_RELOADS);
    expect(audience.destroyed).toBe(true);
    expect(w.show.presenting).toBe(false);
    expect(w.byRoute('presenter'), 'the presenter view closes with the show').toBeUndefined();
    expect(w.sleepBlocked()).toBe(false);
    expect(w.editor.destroyed).toBe(false);
    expect(w.logged.at(-1)).toContain('closing it');
  });

  it('crashes far apart are each reloaded', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    const onGone = w.guard(audience, 'close');
    for (let i = 0; i < MAX_RELOADS * 3; i++) {
      onGone(crashed);
      w.advance(RELOAD_WINDOW_MS / 2);
    }
    expect(audience.reloads).toBe(MAX_RELOADS * 3);
    expect(audience.destroyed).toBe(false);
  });

  it('the editor dying again and again is left as it is (not closed, not reloaded for ever)', () => {
    const w = presenting();
    const onGone = w.guard(w.editor, 'leave');
    for (let i = 0; i < MAX_RELOADS + 2; i++) onGone(crashed);
    expect(w.editor.reloads).toBe(MAX_RELOADS);
    expect(w.editor.destroyed).toBe(false);
    expect(w.logged.at(-1)).toContain('leaving it');
  });

  it('a window closing normally, or already destroyed, is not reloaded', () => {
    const w = presenting();
    const audience = w.byRoute('audience')!;
    w.guard(audience, 'close')({ reason: 'clean-exit', exitCode: 0 });
    expect(audience.reloads).toBe(0);
    const presenter = w.byRoute('presenter')!;
    presenter.destroyed = true;
    w.guard(presenter, 'close')(crashed);
    expect(presenter.reloads).toBe(0);
  });
});
