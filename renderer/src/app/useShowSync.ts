// Presenting windows in step through the bridge's show channel. The window that owns the report
// (the editor, or a presenter view in its tab) publishes the deck it shows — the report, the
// comparison and the briefing — and where it is; followers (the audience, and Electron's show
// windows, which main opens) take both from it and never load a report of their own.
// Ending the show in one window ends it in the others: Electron's main closes its show windows;
// on the web an 'end' message sends the owner back to the editor and closes the audience tab (or,
// when the browser will not let a page close a tab it did not open, shows that the show ended).
import { type Dispatch, useCallback, useEffect, useRef, useState } from 'react';
import { reportHash } from '../../../core/briefing/hash';
import type { Briefing } from '../../../core/briefing/schema';
import type { Report } from '../../../core/report/schema';
import type { Bridge, ShowMessage } from '../bridge/types';
import type { NavAction, NavState } from '../nav/reducer';

/** Edits arrive as the user types: followers get the deck once the typing pauses. */
const PUBLISH_DELAY_MS = 300;

export interface ShowSyncInput {
  bridge: Bridge;
  follower: boolean;
  presenting: boolean;
  nav: NavState;
  dispatch: Dispatch<NavAction>;
  /** What this window shows (undefined until its briefing is attached). */
  shown: { report: Report; compareWith: Report | undefined; briefing: Briefing } | undefined;
  /** Followers: a deck arrived. */
  onDeck(report: Report, compareWith: Report | undefined, briefing: Briefing): void;
  /** The owner, presenting: another window ended the show (back to the editor). */
  onEnd(): void;
}

export interface ShowSync {
  /** Sends the deck at once (before a show starts in other windows). */
  publishNow(): void;
  /** Followers: the show ended and this window could not close itself. */
  ended: boolean;
  /** Followers: the show ended here or elsewhere: close this window (or show that it ended). */
  leave(): void;
}

export function useShowSync({
  bridge,
  follower,
  presenting,
  nav,
  dispatch,
  shown,
  onDeck,
  onEnd,
}: ShowSyncInput): ShowSync {
  const lastSynced = useRef<{ index: number; blank: string }>(undefined);
  const [ended, setEnded] = useState(false);
  const leave = useCallback(() => {
    // Closes a window the presenter view opened (打开观众窗口), and Electron's show windows.
    window.close();
    setEnded(true);
  }, []);
  const lastReport = useRef<{ report: Report; hash: string }>(undefined);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  const publishNow = useCallback(() => {
    const s = shownRef.current;
    if (s) bridge.show.publish({ kind: 'deck', report: s.report, compareWith: s.compareWith, briefing: s.briefing });
  }, [bridge]);

  useEffect(() => {
    if (!presenting) return;
    return bridge.show.subscribe((m: ShowMessage) => {
      switch (m.kind) {
        case 'nav':
          setEnded(false);
          lastSynced.current = { index: m.index, blank: m.blank };
          dispatch({ type: 'sync', index: m.index, blank: m.blank });
          break;
        case 'deck':
          if (follower) {
            setEnded(false);
            // The same report arrives with every edit: keep the one we have, so the deck is not
            // compiled again for a change of notes.
            const hash = reportHash(m.report);
            const report = lastReport.current?.hash === hash ? lastReport.current.report : m.report;
            lastReport.current = { report, hash };
            onDeck(report, m.compareWith, m.briefing);
          }
          break;
        case 'hello':
          if (!follower) {
            publishNow();
            bridge.show.publish({ kind: 'nav', index: nav.index, blank: nav.ended ? 'black' : nav.blank });
          }
          break;
        case 'end':
          if (follower) leave();
          else onEnd();
          break;
      }
    });
  }, [bridge, presenting, follower, dispatch, onDeck, onEnd, leave, publishNow, nav.index, nav.blank, nav.ended]);

  // Out of the show, forget what was last sent: presenting again announces the position afresh
  // (an audience tab showing that the show ended comes back to it).
  useEffect(() => {
    if (!presenting) lastSynced.current = undefined;
  }, [presenting]);

  useEffect(() => {
    if (follower) bridge.show.publish({ kind: 'hello' });
  }, [bridge, follower]);

  // The owner publishes its deck whenever it changes (followers already open follow the edits).
  useEffect(() => {
    if (follower || !shown) return;
    const id = setTimeout(publishNow, PUBLISH_DELAY_MS);
    return () => clearTimeout(id);
  }, [follower, shown, publishNow]);

  // The end-of-show screen is black for the audience (the message has no end state of its own).
  const blank = nav.ended ? 'black' : nav.blank;
  useEffect(() => {
    if (!presenting) return;
    const last = lastSynced.current;
    // A follower that just opened has no position of its own yet: announcing its initial slide
    // 1 would pull the presenter back to it.
    if (!last && follower) return;
    if (last && last.index === nav.index && last.blank === blank) return;
    lastSynced.current = { index: nav.index, blank };
    bridge.show.publish({ kind: 'nav', index: nav.index, blank });
  }, [bridge, presenting, follower, nav.index, blank]);

  return { publishNow, ended, leave };
}
