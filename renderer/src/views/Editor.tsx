// The editor view, where a briefing is built: the slide rail (in or out, backup, order), the
// current slide, its editable notes, the sections and cover panel, theme, comparison and
// watermark, undo/redo, saving and opening briefings; the report's title and its data warnings;
// opening reports (bundled list, file picker, drop). What it shows is the briefing's deck.
import { type Dispatch, type DragEvent, useEffect, useRef, useState } from 'react';
import { THEME_IDS, type ThemeId } from '../../../core/deck/themes';
import type { Deck, FigureRef } from '../../../core/deck/types';
import type { Problem } from '../../../core/report/problems';
import type { BriefingState } from '../briefing/useBriefing';
import type { BundledInfo } from '../bridge/types';
import { T } from '../i18n';
import type { NavAction, NavState } from '../nav/reducer';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { BriefingPanel } from './BriefingPanel';
import { NotesEditor } from './NotesEditor';
import { FigurePopover, HelpOverlay, SearchBox } from './overlays';
import { Rail } from './Rail';

export interface EditorProps {
  deck: Deck;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  /** The briefing being built, and its actions. */
  briefing: BriefingState;
  reportTitle: string;
  file: string;
  warnings: Problem[];
  bundled: BundledInfo[];
  currentBundledId: string | undefined;
  onOpenBundled: (id: string) => void;
  /** A report (with the files picked or dropped with it: its source text), or a .govbrief.json briefing. */
  onOpenFiles: (files: File[]) => void;
  onCompare: (id: string | undefined) => void;
  onPresent: (fromCurrent: boolean) => void;
  onPresenter: () => void;
  onExport: () => void;
  onSaveBriefing: () => void;
  onOpenBriefing: () => void;
  /** A briefing file picked with the file input (web). */
  onOpenBriefingFile: (file: File) => void;
  /** Incremented when the host asks to open a report file (menu, Ctrl+O) in the web build. */
  openRequest: number;
  /** Incremented when the host asks to open a briefing file in the web build. */
  briefingRequest: number;
}

