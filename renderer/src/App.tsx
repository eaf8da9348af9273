// The app shell: picks the view from the location hash (#/ editor, #/show, #/presenter,
// #/audience), owns the open report, its briefing (and so the deck every view, print and export
// uses) and the navigation state, and keeps presenting windows in step through the bridge.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useRoute } from './app/route';
import { reportHash } from '../../core/briefing/hash';
import { BRIEFING_EXTENSION } from '../../core/briefing/load';
import { chooseReport } from './bridge/picked-files';
import type { Briefing } from '../../core/briefing/schema';
import type { ExportFormat } from '../../core/export/names';
import { isThemeId } from '../../core/deck/themes';
import type { Deck } from '../../core/deck/types';
import type { Report } from '../../core/report/schema';
import { useEditorKeys } from './app/useEditorKeys';
import { useReport } from './app/useReport';
import { usePrintHandouts } from './app/usePrintHandouts';
import { useShowSync } from './app/useShowSync';
import { toggleFullscreen, useShowKeys } from './app/useShowKeys';
import { typingInField } from './app/fields';
import { useBriefing } from './briefing/useBriefing';
import { useBriefingFiles } from './briefing/useBriefingFiles';
import type { Bridge, BundledInfo, MenuCommand } from './bridge/types';
import { exportCounts } from './export/export-deck';
import { useExport } from './export/useExport';
import { T } from './i18n';
import type { KeyCommand } from './nav/keys';
import { initialNav, navReducer } from './nav/reducer';
import { BriefingNoticeBar } from './views/BriefingNoticeBar';
import { Editor } from './views/Editor';
import { ExportPanel } from './views/ExportPanel';
import { BlankOverlay, ErrorPanel } from './views/overlays';
import { Presenter } from './views/presenter/Presenter';
import { Slideshow } from './views/Slideshow';
import { ImportView } from './import/ImportView';

