// The editor view: slide rail with thumbnails, the current slide, its notes and sources, the
// report's title and its data warnings; opening reports (bundled list, file picker, drop).
import { type Dispatch, useEffect, useRef, useState } from 'react';
import { THEME_IDS, type ThemeId } from '../../../core/deck/themes';
import type { Deck, FigureRef } from '../../../core/deck/types';
import type { Problem } from '../../../core/report/problems';
import type { BundledInfo } from '../bridge/types';
import { T } from '../i18n';
import type { NavAction, NavState } from '../nav/reducer';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { LazyThumb } from './LazyThumb';
import { FigurePopover, SearchBox } from './overlays';

export interface EditorProps {
  deck: Deck;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  reportTitle: string;
  file: string;
  warnings: Problem[];
  bundled: BundledInfo[];
  currentBundledId: string | undefined;
  theme: ThemeId;
  compareId: string | undefined;
  onOpenBundled: (id: string) => void;
  onOpenFile: (file: File) => void;
  onTheme: (t: ThemeId) => void;
  onCompare: (id: string | undefined) => void;
  onPresent: (fromCurrent: boolean) => void;
  onPresenter: () => void;
  onExport: () => void;
  /** Incremented when the host asks to open a file (menu, Ctrl+O) in the web build. */
  openRequest: number;
}

export function Editor(p: EditorProps) {
  const { deck, nav, dispatch } = p;
  const slide = deck.slides[nav.index];
  const [figures, setFigures] = useState<FigureRef[]>();
  // A figure's quote belongs to its slide: moving to another slide closes it.
  const [figuresAt, setFiguresAt] = useState(nav.index);
  if (figuresAt !== nav.index) {
    setFiguresAt(nav.index);
    setFigures(undefined);
  }
  const [showWarnings, setShowWarnings] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const railCurrent = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (p.openRequest > 0) fileInput.current?.click();
  }, [p.openRequest]);
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect must
    // return nothing but a clean-up function.
    railCurrent.current?.scrollIntoView({ block: 'nearest' });
  }, [nav.index]);

  return (
    <div
      className={`editor${dragging ? ' dragging' : ''}`}
      data-testid="editor"
      data-index={nav.index}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer.files[0];
        if (f) p.onOpenFile(f);
      }}
    >
      <header className="toolbar">
        <h1 className="report-title" data-testid="report-title" title={p.file}>
          {p.reportTitle}
        </h1>
        <label>
          {T.editor.bundled}
          <select value={p.currentBundledId ?? ''} onChange={(e) => e.target.value && p.onOpenBundled(e.target.value)} data-testid="bundled-select">
            {p.currentBundledId === undefined && <option value="">—</option>}
            {p.bundled.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {T.editor.openReport}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onOpenFile(f);
            e.target.value = '';
          }}
        />
        <label>
          {T.editor.theme}
          <select value={p.theme} onChange={(e) => p.onTheme(e.target.value as ThemeId)} data-testid="theme-select">
            {THEME_IDS.map((t) => (
              <option key={t} value={t}>
                {T.themes[t] ?? t}
              </option>
            ))}
          </select>
        </label>
        <label>
          {T.editor.compare}
          <select value={p.compareId ?? ''} onChange={(e) => p.onCompare(e.target.value || undefined)} data-testid="compare-select">
            <option value="">{T.editor.compareNone}</option>
            {p.bundled
              .filter((b) => b.id !== p.currentBundledId)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" className={`warnings-toggle${p.warnings.length ? ' has' : ''}`} onClick={() => setShowWarnings((s) => !s)} data-testid="warnings-toggle">
          {T.editor.warnings}（{p.warnings.length}）
        </button>
        <button type="button" onClick={() => dispatch({ type: 'openSearch' })} title="Ctrl+F">
          🔍
        </button>
        <button type="button" onClick={p.onExport} data-testid="export-button" title="Ctrl+E">
          {T.exporting.button}
        </button>
        <button type="button" onClick={p.onPresenter}>
          {T.editor.presenterView}
        </button>
        <button type="button" onClick={() => p.onPresent(true)} title="Shift+F5">
          {T.editor.presentCurrent}
        </button>
        <button type="button" className="primary" onClick={() => p.onPresent(false)} title="F5">
          {T.editor.present}
        </button>
      </header>
      <nav className="rail" aria-label={T.editor.slides} data-testid="rail">
        {deck.slides.map((s, i) => (
          <button
            key={s.id}
            ref={i === nav.index ? railCurrent : undefined}
            type="button"
            className={`rail-item${i === nav.index ? ' current' : ''}${s.hidden ? ' hidden-slide' : ''}`}
            data-index={i}
            onClick={() => dispatch({ type: 'goto', index: i })}
            aria-current={i === nav.index}
          >
            <span className="rail-num">
              {i + 1}
              {s.hidden && <em>{T.editor.hiddenBadge}</em>}
            </span>
            <LazyThumb slide={s} theme={deck.theme} widthPx={176} />
          </button>
        ))}
      </nav>
      <main className="current">
        <Stage background="#d9d9d9">{slide && <SlideView slide={slide} theme={deck.theme} onFigures={(f) => setFigures(f)} />}</Stage>
      </main>
      <section className="notes" aria-label={T.editor.notes}>
        <div className="notes-head">
          {T.editor.notes} · {T.editor.slideOf(nav.index + 1, deck.slides.length)}
        </div>
        <div className="notes-body" data-testid="notes">
          {slide?.notes ? slide.notes.split('\n').map((l, i) => <p key={i}>{l}</p>) : T.editor.noNotes}
        </div>
      </section>
      {showWarnings && (
        <aside className="warnings" data-testid="warnings">
          <h2>{T.editor.warnings}</h2>
          {p.warnings.length === 0 ? (
            <p>{T.editor.noWarnings}</p>
          ) : (
            <ul>
              {p.warnings.map((w, i) => (
                <li key={i}>
                  <code>
                    {w.line}:{w.column}
                  </code>{' '}
                  {w.message.zh}
                  <div className="hint">{w.hint.zh}</div>
                </li>
              ))}
            </ul>
          )}
        </aside>
      )}
      {dragging && <div className="drop-hint">{T.editor.dropHint}</div>}
      {nav.search.open && (
        <SearchBox
          deck={deck}
          query={nav.search.query}
          onQuery={(q) => dispatch({ type: 'setQuery', query: q })}
          onPick={(i) => dispatch({ type: 'goto', index: i })}
          onClose={() => dispatch({ type: 'closeSearch' })}
        />
      )}
      {figures && <FigurePopover figures={figures} onClose={() => setFigures(undefined)} />}
    </div>
  );
}
