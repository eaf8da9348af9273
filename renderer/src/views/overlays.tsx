// Overlays shared by the editor, the slideshow and the presenter view.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ThemeSpec } from '../../../core/deck/themes';
import type { Deck, FigureRef } from '../../../core/deck/types';
import { formatProblem, type Problem } from '../../../core/report/problems';
import { searchSlides } from '../app/slide-text';
import { useDialogFocus } from '../app/useDialogFocus';
import { T } from '../i18n';
import { LazyThumb } from './LazyThumb';

export function FigurePopover({ figures, onClose }: { figures: FigureRef[]; onClose: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  // Not modal: the figure keeps the focus, and the slideshow's keys still move on (closing it).
  return (
    <div className="popover-backdrop" onClick={onClose}>
      <div className="figure-popover" role="dialog" aria-label={T.figure.source} onClick={(e) => e.stopPropagation()}>
        <h3>{T.figure.source}</h3>
        {figures.map((f, i) => (
          <div key={i} className="figure-source">
            <div className="figure-line">
              <span className="figure-label">{f.label}</span>
              <strong className="figure-display">{f.display}</strong>
            </div>
            <blockquote>“{f.quote}”</blockquote>
          </div>
        ))}
        <button type="button" onClick={onClose}>
          {T.figure.close}
        </button>
      </div>
    </div>
  );
}

export function BlankOverlay({ blank }: { blank: 'black' | 'white' }) {
  return <div className={`blank blank-${blank}`} data-testid="blank" data-blank={blank} />;
}

/** The list of keys: the show's (default) or the editor's. */
export function HelpOverlay({
  onClose,
  rows = T.help.rows,
  which = 'show',
}: {
  onClose: () => void;
  rows?: readonly (readonly [string, string])[];
  which?: 'show' | 'editor';
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useDialogFocus(ref, onClose, false);
  return (
    <div className="overlay help" data-testid="help" data-help={which} onClick={onClose}>
      <div
        ref={ref}
        className="panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-title">{T.help.title}</h2>
        <table>
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <td className="keys">{k}</td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={onClose} data-testid="help-close">
          {T.figure.close}
        </button>
      </div>
    </div>
  );
}

export function OverviewGrid({ deck, current, onPick }: { deck: Deck; current: number; onPick: (i: number) => void }) {
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'center' });
  }, []);
  return (
    <div className="overlay overview" data-testid="overview" role="dialog" aria-label={T.show.overview}>
      <div className="overview-title">{T.show.overview}</div>
      <div className="overview-grid">
        {deck.slides.map((s, i) => (
          <button
            key={s.id}
            ref={i === current ? currentRef : undefined}
            type="button"
            className={`overview-item${i === current ? ' current' : ''}${s.hidden ? ' hidden-slide' : ''}`}
            data-index={i}
            onClick={() => onPick(i)}
          >
            <LazyThumb slide={s} theme={deck.theme} widthPx={240} />
            <span className="overview-label">
              {i + 1}
              {s.hidden ? ` · ${T.editor.hiddenBadge}` : ''} {s.title}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function SearchBox({
  deck,
  query,
  onQuery,
  onPick,
  onClose,
}: {
  deck: Deck;
  query: string;
  onQuery: (q: string) => void;
  onPick: (i: number) => void;
  onClose: () => void;
}) {
  const hits = useMemo(() => searchSlides(deck.slides, query), [deck, query]);
  const [sel, setSel] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
  }, []);
  return (
    <div className="overlay search" data-testid="search" onClick={onClose}>
      <div className="panel" onClick={(e) => e.stopPropagation()}>
        <input
          ref={inputRef}
          value={query}
          placeholder={T.show.searchPlaceholder}
          aria-label={T.show.searchPlaceholder}
          onChange={(e) => {
            setSel(0);
            onQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter' && hits[sel]) onPick(hits[sel].index);
            else if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setSel((s) => Math.min(hits.length - 1, s + 1));
            else if (e.key === 'ArrowUp') setSel((s) => Math.max(0, s - 1));
          }}
        />
        {query.trim() !== '' && (
          <div className="search-count" data-testid="search-count" role="status">
            {T.show.hitCount(hits.length)}
          </div>
        )}
        <ul className="search-hits">
          {query && hits.length === 0 && <li className="none">{T.show.noResults}</li>}
          {hits.map((h, i) => (
            <li
              key={h.index}
              className={i === sel ? 'selected' : ''}
              data-index={h.index}
              onClick={() => onPick(h.index)}
            >
              <span className="num">{h.index + 1}</span> <span className="title">{h.title}</span>
              <span className="excerpt">
                {h.parts.before}
                <mark>{h.parts.match}</mark>
                {h.parts.after}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function ErrorPanel({
  file,
  errors,
  errorsTotal,
  onClose,
  title = T.errors.title,
  kept = T.errors.keptPrevious,
}: {
  file: string;
  errors: Problem[];
  /** How many errors the file had in all, when `errors` holds only the first ones. */
  errorsTotal?: number | undefined;
  onClose: () => void;
  /** What could not be opened, and what stays as it was (a report by default). */
  title?: string;
  kept?: string;
}) {
  const shown = errors.slice(0, 20);
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <div className="error-head">
        <strong>
          {title}：{file}
        </strong>
        <button type="button" onClick={onClose}>
          {T.errors.close}
        </button>
      </div>
      <p>{kept}</p>
      {errorsTotal !== undefined && errorsTotal > errors.length && (
        <p className="error-count" data-testid="error-count">
          {T.errors.firstOf(errors.length, errorsTotal)}
        </p>
      )}
      <ul>
        {shown.map((p, i) => (
          <li key={i} className="problem">
            <code>
              {p.line}:{p.column}
            </code>{' '}
            {p.path && <code className="path">{p.path}</code>} {p.message.zh}
            <div className="hint">{p.hint.zh}</div>
            <pre className="problem-en">{formatProblem(p).split('\n').slice(2, 3).join('')}</pre>
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p>{T.errors.more(errors.length - shown.length)}</p>}
    </div>
  );
}

export type { ThemeSpec };
