// Presenter view: current and next slide, notes at an adjustable size, elapsed time with pause
// and reset, the clock, slide n/N. It drives the audience window; blanking the screen blanks the
// audience only. 结束放映 (or Esc with nothing open) ends the show.
import { type Dispatch, useEffect, useState } from 'react';
import type { Deck } from '../../../core/deck/types';
import { T } from '../i18n';
import { nextVisible, type NavAction, type NavState } from '../nav/reducer';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { HelpOverlay, OverviewGrid, SearchBox } from './overlays';

const NOTES_MIN_PX = 16;
const NOTES_MAX_PX = 48;
const NOTES_STEP_PX = 4;

function hhmmss(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

function useTimer() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  const elapsed = (pausedAt ?? now) - startedAt;
  return {
    elapsed,
    now,
    paused: pausedAt !== undefined,
    toggle: () => {
      if (pausedAt === undefined) setPausedAt(Date.now());
      else {
        setStartedAt((s) => s + (Date.now() - pausedAt));
        setPausedAt(undefined);
      }
    },
    reset: () => {
      setStartedAt(Date.now());
      setPausedAt((p) => (p === undefined ? undefined : Date.now()));
    },
  };
}

export function Presenter({
  deck,
  nav,
  dispatch,
  onOpenAudience,
  onEnd,
}: {
  deck: Deck;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  onOpenAudience: () => void;
  /** Ends the show (the audience too) and returns to the editor. */
  onEnd: () => void;
}) {
  const timer = useTimer();
  const [notesPx, setNotesPx] = useState(24);
  const slide = deck.slides[nav.index];
  const nextIndex = nextVisible(nav.hidden, nav.index);
  const next = nextIndex !== nav.index ? deck.slides[nextIndex] : undefined;
  return (
    <div className="presenter" data-testid="presenter" data-index={nav.index}>
      <div className="presenter-current">
        <div className="presenter-label">
          {T.presenter.current} ·{' '}
          <span data-testid="presenter-position">{T.editor.slideOf(nav.index + 1, deck.slides.length)}</span>
          {slide?.hidden ? ` · ${T.editor.hiddenBadge}` : ''}
          {nav.blank !== 'none' && (
            <span className="blank-state" data-testid="presenter-blank">
              {' '}
              · {nav.blank === 'black' ? T.presenter.blackScreen : T.presenter.whiteScreen}
            </span>
          )}
        </div>
        <Stage background="#222">{slide && <SlideView slide={slide} theme={deck.theme} />}</Stage>
      </div>
      <div className="presenter-side">
        <div className="presenter-label">{T.presenter.next}</div>
        <div className="presenter-next">
          <Stage background="#222">
            {next ? <SlideView slide={next} theme={deck.theme} /> : <div className="end-note">{T.presenter.end}</div>}
          </Stage>
        </div>
        <div className="presenter-clock">
          <div>
            <span className="presenter-label">{T.presenter.elapsed}</span>
            <span className="big-time" data-testid="elapsed">
              {hhmmss(timer.elapsed)}
            </span>
            <button type="button" onClick={timer.toggle}>
              {timer.paused ? T.presenter.resume : T.presenter.pause}
            </button>
            <button type="button" onClick={timer.reset}>
              {T.presenter.reset}
            </button>
          </div>
          <div>
            <span className="presenter-label">{T.presenter.clock}</span>
            <span className="big-time" data-testid="clock">
              {new Date(timer.now).toLocaleTimeString('zh-CN', { hour12: false })}
            </span>
          </div>
        </div>
        <div className="presenter-tools">
          <button type="button" onClick={() => dispatch({ type: 'blank', blank: 'black' })}>
            {T.presenter.blackScreen}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'blank', blank: 'white' })}>
            {T.presenter.whiteScreen}
          </button>
          <button type="button" onClick={onOpenAudience}>
            {T.presenter.openAudience}
          </button>
          <button
            type="button"
            aria-label={T.presenter.smallerLabel}
            onClick={() => setNotesPx((p) => Math.max(NOTES_MIN_PX, p - NOTES_STEP_PX))}
          >
            {T.presenter.smaller}
          </button>
          <button
            type="button"
            aria-label={T.presenter.largerLabel}
            onClick={() => setNotesPx((p) => Math.min(NOTES_MAX_PX, p + NOTES_STEP_PX))}
          >
            {T.presenter.larger}
          </button>
          <button type="button" title="Esc" onClick={onEnd} data-testid="end-show">
            {T.presenter.endShow}
          </button>
        </div>
      </div>
      <div className="presenter-notes" data-testid="presenter-notes" style={{ fontSize: notesPx }}>
        <div className="presenter-label">{T.presenter.notes}</div>
        {(slide?.notes ?? '').split('\n').map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {nav.jump && (
        <div className="jump-indicator">
          {T.show.jumpPrompt} {nav.jump} {T.show.jumpSuffix}
        </div>
      )}
      {nav.overview && (
        <OverviewGrid deck={deck} current={nav.index} onPick={(i) => dispatch({ type: 'goto', index: i })} />
      )}
      {nav.search.open && (
        <SearchBox
          deck={deck}
          query={nav.search.query}
          onQuery={(q) => dispatch({ type: 'setQuery', query: q })}
          onPick={(i) => dispatch({ type: 'goto', index: i })}
          onClose={() => dispatch({ type: 'closeSearch' })}
        />
      )}
      {nav.help && <HelpOverlay onClose={() => dispatch({ type: 'toggleHelp' })} />}
    </div>
  );
}
