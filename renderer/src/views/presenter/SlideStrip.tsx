// The presenter's strip of every slide (backups marked 备): a click jumps the show there.
import { useEffect, useRef } from 'react';
import type { Deck } from '../../../../core/deck/types';
import { T } from '../../i18n';
import { LazyThumb } from '../LazyThumb';

const STRIP_THUMB_WIDTH_PX = 128;

export function SlideStrip({ deck, current, onPick }: { deck: Deck; current: number; onPick(index: number): void }) {
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav className="slide-strip" aria-label={T.presenter.strip} data-testid="slide-strip">
      {deck.slides.map((s, i) => (
        <button
          key={s.id}
          ref={i === current ? currentRef : undefined}
          type="button"
          className={`strip-item${i === current ? ' current' : ''}${s.hidden ? ' hidden-slide' : ''}`}
          aria-current={i === current}
          data-index={i}
          onClick={() => onPick(i)}
        >
          <span className="strip-num">
            {i + 1}
            {s.hidden && <em> {T.briefing.backup}</em>}
          </span>
          <span className="visually-hidden"> {s.title}</span>
          <span inert aria-hidden="true">
            <LazyThumb slide={s} theme={deck.theme} widthPx={STRIP_THUMB_WIDTH_PX} />
          </span>
        </button>
      ))}
    </nav>
  );
}