export function App({ bridge }: { bridge: Bridge }) {
  const [route, go] = useRoute();
  // Followers show the deck another window sends: the audience, and in Electron the show and
  // presenter windows main opens (the editor window owns the report and its briefing).
  const [follower] = useState(
    () =>
      route.mode === 'audience' || (bridge.kind === 'electron' && route.mode !== 'editor' && route.mode !== 'import'),
  );
  // URL parameters seed the first briefing: ?theme=blue, ?compare=china-2025.
  const [seed] = useState(() => {
    const theme = route.params.get('theme');
    return { theme: theme && isThemeId(theme) ? theme : undefined, compare: route.params.get('compare') ?? undefined };
  });
  const reports = useReport();
  const briefing = useBriefing(bridge, reports.open, { follower, seed });
  const { deck } = briefing;
  const [bundled, setBundled] = useState<BundledInfo[]>([]);
  const [bundledId, setBundledId] = useState<string>();
  const hiddenKey = deck?.slides.map((s) => (s.hidden ? '1' : '0')).join('') ?? '';
  const hidden = useMemo(() => [...hiddenKey].map((c) => c === '1'), [hiddenKey]);
  const [nav, dispatch] = useReducer(navReducer, hidden, (h) =>
    initialNav(h, Number(route.params.get('slide') ?? 1) - 1),
  );

  // The slide named in the URL (1-based): applied when the first deck arrives, since the initial
  // state above has no slides yet and clamps it to 0.
  const startSlide = useRef(route.params.has('slide') ? Number(route.params.get('slide')) - 1 : undefined);
  const navIndex = useRef(nav.index);
  useEffect(() => {
    navIndex.current = nav.index;
  }, [nav.index]);

  // Keep the navigation in step with the deck. In the editor the current slide stays the current
  // one when slides are moved, left out or brought back.
  const prevDeck = useRef<Deck>(undefined);
  const navHidden = useRef<readonly boolean[]>(undefined);
  useEffect(() => {
    if (!deck) return;
    const before = prevDeck.current;
    prevDeck.current = deck;
    let index: number | undefined;
    if (startSlide.current !== undefined) {
      if (Number.isFinite(startSlide.current)) index = startSlide.current;
      startSlide.current = undefined;
    } else if (before && !follower) {
      const id = before.slides[navIndex.current]?.id;
      const i = id === undefined ? -1 : deck.slides.findIndex((s) => s.id === id);
      if (i >= 0) index = i;
    }
    if (navHidden.current !== hidden) {
      navHidden.current = hidden;
      dispatch(index === undefined ? { type: 'setDeck', hidden } : { type: 'setDeck', hidden, index });
    } else if (index !== undefined && index !== navIndex.current) dispatch({ type: 'goto', index });
  }, [deck, hidden, follower]);

  const openBundled = useCallback(
    async (id: string) => {
      const opened = await bridge.openBundled(id);
      if (reports.accept(opened)) setBundledId(id);
    },
    [bridge, reports],
  );

  // First start: the bundled list, and the report the host was started with (Electron: a file
  // on the command line, asked for here rather than pushed before anyone listens), else the one
  // named in the URL or the first bundled one.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || follower) return;
    started.current = true;
    void (async () => {
      const [list, initial] = await Promise.all([bridge.listBundled(), bridge.initialReport()]);
      setBundled(list);
      if (initial?.result.ok) {
        // A reloaded editor gets back the report it showed: a bundled one keeps its name in the
        // report picker.
        // (Main names a bundled file by its absolute path, the list by data/reports/<id>.json.)
        const path = initial.file.replaceAll('\\', '/');
        if (reports.accept(initial)) setBundledId(list.find((b) => path === b.file || path.endsWith(`/${b.file}`))?.id);
        return;
      }
      const wanted = route.params.get('report') ?? (list.find((b) => b.id === 'shanxi-2025') ?? list[0])?.id;
      if (wanted) await openBundled(wanted);
      // A launch file with errors: the default report opens, and the error panel says why the
      // file did not.
      if (initial) reports.accept(initial);
    })();
  }, [bridge, route, follower, openBundled, reports]);

  useEffect(() => bridge.onReportUpdated((opened) => void reports.accept(opened)), [bridge, reports]);

  const setCompare = useCallback(
    async (id: string | undefined) => {
      if (!id) return briefing.edit({ type: 'setCompare', compareWith: undefined });
      const c = await bridge.openBundled(id);
      if (c.result.ok) briefing.edit({ type: 'setCompare', compareWith: { id, hash: reportHash(c.result.report) } });
    },
    [bridge, briefing],
  );

  // ---- notices, briefing files ---------------------------------------------------------------
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    void bridge.startupNotice().then((n) => n && setNotice(`${n.zh}（${n.en}）`));
  }, [bridge]);
  const [briefingRequest, setBriefingRequest] = useState(0);
  const requestBriefingInput = useCallback(() => setBriefingRequest((n) => n + 1), []);
  const files = useBriefingFiles({
    bridge,
    briefing,
    bundled,
    openBundled,
    fail: reports.fail,
    notify: setNotice,
    requestInput: requestBriefingInput,
  });
  const openFiles = useCallback(
    async (picked: readonly File[]) => {
      // A dropped or picked .govbrief.json is a briefing, anything else a report, opened with the
      // files picked or dropped with it (its source text: both files, or a folder).
      const briefingFile = picked.find((f) => f.name.toLowerCase().endsWith(BRIEFING_EXTENSION));
      if (briefingFile) return files.openContent(briefingFile.name, new Uint8Array(await briefingFile.arrayBuffer()));
      const file = chooseReport(picked);
      if (!file) return;
      const opened = await bridge.openLocalFile(file, picked);
      if (reports.accept(opened)) setBundledId(undefined);
    },
    [bridge, reports, files],
  );

  // ---- presenting windows in step ---------------------------------------------------------
  const presenting = route.mode !== 'editor' && route.mode !== 'import';
  const adopt = useCallback(
    (report: Report, compareWith: Report | undefined, b: Briefing) => {
      reports.setReport(report);
      briefing.adopt(report, b, compareWith);
    },
    [reports, briefing],
  );
  const shown = useMemo(
    () =>
      briefing.report && briefing.briefing
        ? { report: briefing.report, compareWith: briefing.compareWith, briefing: briefing.briefing }
        : undefined,
    [briefing.report, briefing.compareWith, briefing.briefing],
  );
  // The show ended in another tab (web): back to the editor.
  const backToEditor = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    go('editor');
  }, [go]);
  const sync = useShowSync({ bridge, follower, presenting, nav, dispatch, shown, onDeck: adopt, onEnd: backToEditor });
  const { publishNow: publishDeck, leave: leaveShow } = sync;

  // ---- keys ---------------------------------------------------------------------------------
  const startShow = useCallback(
    (fromCurrent: boolean, withPresenter = false) => {
      const from = fromCurrent ? nav.index : Math.max(0, hidden.indexOf(false));
      // Electron shows it in its own windows (audience on the external display, the presenter
      // view on the laptop or over the show), which take the deck from here; the web build shows
      // it in this window (the presenter view opens the audience tab with 打开观众窗口).
      publishDeck();
      if (bridge.startShow(from, withPresenter)) return;
      dispatch({ type: 'goto', index: from });
      go(withPresenter ? 'presenter' : 'show');
      // A show fills the screen, as in PowerPoint: the browser asks, since F5 or the click is a
      // user gesture (it may refuse: the show then runs in the window).
      if (!document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => {});
    },
    [go, bridge, nav.index, hidden, publishDeck],
  );
  const startPresenter = useCallback(() => startShow(true, true), [startShow]);
  // Esc with nothing open, or 结束放映, in any show window (show, audience, presenter view).
  // Electron: main closes its show windows (this one too) and lets the display sleep; the editor
  // is the window left. Web: the other tabs of the show hear it; this tab goes back to the editor,
  // or, being an audience tab, closes (or says the show ended).
  const endShow = useCallback(() => {
    bridge.endShow();
    if (follower) leaveShow();
    else backToEditor();
  }, [bridge, follower, leaveShow, backToEditor]);
  const onCommand = useCallback(
    (c: KeyCommand) => {
      switch (c.type) {
        case 'fullscreen':
          return toggleFullscreen();
        case 'endShow':
          return endShow();
        case 'startShow':
          return startShow(c.fromCurrent);
      }
    },
    [endShow, startShow],
  );
  useShowKeys(nav, dispatch, onCommand, endShow, presenting);

  // ---- export, print, menu commands ----------------------------------------------------------
  const exporter = useExport(bridge);
  const [exportPanel, setExportPanel] = useState<ExportFormat>();
  const [openRequest, setOpenRequest] = useState(0);
  // Ctrl+P, 打印讲义: core's handout PDF, printed by the host.
  const { print: printHandouts, printState, resetPrint } = exporter;
  const print = usePrintHandouts(briefing, printHandouts);
  const requestOpen = useCallback(async () => {
    if (bridge.openDialog) {
      const opened = await bridge.openDialog();
      if (opened && reports.accept(opened)) setBundledId(undefined);
    } else setOpenRequest((n) => n + 1);
  }, [bridge, reports]);
  const onMenu = useCallback(
    (c: MenuCommand) => {
      switch (c) {
        case 'open':
          return void requestOpen();
        case 'import-text':
          return go('import');
        case 'export-pptx':
          return setExportPanel('pptx');
        case 'export-pdf':
          return setExportPanel('pdf');
        case 'export-handout':
          return setExportPanel('handout');
        case 'export-notes':
          return setExportPanel('notes');
        case 'export-memo':
          return setExportPanel('memo');
        case 'print':
          return print();
        case 'present':
          return startShow(false);
        case 'present-current':
          return startShow(true);
        // Main sends this to the editor only before a show (during one it opens the presenter
        // window itself): start the show with the presenter view.
        case 'presenter':
          return presenting ? undefined : startPresenter();
        // Their accelerators (Shift+/, Ctrl+F) fire even when the key was typed into a text field
        // (the notes), where the key is the field's: ignored there.
        case 'help':
          return typingInField() ? undefined : dispatch({ type: 'toggleHelp' });
        case 'search':
          return typingInField() ? undefined : dispatch({ type: 'openSearch' });
        case 'save-briefing':
          return void files.save();
        case 'open-briefing':
          return void files.open();
        case 'undo':
          return briefing.undo();
        case 'redo':
          return briefing.redo();
      }
    },
    [requestOpen, startShow, startPresenter, presenting, files, briefing, go, print],
  );
  useEffect(() => bridge.onMenuCommand(onMenu), [bridge, onMenu]);
  // A .govbrief.json given on the command line or double-clicked (main waits for the first deck).
  const openReadBriefing = files.openRead;
  useEffect(() => bridge.onBriefingFile?.((f) => void openReadBriefing(f)), [bridge, openReadBriefing]);
  useEditorKeys({
    enabled: !presenting,
    nav,
    dispatch,
    count: hidden.length,
    briefing,
    startShow,
    startPresenter,
    print,
    exportDeck: () => setExportPanel('pptx'),
    openReport: () => void requestOpen(),
    saveBriefing: () => void files.save(),
    openBriefing: () => void files.open(),
  });

  const failure = reports.failed;
  const errorPanel = failure && (
    <ErrorPanel
      file={failure.file}
      errors={failure.errors}
      errorsTotal={failure.errorsTotal}
      onClose={reports.dismissFailure}
      {...(failure.what === 'briefing' ? { title: T.briefing.cannotOpen, kept: T.briefing.keptCurrent } : {})}
    />
  );

  // An audience tab the show ended in, which the browser would not let close itself.
  if (follower && sync.ended) {
    return (
      <div className="slideshow audience" data-testid="show-ended">
        <BlankOverlay blank="black" />
        <div className="jump-indicator">{T.show.ended}</div>
      </div>
    );
  }

  // 新建 › 从报告原文导入…: the review view needs no open report.
  if (route.mode === 'import')
    return (
      <ImportView
        onClose={() => go('editor')}
        saveImport={bridge.saveImport}
        onSaved={(opened) => {
          if (reports.accept(opened)) setBundledId(undefined);
          go('editor');
        }}
      />
    );
  if (!deck || !reports.open || !briefing.briefing) {
    return (
      <div className="loading" data-testid="loading">
        {T.appName}
        {errorPanel}
      </div>
    );
  }
  switch (route.mode) {
    case 'show':
      return <Slideshow deck={deck} nav={nav} dispatch={dispatch} onEnd={endShow} />;
    case 'audience':
      return <Slideshow deck={deck} nav={nav} dispatch={dispatch} audience />;
    case 'presenter':
      return (
        <Presenter
          deck={deck}
          nav={nav}
          dispatch={dispatch}
          targetMinutes={briefing.briefing.targetMinutes}
          onOpenAudience={() => bridge.openAudience()}
          onEnd={endShow}
        />
      );
    case 'editor':
      return (
        <>
          <Editor
            deck={deck}
            nav={nav}
            dispatch={dispatch}
            briefing={briefing}
            reportTitle={reports.open.report.title}
            file={reports.open.file}
            warnings={reports.open.warnings}
            bundled={bundled}
            currentBundledId={bundledId}
            onOpenBundled={(id) => void openBundled(id)}
            onOpenFiles={(f) => void openFiles(f)}
            onCompare={(id) => void setCompare(id)}
            onPresent={startShow}
            onPresenter={startPresenter}
            onExport={() => setExportPanel('pptx')}
            onSaveBriefing={() => void files.save()}
            onOpenBriefing={() => void files.open()}
            onOpenBriefingFile={(f) => void f.arrayBuffer().then((b) => files.openContent(f.name, new Uint8Array(b)))}
            openRequest={openRequest}
            briefingRequest={briefingRequest}
          />
          {errorPanel}
          {exportPanel && (
            <ExportPanel
              state={exporter.state}
              initialFormat={exportPanel}
              counts={exportCounts(deck, briefing.compiled)}
              watermark={briefing.briefing.watermark}
              onFormatChange={exporter.reset}
              dateLine={briefing.briefing.dateLine}
              onExport={(c) => {
                // The date line chosen for a PDF is the briefing's from now on (saved with it).
                if (c.format !== 'pptx') briefing.edit({ type: 'setDateLine', dateLine: c.dateLine });
                exporter.run({
                  format: c.format,
                  report: briefing.report!,
                  compareWith: briefing.compareWith,
                  briefing: briefing.briefing!,
                  deck: briefing.deck!,
                  perPage: c.perPage,
                  ...(c.watermark ? { watermark: c.watermark } : {}),
                  ...(c.dateLine ? { dateLine: c.dateLine } : {}),
                  includeBackups: c.includeBackups,
                });
              }}
              onReveal={bridge.revealFile}
              onClose={() => {
                setExportPanel(undefined);
                exporter.reset();
              }}
            />
          )}
          {briefing.notice && <BriefingNoticeBar notice={briefing.notice} onClose={briefing.dismissNotice} />}
          {printState.kind === 'failed' && (
            <div className="notice-bar" role="status" data-testid="print-failed">
              {T.exporting.printFailed(printState.message)}{' '}
              <button type="button" onClick={resetPrint}>
                {T.notice.close}
              </button>
            </div>
          )}
          {notice && (
            <div className="notice-bar" role="status" data-testid="notice">
              {notice}{' '}
              <button type="button" onClick={() => setNotice(undefined)}>
                {T.notice.close}
              </button>
            </div>
          )}
        </>
      );
  }
}

export type { Report };
