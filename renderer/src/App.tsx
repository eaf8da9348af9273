// The app shell: picks the view from the location hash (#/ editor, #/show, #/presenter,
// #/audience), owns the open report, the deck and the navigation state, and keeps presenting
// windows in step through the bridge's show channel.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { isThemeId } from '../../core/deck/themes';
import type { Report } from '../../core/report/schema';
import type { Bridge, BundledInfo, MenuCommand, ShowMessage } from './bridge/types';
import { toggleFullscreen, useShowKeys } from './app/useShowKeys';
import { useDeck } from './app/useDeck';
import type { ExportFormat } from '../../core/export/names';
import { useExport } from './export/useExport';
import { ExportPanel } from './views/ExportPanel';
import { PrintHandouts } from './views/PrintHandouts';
import { T } from './i18n';
import type { KeyCommand } from './nav/keys';
import { initialNav, navReducer } from './nav/reducer';
import { Editor } from './views/Editor';
import { ErrorPanel } from './views/overlays';
import { Presenter } from './views/Presenter';
import { Slideshow } from './views/Slideshow';

type Mode = 'editor' | 'show' | 'presenter' | 'audience';

interface Route {
  mode: Mode;
  params: URLSearchParams;
}

function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const mode: Mode = path === 'show' || path === 'presenter' || path === 'audience' ? path : 'editor';
  return { mode, params: new URLSearchParams(query) };
}

function useRoute(): [Route, (mode: Mode) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((mode: Mode) => {
    location.hash = mode === 'editor' ? '#/' : `#/${mode}`;
  }, []);
  return [route, go];
}

