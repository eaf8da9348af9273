/**
 * The briefing of the open report, and the deck everything shows and exports:
 * makeDeck({ report, briefing }) (core/pipeline/make-deck.ts), compiled once and applied per edit.
 *
 * Opening a report attaches its briefing: one opened from a file for it, else the one autosaved
 * for its id, else a new one (whole report, the last theme). URL parameters seed the first.
 * Edits go through the reducer (undo/redo); the user's changes are autosaved through the bridge
 * ~500 ms after the last one, and at once when the page hides or another report opens. A
 * briefing made for an earlier version of the report opens with a notice of the slides gone.
 *
 * Follower windows (the audience; Electron's show windows) take report and briefing from the
 * window that presents and never autosave.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { baseId, baseIds, newBriefing } from '../../../core/briefing/apply';
import { briefingForSave } from '../../../core/briefing/edit';
import { reportHash } from '../../../core/briefing/hash';
import { briefingFileName, briefingFileText, loadBriefing } from '../../../core/briefing/load';
import { type Briefing, BriefingSchema } from '../../../core/briefing/schema';
import { compileDeck } from '../../../core/deck/compile';
import type { ThemeId } from '../../../core/deck/themes';
import type { Deck } from '../../../core/deck/types';
import { compileForBriefing, makeDeck } from '../../../core/pipeline/make-deck';
import type { Report } from '../../../core/report/schema';
import type { OpenState } from '../app/useReport';
import type { Bridge } from '../bridge/types';
import { type RailEntry, railEntries } from './rail';
import { type BriefingAction, storeReducer } from './reducer';

export const AUTOSAVE_DELAY_MS = 500;

export interface BriefingOptions {
  /** Shows the deck another window sends: no autosave, no loading of its own. */
  follower: boolean;
  /** URL parameters for the first briefing (not an undo step, not autosaved by themselves). */
  seed: { theme?: ThemeId | undefined; compare?: string | undefined };
}

/** Shown when a briefing made for an earlier version of the report is opened. */
export interface BriefingNotice {
  /** The briefing file, or undefined for the autosaved briefing. */
  file: string | undefined;
  reportChanged: boolean;
  /** Slides the briefing names that the report no longer has, with their titles when known. */
  missing: { id: string; title: string | undefined }[];
}

export type AutosaveState = 'idle' | 'pending' | 'saved' | 'failed';

export interface BriefingState {
  /** The report the briefing belongs to (the open one, once its briefing is attached). */
  report: Report | undefined;
  briefing: Briefing | undefined;
  compareWith: Report | undefined;
  /** The deck compiled from the briefing's sections, theme, cover and comparison (all slides). */
  compiled: Deck | undefined;
  /** The briefing's deck: what the editor, the show, printing and exports use. */
  deck: Deck | undefined;
  rail: RailEntry[];
  /** Base ids of the compiled deck: what slide moves index into. */
  deckOrder: string[];
  canUndo: boolean;
  canRedo: boolean;
  autosave: AutosaveState;
  notice: BriefingNotice | undefined;
  edit(action: BriefingAction): void;
  undo(): void;
  redo(): void;
  dismissNotice(): void;
  /** A briefing opened from a file for the open report (one undo step). */
  replace(briefing: Briefing, file: string): void;
  /** A briefing opened from a file for another report: used when that report opens. */
  expect(briefing: Briefing, file: string): void;
  /** Follower windows: the report, its briefing and comparison another window sent. */
  adopt(report: Report, briefing: Briefing, compareWith: Report | undefined): void;
  /** A new briefing for the open report (for reset), in the current theme. */
  fresh(): Briefing | undefined;
  /** The briefing as a .govbrief.json file. */
  file(): { text: string; fileName: string } | undefined;
}

function noticeFor(b: Briefing, report: Report, file: string | undefined): BriefingNotice | undefined {
  const { reportChanged, missing } = makeDeck({ report, briefing: b });
  if (!reportChanged && missing.length === 0) return undefined;
  // One line per slide, not per part of it.
  const seen = new Set<string>();
  const slides = missing.flatMap((id) => {
    const base = baseId(id);
    if (seen.has(base)) return [];
    seen.add(base);
    return [{ id: base, title: b.titles?.[base] ?? b.titles?.[id] }];
  });
  return { file, reportChanged, missing: slides };
}