export function Editor(p: EditorProps) {
  const { deck, nav, dispatch, briefing: state } = p;
  const briefing = state.briefing!;
  const report = state.report!;
  const { edit } = state;
  const slide = deck.slides[nav.index];
  const [panel, setPanel] = useState(false);
  const briefingInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (p.briefingRequest > 0) briefingInput.current?.click();
  }, [p.briefingRequest]);
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
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (p.openRequest > 0) fileInput.current?.click();
  }, [p.openRequest]);
  // Only files: a slide dragged in the rail is not something to open.
  const isFileDrag = (e: DragEvent) => e.dataTransfer.types.includes('Files');

  return (
    <div
      className={`editor${dragging ? ' dragging' : ''}${panel ? ' with-panel' : ''}`}
      data-testid="editor"
      data-index={nav.index}
      onDragOver={(e) => {
        if (!isFileDrag(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!isFileDrag(e)) return;
        e.preventDefault();
        setDragging(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) p.onOpenFiles(files);
      }}
    >
      <header className="toolbar">
        <h1 className="report-title" data-testid="report-title" title={p.file}>
          {p.reportTitle}
        </h1>
        <label>
          {T.editor.bundled}
          <select
            value={p.currentBundledId ?? ''}
            onChange={(e) => e.target.value && p.onOpenBundled(e.target.value)}
            data-testid="bundled-select"
          >
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
          accept=".json,.txt,application/json,text/plain"
          multiple
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) p.onOpenFiles(files);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => folderInput.current?.click()}>
          {T.editor.openFolder}
        </button>
        <input
          ref={folderInput}
          type="file"
          // A folder: the report with its source text beside it (reports/ and sources/).
          {...{ webkitdirectory: '' }}
          hidden
          data-testid="folder-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) p.onOpenFiles(files);
            e.target.value = '';
          }}
        />
        <label>
          {T.editor.theme}
          <select
            value={briefing.theme}
            onChange={(e) => edit({ type: 'setTheme', theme: e.target.value as ThemeId })}
            data-testid="theme-select"
          >
            {THEME_IDS.map((t) => (
              <option key={t} value={t}>
                {T.themes[t] ?? t}
              </option>
            ))}
          </select>
        </label>
        <label>
          {T.editor.compare}
          <select
            value={briefing.compareWith?.id ?? ''}
            onChange={(e) => p.onCompare(e.target.value || undefined)}
            data-testid="compare-select"
          >
            <option value="">{T.editor.compareNone}</option>
            {p.bundled
              .filter((b) => b.id !== report.id)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
          </select>
        </label>
        <label>
          {T.editor.watermark}
          <select
            value={briefing.watermark ?? ''}
            onChange={(e) => edit({ type: 'setWatermark', watermark: e.target.value || undefined })}
            data-testid="watermark-select"
          >
            <option value="">{T.editor.watermarkNone}</option>
            {[...new Set([...T.briefing.watermarks, ...(briefing.watermark ? [briefing.watermark] : [])])].map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-group">
          <button type="button" onClick={state.undo} disabled={!state.canUndo} title="Ctrl+Z" data-testid="undo">
            {T.briefing.undo}
          </button>
          <button type="button" onClick={state.redo} disabled={!state.canRedo} title="Ctrl+Y" data-testid="redo">
            {T.briefing.redo}
          </button>
        </span>
        <span className="toolbar-group">
          <button type="button" onClick={p.onOpenBriefing} title="Ctrl+Shift+O" data-testid="open-briefing">
            {T.briefing.open}
          </button>
          <button type="button" onClick={p.onSaveBriefing} title="Ctrl+S" data-testid="save-briefing">
            {T.briefing.save}
          </button>
          <button
            type="button"
            aria-pressed={panel}
            onClick={() => setPanel((x) => !x)}
            data-testid="briefing-panel-toggle"
          >
            {T.briefing.panel}
          </button>
        </span>
        <input
          ref={briefingInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="briefing-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onOpenBriefingFile(f);
            e.target.value = '';
          }}
        />
        <span className="autosave" data-testid="autosave" data-state={state.autosave} role="status">
          {T.briefing.autosave[state.autosave]}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className={`warnings-toggle${p.warnings.length ? ' has' : ''}`}
          onClick={() => setShowWarnings((s) => !s)}
          data-testid="warnings-toggle"
        >
          {T.editor.warnings}（{p.warnings.length}）
        </button>
        <button type="button" onClick={() => dispatch({ type: 'openSearch' })} title="Ctrl+F">
          {T.editor.search}
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
      <Rail
        entries={state.rail}
        theme={deck.theme}
        current={nav.index}
        onPick={(index) => dispatch({ type: 'goto', index })}
        onInclude={(entry, included) => edit({ type: 'setSlide', id: entry.id, included })}
        onBackup={(entry, backup) =>
          edit({ type: 'setBackup', id: entry.id, backup, hiddenInDeck: entry.hiddenInDeck })
        }
        onMove={(id, to) => edit({ type: 'moveSlide', id, to, deckOrder: state.deckOrder })}
        notesOf={briefing.notes}
      />
      <main className="current">
        <Stage background="#d9d9d9">
          {slide && <SlideView slide={slide} theme={deck.theme} onFigures={(f) => setFigures(f)} />}
        </Stage>
      </main>
      <NotesEditor
        slide={slide}
        position={nav.index}
        count={deck.slides.length}
        edited={slide !== undefined && slide.id in briefing.notes}
        onChange={(text) => slide && edit({ type: 'setNote', slideId: slide.id, text })}
        onRestore={() => slide && edit({ type: 'setNote', slideId: slide.id, text: undefined })}
      />
      {panel && (
        <BriefingPanel
          report={report}
          briefing={briefing}
          onEdit={edit}
          onReset={() => {
            const fresh = state.fresh();
            if (fresh) edit({ type: 'reset', fresh });
          }}
        />
      )}
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
      {nav.help && (
        <HelpOverlay which="editor" rows={T.help.editorRows} onClose={() => dispatch({ type: 'toggleHelp' })} />
      )}
    </div>
  );
}