export function App({ bridge }: { bridge: Bridge }) {
  const [route, go] = useRoute();
  const state = useDeck();
  const { deck } = state;
  const [bundled, setBundled] = useState<BundledInfo[]>([]);
  const [bundledId, setBundledId] = useState<string>();
  const [compareId, setCompareId] = useState<string>();
  const hidden = useMemo(() => deck?.slides.map((s) => s.hidden) ?? [], [deck]);
  const [nav, dispatch] = useReducer(navReducer, hidden, (h) => initialNav(h, Number(route.params.get('slide') ?? 1) - 1));

  // The slide named in the URL (1-based): applied when the first deck arrives, since the initial
  // state above has no slides yet and clamps it to 0.
  const startSlide = useRef(route.params.has('slide') ? Number(route.params.get('slide')) - 1 : undefined);

  // Keep the navigation's view of the deck in step with the deck (theme or report changes).
  useEffect(() => {
    let index: number | undefined;
    if (hidden.length > 0 && startSlide.current !== undefined) {
      if (Number.isFinite(startSlide.current)) index = startSlide.current;
      startSlide.current = undefined;
    }
    dispatch(index === undefined ? { type: 'setDeck', hidden } : { type: 'setDeck', hidden, index });
  }, [hidden]);

  const openBundled = useCallback(
    async (id: string) => {
      const opened = await bridge.openBundled(id);
      if (state.accept(opened)) {
        setBundledId(id);
        if (compareId === id) {
          setCompareId(undefined);
          state.setCompareWith(undefined);
        }
      }
    },
    [bridge, state, compareId],
  );

  // First start: the bundled list, and the report named in the URL or the first bundled one.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || route.mode === 'audience') return;
    started.current = true;
    void (async () => {
      const list = await bridge.listBundled();
      setBundled(list);
      const theme = route.params.get('theme');
      if (theme && isThemeId(theme)) state.setTheme(theme);
      const wanted = route.params.get('report') ?? (list.find((b) => b.id === 'shanxi-2025') ?? list[0])?.id;
      if (wanted) await openBundled(wanted);
      const cmp = route.params.get('compare');
      if (cmp) {
        const c = await bridge.openBundled(cmp);
        if (c.result.ok) {
          setCompareId(cmp);
          state.setCompareWith(c.result.report);
        }
      }
    })();
  }, [bridge, route, state, openBundled]);

  useEffect(() => bridge.onReportUpdated((opened) => void state.accept(opened)), [bridge, state]);

  const openFile = useCallback(
    async (file: File) => {
      const opened = await bridge.openLocalFile(file);
      if (state.accept(opened)) setBundledId(undefined);
    },
    [bridge, state],
  );

  const setCompare = useCallback(
    async (id: string | undefined) => {
      setCompareId(id);
      if (!id) return state.setCompareWith(undefined);
      const c = await bridge.openBundled(id);
      state.setCompareWith(c.result.ok ? c.result.report : undefined);
    },
    [bridge, state],
  );

  // ---- presenting windows in step ---------------------------------------------------------
  const lastSynced = useRef<{ index: number; blank: string }>(undefined);
  const presenting = route.mode !== 'editor';
  useEffect(() => {
    if (!presenting) return;
    return bridge.show.subscribe((m: ShowMessage) => {
      switch (m.kind) {
        case 'nav':
          lastSynced.current = { index: m.index, blank: m.blank };
          dispatch({ type: 'sync', index: m.index, blank: m.blank });
          break;
        case 'deck':
          if (route.mode === 'audience') state.setReport(m.report, m.compareWith, m.theme);
          break;
        case 'hello':
          if (route.mode !== 'audience' && state.open) {
            bridge.show.publish({ kind: 'deck', report: state.open.report, compareWith: state.compareWith, theme: state.theme });
            bridge.show.publish({ kind: 'nav', index: nav.index, blank: nav.blank });
          }
          break;
      }
    });
  }, [bridge, presenting, route.mode, state, nav.index, nav.blank]);

  useEffect(() => {
    if (route.mode === 'audience') bridge.show.publish({ kind: 'hello' });
  }, [bridge, route.mode]);

  useEffect(() => {
    if (!presenting || route.mode === 'audience' || !state.open) return;
    bridge.show.publish({ kind: 'deck', report: state.open.report, compareWith: state.compareWith, theme: state.theme });
  }, [bridge, presenting, route.mode, state.open, state.compareWith, state.theme]);

  useEffect(() => {
    if (!presenting) return;
    const last = lastSynced.current;
    // An audience window that just opened has no position of its own yet: announcing its
    // initial slide 1 would pull the presenter back to it.
    if (!last && route.mode === 'audience') return;
    if (last && last.index === nav.index && last.blank === nav.blank) return;
    lastSynced.current = { index: nav.index, blank: nav.blank };
    bridge.show.publish({ kind: 'nav', index: nav.index, blank: nav.blank });
  }, [bridge, presenting, route.mode, nav.index, nav.blank]);

  // ---- keys ---------------------------------------------------------------------------------
  const startShow = useCallback(
    (fromCurrent: boolean) => {
      const from = fromCurrent ? nav.index : Math.max(0, hidden.indexOf(false));
      // Electron shows it in its own windows (audience on the external display); the web build
      // shows it here.
      if (bridge.startShow(from)) return;
      dispatch({ type: 'goto', index: from });
      go('show');
    },
    [go, bridge, nav.index, hidden],
  );
  const onCommand = useCallback(
    (c: KeyCommand) => {
      switch (c.type) {
        case 'fullscreen':
          return toggleFullscreen();
        case 'endShow':
          return go('editor');
        case 'startShow':
          return startShow(c.fromCurrent);
      }
    },
    [go, startShow],
  );
  const endShow = useCallback(() => {
    if (route.mode === 'show') {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      go('editor');
    }
  }, [route.mode, go]);
  useShowKeys(nav, dispatch, onCommand, endShow, presenting);

  // The editor's own keys: move through every slide (backups included), start the show, search.
  useEffect(() => {
    if (presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        return dispatch({ type: 'openSearch' });
      }
      const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, PageDown: 1, ArrowUp: -1, ArrowLeft: -1, PageUp: -1 };
      if (e.key in step) {
        e.preventDefault();
        dispatch({ type: 'goto', index: nav.index + step[e.key]! });
      } else if (e.key === 'Home') dispatch({ type: 'goto', index: 0 });
      else if (e.key === 'End') dispatch({ type: 'goto', index: hidden.length - 1 });
      else if (e.key === 'F5') {
        e.preventDefault();
        startShow(e.shiftKey);
      } else if (e.key === 'Escape' && nav.search.open) dispatch({ type: 'closeSearch' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, nav.index, nav.search.open, hidden.length, startShow]);

  // ---- export, print, menu commands, startup notice ---------------------------------------
  const exporter = useExport(bridge);
  const [exportPanel, setExportPanel] = useState<ExportFormat>();
  const [printing, setPrinting] = useState(false);
  const [openRequest, setOpenRequest] = useState(0);
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    void bridge.startupNotice().then((n) => n && setNotice(`${n.zh}（${n.en}）`));
  }, [bridge]);
  useEffect(() => {
    if (!printing) return;
    // Print after the handouts are in the DOM; the dialog blocks until the user is done.
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done, { once: true });
    const id = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(id);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);
  const requestOpen = useCallback(async () => {
    if (bridge.openDialog) {
      const opened = await bridge.openDialog();
      if (opened && state.accept(opened)) setBundledId(undefined);
    } else setOpenRequest((n) => n + 1);
  }, [bridge, state]);
  const onMenu = useCallback(
    (c: MenuCommand) => {
      switch (c) {
        case 'open':
          return void requestOpen();
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
          return setPrinting(true);
        case 'present':
          return startShow(false);
        case 'present-current':
          return startShow(true);
        case 'presenter':
          return go('presenter');
        case 'help':
          return dispatch({ type: 'toggleHelp' });
        case 'search':
          return dispatch({ type: 'openSearch' });
      }
    },
    [requestOpen, startShow, go],
  );
  useEffect(() => bridge.onMenuCommand(onMenu), [bridge, onMenu]);
  useEffect(() => {
    if (presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'p') {
        e.preventDefault();
        setPrinting(true);
      } else if (k === 'e') {
        e.preventDefault();
        setExportPanel('pptx');
      } else if (k === 'o') {
        e.preventDefault();
        void requestOpen();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, requestOpen]);

  const errorPanel = state.failed && <ErrorPanel file={state.failed.file} errors={state.failed.errors} onClose={state.dismissFailure} />;

  if (!deck || !state.open) {
    return (
      <div className="loading" data-testid="loading">
        {T.appName}
        {errorPanel}
      </div>
    );
  }
  switch (route.mode) {
    case 'show':
      return <Slideshow deck={deck} nav={nav} dispatch={dispatch} />;
    case 'audience':
      return <Slideshow deck={deck} nav={nav} dispatch={dispatch} audience />;
    case 'presenter':
      return <Presenter deck={deck} nav={nav} dispatch={dispatch} onOpenAudience={() => bridge.openAudience()} />;
    case 'editor':
      return (
        <>
          <Editor
            deck={deck}
            nav={nav}
            dispatch={dispatch}
            reportTitle={state.open.report.title}
            file={state.open.file}
            warnings={state.open.warnings}
            bundled={bundled}
            currentBundledId={bundledId}
            theme={state.theme}
            compareId={compareId}
            onOpenBundled={(id) => void openBundled(id)}
            onOpenFile={(f) => void openFile(f)}
            onTheme={state.setTheme}
            onCompare={(id) => void setCompare(id)}
            onPresent={startShow}
            onPresenter={() => go('presenter')}
            onExport={() => setExportPanel('pptx')}
            openRequest={openRequest}
          />
          {errorPanel}
          {exportPanel && (
            <ExportPanel
              state={exporter.state}
              initialFormat={exportPanel}
              onExport={(c) =>
                exporter.run({
                  format: c.format,
                  report: state.open!.report,
                  compareWith: state.compareWith,
                  theme: state.theme,
                  perPage: c.perPage,
                  ...(c.watermark ? { watermark: c.watermark } : {}),
                })
              }
              onReveal={bridge.revealFile}
              onClose={() => {
                setExportPanel(undefined);
                exporter.reset();
              }}
            />
          )}
          {printing && <PrintHandouts deck={deck} />}
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
