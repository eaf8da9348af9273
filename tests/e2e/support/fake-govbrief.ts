/**
 * A stand-in for Electron's preload (window.govbrief) in Chromium: Electron is never launched in
 * these tests, but the renderer's Electron side (bridge/electron.ts and what App does with it)
 * runs as in the app. The fake records every call, answers like main (bundled reports, the file
 * named at launch, a dropped file, the deck and position for a show window saying hello), and
 * lets the test send main's events (menu commands, report updates).
 */
import type { Page } from '@playwright/test';
import { compileDeck } from '../../../core/deck/compile';
import { newBriefing } from '../../../core/briefing/apply';
import type { Report } from '../../../core/report/schema';
import { loadReport } from './deck';

export interface FakeData {
  bundled: { id: string; title: string; file: string }[];
  reports: Record<string, unknown>;
  /** main's reply to initialReport (the file named at launch), if any. */
  initial?: unknown;
  /** What main sends a show window that says hello: the deck and the position. */
  follow?: { deck: unknown; index: number };
}

export const REPORT_FILES = {
  'shanxi-2025': 'data/reports/shanxi-2025.json',
  'china-2025': 'data/reports/china-2025.json',
} as const;

export function reportOf(id: keyof typeof REPORT_FILES): Report {
  return loadReport(REPORT_FILES[id]);
}

/** A LoadResult as main sends it for a file it opened. */
export function openedReply(file: string, report: unknown): unknown {
  return { file, result: { ok: true, report, warnings: [] } };
}

export function fakeData(extra: Partial<FakeData> = {}): FakeData {
  const shanxi = reportOf('shanxi-2025');
  const china = reportOf('china-2025');
  return {
    bundled: [
      { id: 'shanxi-2025', title: shanxi.title, file: 'data/reports/shanxi-2025.json' },
      { id: 'china-2025', title: china.title, file: 'data/reports/china-2025.json' },
    ],
    reports: { 'shanxi-2025': shanxi, 'china-2025': china },
    ...extra,
  };
}

/** The deck message the editor publishes (a report and its briefing), for show windows to follow. */
export function deckMessage(report: Report): unknown {
  const deck = compileDeck(report, { theme: 'official' });
  return {
    kind: 'deck',
    report,
    compareWith: undefined,
    briefing: newBriefing(report, deck, 'official', new Date('2025-03-05T00:00:00Z')),
  };
}

export async function installFakeGovbrief(page: Page, data: FakeData): Promise<void> {
  await page.addInitScript(fakeGovbrief, data);
}

export type FakeCall = [string, ...unknown[]];

export async function fakeCalls(page: Page): Promise<FakeCall[]> {
  return page.evaluate(() => (globalThis as unknown as { __fake: { calls: FakeCall[] } }).__fake.calls);
}

/** Main sends an event: 'menu' (a menu command), 'report' (reportUpdated) or 'show'. */
export async function emitFromMain(
  page: Page,
  kind: 'menu' | 'report' | 'show' | 'briefing',
  payload: unknown,
): Promise<void> {
  await page.evaluate(
    ([k, p]) => (globalThis as unknown as { __fake: { emit(k: unknown, p: unknown): void } }).__fake.emit(k, p),
    [kind, payload] as const,
  );
}

/** Sets main's next replies: openDropped (undefined: the file has no path), openBundled, saveImport. */
export async function setReplies(
  page: Page,
  replies: { openDropped?: unknown; openBundled?: unknown; saveImport?: unknown },
): Promise<void> {
  await page.evaluate(
    (r) => Object.assign((globalThis as unknown as { __fake: { replies: object } }).__fake.replies, r),
    replies,
  );
}

/** Runs in the page before the app: window.govbrief as the preload exposes it. */
function fakeGovbrief(data: FakeData): void {
  type Listener = (payload: unknown) => void;
  const g = globalThis as unknown as Record<string, unknown>;
  const calls: unknown[][] = [];
  const listeners: Record<string, Set<Listener>> = {
    report: new Set(),
    show: new Set(),
    menu: new Set(),
    briefing: new Set(),
  };
  const subscribe = (kind: string) => (listener: Listener) => {
    listeners[kind]!.add(listener);
    return () => listeners[kind]!.delete(listener);
  };
  const replies: Record<string, unknown> = {};
  const emit = (kind: string, payload: unknown) => {
    for (const l of listeners[kind]!) l(payload);
  };
  g['__fake'] = { calls, replies, emit };
  const opened = (id: string) => ({
    file: `/opt/govbrief/resources/data/reports/${id}.json`,
    result: { ok: true, report: data.reports[id], warnings: [] },
  });
  const record =
    <T>(name: string, reply: (...args: never[]) => T) =>
    async (...args: never[]) => {
      calls.push([name, ...args]);
      return reply(...args);
    };
  g['govbrief'] = {
    listBundled: record('listBundled', () => data.bundled),
    openBundled: record('openBundled', (id: string) =>
      'openBundled' in replies ? replies['openBundled'] : opened(id),
    ),
    openDialog: record('openDialog', () => undefined),
    openPath: record('openPath', () => undefined),
    openDropped: async (file: { name: string }) => {
      calls.push(['openDropped', file.name]);
      return replies['openDropped'];
    },
    initialReport: record('initialReport', () => data.initial),
    saveExport: record('saveExport', () => ({ ok: false, cancelled: true })),
    printPdf: record('printPdf', () => ({ ok: true, path: '/tmp/govbrief-print-x/a.pdf' })),
    revealFile: record('revealFile', () => undefined),
    showPublish: async (message: { kind: string }) => {
      calls.push(['showPublish', message.kind]);
      if (message.kind === 'hello' && data.follow) {
        const follow = data.follow;
        setTimeout(() => {
          emit('show', follow.deck);
          emit('show', { kind: 'nav', index: follow.index, blank: 'none' });
        }, 0);
      }
    },
    showStart: record('showStart', () => undefined),
    showEnd: record('showEnd', () => undefined),
    openAudience: record('openAudience', () => undefined),
    settingsNotice: record('settingsNotice', () => undefined),
    loadAutosave: record('loadAutosave', () => undefined),
    saveAutosave: record('saveAutosave', () => true),
    saveBriefing: record('saveBriefing', () => ({ ok: false, cancelled: true })),
    openBriefing: record('openBriefing', () => undefined),
    saveImport: record('saveImport', () => replies['saveImport'] ?? { ok: false, cancelled: true }),
    onReportUpdated: subscribe('report'),
    onBriefingFile: subscribe('briefing'),
    onShowMessage: subscribe('show'),
    onMenuCommand: subscribe('menu'),
  };
}
