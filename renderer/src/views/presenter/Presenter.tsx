// Presenter view: the current slide (a click advances), the next one, notes at an adjustable
// size, previous/next buttons, the position among visible slides with the backups counted apart,
// elapsed time with pause and reset, the countdown to the briefing's target length, the clock, a
// strip of every slide to jump from, and a large banner while the audience sees a black or white
// screen or the end of the show. It drives the audience window; blanking blanks the audience
// only. 结束放映 (or Esc with nothing open) ends the show.
import { type Dispatch, useState } from 'react';
import type { Deck } from '../../../../core/deck/types';
import { T } from '../../i18n';
import { showPosition } from '../../nav/position';
import { nextVisible, type NavAction, type NavState } from '../../nav/reducer';
import { SlideView } from '../../slide/SlideView';
import { Stage } from '../../slide/Stage';
import { HelpOverlay, OverviewGrid, SearchBox } from '../overlays';
import { PresenterClock } from './PresenterClock';
import { SlideStrip } from './SlideStrip';
import { useTimer } from './useTimer';

const NOTES_MIN_PX = 16;
const NOTES_MAX_PX = 48;
const NOTES_STEP_PX = 4;

/** What the audience sees instead of the slide, if anything. */
function audienceBanner(nav: NavState): string | undefined {
  if (nav.ended) return T.presenter.audienceEnded;
  if (nav.blank === 'black') return T.presenter.audienceBlack;
  if (nav.blank === 'white') return T.presenter.audienceWhite;
  return undefined;
}

export function Presenter({
  deck,
  nav,
  dispatch,
  targetMinutes,
  onOpenAudience,
  onEnd,
}: {
  deck: Deck;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  /** The briefing's target length of the talk, if it has one. */
  targetMinutes: number | undefined;
  onOpenAudience: () => void;
  /** Ends the show (the audience too) and returns to the editor. */
  onEnd: () => void;
}) {
  const timer = useTimer();
  const [notesPx, setNotesPx] = useState(24);
  const slide = deck.slides[nav.index];
  const nextIndex = nextVisible(nav.hidden, nav.index);
  const next = !nav.ended && nextIndex !== nav.index ? deck.slides[nextIndex] : undefined;
  const pos = showPosition(nav.hidden, nav.index);
  const banner = audienceBanner(nav);
  return (
    <div className="presenter" data-testid="presenter" data-index={nav.index} data-ended={nav.ended}>
      <div className="presenter-current">
        <div className="presenter-label">
          {T.presenter.current} ·{' '}
          <span data-testid="presenter-position">
            {pos.kind === 'visible'
              ? T.presenter.position(pos.n, pos.visible, pos.backups)
              : T.presenter.backupPosition(pos.n, pos.backups)}
          </span>
        </div>
        <div
          className="presenter-stage"
          data-testid="presenter-current"
          title={T.presenter.clickToAdvance}
          onClick={() => dispatch({ type: 'next' })}
        >
          <Stage background="#222">
            {nav.ended ? (
              <div className="end-note">{T.show.endHint}</div>
            ) : (
              slide && <SlideView slide={slide} theme={deck.theme} />
            )}
          </Stage>
          {banner && (
            <div
              className={`audience-banner audience-${nav.ended ? 'ended' : nav.blank}`}
              data-testid="presenter-blank"
              role="status"
            >
              {banner}
            </div>
          )}
        </div>
        <div className="presenter-step">
          <button type="button" data-testid="presenter-prev" onClick={() => dispatch({ type: 'prev' })}>
            ‹ {T.presenter.prev}
          </button>
          <button type="button" data-testid="presenter-next" onClick={() => dispatch({ type: 'next' })}>
            {T.presenter.goNext} ›
          </button>
        </div>
      </div>
      <div className="presenter-side">
        <div className="presenter-label">{T.presenter.next}</div>
        <div className="presenter-next">
          <Stage background="#222">
            {next ? (
              <SlideView slide={next} theme={deck.theme} />
            ) : (
              <div className="end-note">{nav.ended ? T.show.ended : T.presenter.end}</div>
            )}
          </Stage>
        </div>
        <PresenterClock timer={timer} targetMinutes={targetMinutes} />
        <div className="presenter-tools">
          <button
            type="button"
            aria-pressed={nav.blank === 'black'}
            onClick={() => dispatch({ type: 'blank', blank: 'black' })}
          >
            {T.presenter.blackScreen}
          </button>
          <button
            type="button"
            aria-pressed={nav.blank === 'white'}
            onClick={() => dispatch({ type: 'blank', blank: 'white' })}
          >
            {T.presenter.whiteScreen}
          </button>
          <button type="button" onClick={onOpenAudience}>
            {T.presenter.openAudience}
          </button>
          <button
            type="button"
            aria-label={`${T.presenter.smaller} ${T.presenter.smallerLabel}`}
            onClick={() => setNotesPx((p) => Math.max(NOTES_MIN_PX, p - NOTES_STEP_PX))}
          >
            {T.presenter.smaller}
          </button>
          <button
            type="button"
            aria-label={`${T.presenter.larger} ${T.presenter.largerLabel}`}
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
      <SlideStrip deck={deck} current={nav.index} onPick={(i) => dispatch({ type: 'goto', index: i })} />
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