export function useBriefing(bridge: Bridge, open: OpenState | undefined, options: BriefingOptions): BriefingState {
  const { follower } = options;
  const [store, dispatch] = useReducer(storeReducer, undefined);
  const [loadedCompare, setLoadedCompare] = useState<{ id: string; report: Report }>();
  const [notice, setNotice] = useState<BriefingNotice>();
  const [saved, setSaved] = useState<{ reportId: string; revision: number; ok: boolean }>();
  const pending = useRef<{ briefing: Briefing; file: string }>(undefined);
  const seed = useRef<BriefingOptions['seed'] | undefined>(options.seed);
  const lastTheme = useRef<ThemeId>(options.seed.theme ?? 'official');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveNow = useRef<() => void>(undefined);

  const opened = open?.report;
  // The deck is made from the store's report: while another report's briefing loads, the
  // previous deck stays whole (no flash of an empty window).
  const report = store?.report;
  const present = store?.history.present;

  /** Runs a scheduled autosave now (page hiding, another report opening). */
  const flush = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const run = saveNow.current;
    saveNow.current = undefined;
    run?.();
  }, []);

  // ---- attach a briefing to a newly opened report ------------------------------------------
  useEffect(() => {
    if (follower || !opened || opened === report) return;
    if (report && present && opened.id === report.id) {
      // The same report, changed on disk: keep the briefing; say so if slides it names are gone.
      dispatch({ type: 'report', report: opened });
      const briefing = present;
      // Checked off the effect (it compiles the deck), like the notice of an attached briefing.
      void Promise.resolve().then(() => {
        const n = noticeFor(briefing, opened, undefined);
        if (n && n.missing.length > 0) setNotice(n);
      });
      return;
    }
    flush();
    let cancelled = false;
    void (async () => {
      let briefing: Briefing | undefined;
      let file: string | undefined;
      const wanted = pending.current;
      if (wanted && wanted.briefing.report.id === opened.id) {
        pending.current = undefined;
        ({ briefing, file } = wanted);
      } else {
        const text = await bridge.loadAutosave(opened.id).catch(() => undefined);
        const loaded = text === undefined ? undefined : loadBriefing('autosave', text);
        // A broken autosave (a crash mid-write cannot make one, a hand edit can) is set aside.
        if (loaded?.ok && loaded.briefing.report.id === opened.id) briefing = loaded.briefing;
      }
      briefing ??= newBriefing(opened, compileDeck(opened, { theme: lastTheme.current }), lastTheme.current);
      const urlSeed = seed.current;
      if (urlSeed) {
        if (urlSeed.theme) briefing = { ...briefing, theme: urlSeed.theme };
        if (urlSeed.compare && urlSeed.compare !== opened.id) {
          const c = await bridge.openBundled(urlSeed.compare).catch(() => undefined);
          if (c?.result.ok)
            briefing = { ...briefing, compareWith: { id: c.result.report.id, hash: reportHash(c.result.report) } };
        }
      }
      if (cancelled) {
        // Superseded (another report opened meanwhile): a file's briefing waits for its report.
        if (file !== undefined) pending.current ??= { briefing, file };
        return;
      }
      seed.current = undefined;
      dispatch({ type: 'attach', report: opened, briefing });
      setNotice(noticeFor(briefing, opened, file));
    })();
    return () => {
      cancelled = true;
    };
  }, [bridge, opened, report, present, follower, flush]);

  useEffect(() => {
    if (present) lastTheme.current = present.theme;
  }, [present]);

  // ---- the comparison report ----------------------------------------------------------------
  const compareId = present?.compareWith?.id;
  useEffect(() => {
    if (!compareId || follower || loadedCompare?.id === compareId) return;
    let cancelled = false;
    bridge.openBundled(compareId).then(
      (c) => {
        if (!cancelled && c.result.ok) setLoadedCompare({ id: compareId, report: c.result.report });
      },
      // Not a bundled report (a briefing from elsewhere): the deck shows no comparison.
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, compareId, loadedCompare, follower]);
  const compareWith = compareId && loadedCompare?.id === compareId ? loadedCompare.report : undefined;

  // ---- the decks ----------------------------------------------------------------------------
  // Compiled again only when what compileDeck reads changes (not for notes, order or choices).
  const sections = present?.sections;
  const theme = present?.theme;
  const cover = present?.cover;
  const compareRef = present?.compareWith;
  const compiled = useMemo(
    () =>
      report && sections && theme && cover
        ? compileForBriefing(report, { sections, theme, cover, compareWith: compareRef }, compareWith)
        : undefined,
    [report, sections, theme, cover, compareRef, compareWith],
  );
  const applied = useMemo(
    () => (compiled && present && report ? makeDeck({ report, briefing: present }, compiled).deck : undefined),
    [compiled, present, report],
  );
  const rail = useMemo(
    () => (compiled && applied && present ? railEntries(compiled, applied, present) : []),
    [compiled, applied, present],
  );
  const deckOrder = useMemo(() => (compiled ? baseIds(compiled) : []), [compiled]);

  // ---- autosave -----------------------------------------------------------------------------
  useEffect(() => {
    if (follower || !store || store.revision === 0 || !compiled) return;
    const { report: r, revision } = store;
    const reportId = r.id;
    const b = store.history.present;
    saveNow.current = () => {
      const toSave = briefingForSave(b, r, compareWith, compiled);
      // Never write what the next start could not read back (it would be set aside there).
      if (!BriefingSchema.safeParse(toSave).success) return setSaved({ reportId, revision, ok: false });
      void bridge.saveAutosave(reportId, briefingFileText(toSave)).then((ok) => setSaved({ reportId, revision, ok }));
    };
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [bridge, store, compiled, compareWith, follower, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const autosave: AutosaveState =
    !store || store.revision === 0
      ? 'idle'
      : saved?.reportId === store.report.id && saved.revision === store.revision
        ? saved.ok
          ? 'saved'
          : 'failed'
        : 'pending';

  // ---- actions ------------------------------------------------------------------------------
  const edit = useCallback((action: BriefingAction) => dispatch({ type: 'edit', action }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  // Once the user has read which slides are gone, the autosave points at the report as it is now,
  // so the next start does not say it again.
  const dismissNotice = useCallback(() => {
    setNotice(undefined);
    if (follower || !present || !report || !compiled) return;
    void bridge.saveAutosave(report.id, briefingFileText(briefingForSave(present, report, compareWith, compiled)));
  }, [bridge, follower, present, report, compiled, compareWith]);
  const replace = useCallback(
    (briefing: Briefing, file: string) => {
      if (!report) return;
      dispatch({ type: 'edit', action: { type: 'replace', briefing } });
      setNotice(noticeFor(briefing, report, file));
    },
    [report],
  );
  const expect = useCallback((briefing: Briefing, file: string) => {
    pending.current = { briefing, file };
  }, []);
  const adopt = useCallback((r: Report, briefing: Briefing, cmp: Report | undefined) => {
    dispatch({ type: 'attach', report: r, briefing });
    setLoadedCompare(cmp ? { id: cmp.id, report: cmp } : undefined);
  }, []);
  const fresh = useCallback(() => {
    if (!report) return undefined;
    const t = present?.theme ?? lastTheme.current;
    return newBriefing(report, compileDeck(report, { theme: t }), t);
  }, [report, present]);
  const file = useCallback(() => {
    if (!present || !report || !compiled || !applied) return undefined;
    return {
      text: briefingFileText(briefingForSave(present, report, compareWith, compiled)),
      fileName: briefingFileName(applied.meta.title),
    };
  }, [present, report, compiled, applied, compareWith]);

  const canUndo = (store?.history.past.length ?? 0) > 0;
  const canRedo = (store?.history.future.length ?? 0) > 0;
  return useMemo(
    () => ({
      report,
      briefing: present,
      compareWith,
      compiled,
      deck: applied,
      rail,
      deckOrder,
      canUndo,
      canRedo,
      autosave,
      notice,
      edit,
      undo,
      redo,
      dismissNotice,
      replace,
      expect,
      adopt,
      fresh,
      file,
    }),
    [
      report,
      present,
      compareWith,
      compiled,
      applied,
      rail,
      deckOrder,
      canUndo,
      canRedo,
      autosave,
      notice,
      edit,
      undo,
      redo,
      dismissNotice,
      replace,
      expect,
      adopt,
      fresh,
      file,
    ],
  );
}
