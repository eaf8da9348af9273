// The editor view, where a briefing is built: the slide rail (in or out, backup, order), the
// current slide, its editable notes, the sections and cover panel, theme, comparison and
// watermark, undo/redo, saving and opening briefings; the report's title and its data warnings;
// opening reports (bundled list, file picker, drop). What it shows is the briefing's deck.
import { type Dispatch, type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Deck, FigureRef } from '../../../core/deck/types';
import type { Problem } from '../../../core/report/problems';
import type { BriefingState } from '../briefing/useBriefing';
import type { BundledInfo } from '../bridge/types';
import { T } from '../i18n';
import type { NavAction, NavState } from '../nav/reducer';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { Watermark } from '../slide/Watermark';
import { BriefingPanel } from './BriefingPanel';
import { NotesEditor } from './NotesEditor';
import { FigurePopover, HelpOverlay, SearchBox } from './overlays';
import { Rail } from './Rail';
import { Toolbar } from './toolbar/Toolbar';
import { WarningsPanel } from './WarningsPanel';
import { placeWarnings } from '../warnings/place';

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
  const places = useMemo(() => placeWarnings(p.warnings, report, deck), [p.warnings, report, deck]);
  // The figures of the current slide a warning is about, and the one a clicked warning named.
  const unverified = useMemo(
    () => places.flatMap((w) => (w.index === nav.index && w.figure ? [w.figure.display] : [])),
    [places, nav.index],
  );
  const [highlight, setHighlight] = useState<{ index: number; display: string | undefined }>();
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
      <Toolbar
        reportTitle={p.reportTitle}
        reportId={report.id}
        file={p.file}
        briefing={briefing}
        bundled={p.bundled}
        currentBundledId={p.currentBundledId}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        autosave={state.autosave}
        panel={panel}
        warnings={p.warnings.length}
        warningsOpen={showWarnings}
        edit={edit}
        onOpenBundled={p.onOpenBundled}
        onOpenReport={() => fileInput.current?.click()}
        onOpenFolder={() => folderInput.current?.click()}
        onOpenBriefing={p.onOpenBriefing}
        onSaveBriefing={p.onSaveBriefing}
        onTogglePanel={() => setPanel((x) => !x)}
        onUndo={state.undo}
        onRedo={state.redo}
        onCompare={p.onCompare}
        onToggleWarnings={() => setShowWarnings((s) => !s)}
        onSearch={() => dispatch({ type: 'openSearch' })}
        onHelp={() => dispatch({ type: 'toggleHelp' })}
        onExport={p.onExport}
        onPresenter={p.onPresenter}
        onPresent={p.onPresent}
      />
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
          {slide && (
            <SlideView
              slide={slide}
              theme={deck.theme}
              onFigures={(f) => setFigures(f)}
              unverified={unverified}
              highlight={highlight?.index === nav.index ? highlight.display : undefined}
            />
          )}
          {briefing.watermark && <Watermark text={briefing.watermark} />}
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
        <WarningsPanel
          places={places}
          onPick={(w) => {
            if (w.index === undefined) return;
            dispatch({ type: 'goto', index: w.index });
            setHighlight({ index: w.index, display: w.figure?.display });
          }}
          onClose={() => setShowWarnings(false)}
        />
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
