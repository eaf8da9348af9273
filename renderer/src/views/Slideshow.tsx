// The slideshow: the current slide full window, with blank screens, overview, search, jump and
// help. Used for the show and for the audience window (which follows the presenter).
import { type Dispatch, useState } from 'react';
import type { Deck, FigureRef } from '../../../core/deck/types';
import { useIdlePointer } from '../app/useIdlePointer';
import { T } from '../i18n';
import type { NavAction, NavState } from '../nav/reducer';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { BlankOverlay, FigurePopover, HelpOverlay, OverviewGrid, SearchBox } from './overlays';

export function Slideshow({
  deck,
  nav,
  dispatch,
  audience = false,
  onEnd,
}: {
  deck: Deck;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  audience?: boolean;
  /** Ends the show: a click on the end-of-show screen. */
  onEnd?: () => void;
}) {
  const slide = deck.slides[nav.index];
  const pointerIdle = useIdlePointer();
  const [figures, setFigures] = useState<FigureRef[]>();
  // A figure's quote belongs to its slide: moving to another slide closes it.
  const [figuresAt, setFiguresAt] = useState(nav.index);
  if (figuresAt !== nav.index) {
    setFiguresAt(nav.index);
    setFigures(undefined);
  }
  return (
    <div
      className={`slideshow${audience ? ' audience' : ''}`}
      data-testid={audience ? 'audience' : 'slideshow'}
      data-index={nav.index}
      data-count={deck.slides.length}
      data-blank={nav.blank}
      data-ended={nav.ended}
      data-pointer={pointerIdle ? 'hidden' : 'shown'}
      onClick={() => (nav.ended && onEnd ? onEnd() : dispatch({ type: 'next' }))}
    >
      <Stage>
        {slide && (
          <SlideView slide={slide} theme={deck.theme} onFigures={audience ? undefined : (f) => setFigures(f)} />
        )}
      </Stage>
      {nav.blank !== 'none' && <BlankOverlay blank={nav.blank} />}
      {nav.ended && (
        <div className="end-screen" data-testid="end-screen" role="status">
          {T.show.endHint}
        </div>
      )}
      {nav.jump && (
        <div className="jump-indicator" data-testid="jump">
          {T.show.jumpPrompt} {nav.jump} {T.show.jumpSuffix}
        </div>
      )}
      {nav.overview && (
        <div onClick={(e) => e.stopPropagation()}>
          <OverviewGrid deck={deck} current={nav.index} onPick={(i) => dispatch({ type: 'goto', index: i })} />
        </div>
      )}
      {nav.search.open && (
        <div onClick={(e) => e.stopPropagation()}>
          <SearchBox
            deck={deck}
            query={nav.search.query}
            onQuery={(q) => dispatch({ type: 'setQuery', query: q })}
            onPick={(i) => dispatch({ type: 'goto', index: i })}
            onClose={() => dispatch({ type: 'closeSearch' })}
          />
        </div>
      )}
      {nav.help && (
        <div onClick={(e) => e.stopPropagation()}>
          <HelpOverlay onClose={() => dispatch({ type: 'toggleHelp' })} />
        </div>
      )}
      {figures && (
        <div onClick={(e) => e.stopPropagation()}>
          <FigurePopover figures={figures} onClose={() => setFigures(undefined)} />
        </div>
      )}
    </div>
  );
}
