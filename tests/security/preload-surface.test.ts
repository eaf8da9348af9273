/**
 * What the preload gives a page: one object on window.govbrief, made of functions that call
 * fixed IPC channels (the INVOKE and EVENTS lists) — never ipcRenderer itself, never the IPC
 * event object (which carries `sender`), never a channel chosen by the page. Run against a fake
 * `electron` module (the preload needs no Electron runtime to be inspected).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENTS, INVOKE } from '../../electron/shared/channels';

const exposed = new Map<string, unknown>();
const invokes: { channel: string; args: unknown[] }[] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

const fakeIpcRenderer = {
  invoke: (channel: string, ...args: unknown[]) => {
    invokes.push({ channel, args });
    return Promise.resolve(undefined);
  },
  on: (channel: string, l: (...args: unknown[]) => void) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(l);
  },
  removeListener: (channel: string, l: (...args: unknown[]) => void) => listeners.get(channel)?.delete(l),
  send: () => {
    throw new Error('the preload must not use ipcRenderer.send');
  },
  sendSync: () => {
    throw new Error('the preload must not use ipcRenderer.sendSync');
  },
};

/** webUtils.getPathForFile: a path for files from a drop or a file input, '' for files a page made. */
const pathOf = new WeakMap<object, string>();
const fakeWebUtils = { getPathForFile: (file: object) => pathOf.get(file) ?? '' };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: fakeIpcRenderer,
  webUtils: fakeWebUtils,
}));

type Api = Record<string, (...args: unknown[]) => unknown>;
let api: Api;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = exposed.get('govbrief') as Api;
});

describe('the preload surface', () => {
  it('exposes exactly one object, window.govbrief, made of functions only', () => {
    expect([...exposed.keys()]).toEqual(['govbrief']);
    for (const [k, v] of Object.entries(api)) expect(typeof v, k).toBe('function');
    expect(Object.values(api)).not.toContain(fakeIpcRenderer);
  });

  it('every call goes to a fixed INVOKE channel with at most one argument', async () => {
    const allowed = new Set<string>(Object.values(INVOKE));
    const dropped = { name: 'report.json' };
    pathOf.set(dropped, '/home/user/report.json');
    const calls: [string, unknown[]][] = [
      ['openDropped', [dropped]],
      ['initialReport', []],
      ['listBundled', []],
      ['openBundled', ['shanxi-2025']],
      ['openDialog', []],
      ['openPath', ['/x.json']],
      ['recent', []],
      ['saveExport', [new Uint8Array([1]), 'a.pptx']],
      ['revealFile', ['/a.pptx']],
      ['showPublish', [{ kind: 'hello' }]],
      ['showStart', [2]],
      ['showEnd', []],
      ['openAudience', []],
      ['settingsNotice', []],
      ['loadAutosave', ['shanxi-2025']],
      ['saveAutosave', ['shanxi-2025', '{}']],
      ['saveBriefing', ['{}', 'a.govbrief.json']],
      ['openBriefing', []],
      ['printPdf', [new Uint8Array([1]), 'a.pdf']],
      ['saveImport', ['{}', '原文', 'a.json']],
    ];
    const invokeMethods = Object.keys(api).filter((k) => !k.startsWith('on'));
    expect(invokeMethods.sort()).toEqual(calls.map(([m]) => m).sort());
    for (const [method, args] of calls) {
      invokes.length = 0;
      // Extra arguments from the page are not forwarded.
      await api[method]!(...args, 'extra-from-page', { evil: true });
      expect(invokes, method).toHaveLength(1);
      expect(allowed.has(invokes[0]!.channel), `${method} → ${invokes[0]!.channel}`).toBe(true);
      expect(invokes[0]!.args.length, method).toBeLessThanOrEqual(1);
    }
  });

  it('a dropped file goes to main by its path (the page never sees it); a file with no path is not sent', async () => {
    const dropped = { name: 'report.json' };
    pathOf.set(dropped, '/home/user/报告/report.json');
    invokes.length = 0;
    await api['openDropped']!(dropped);
    expect(invokes).toEqual([{ channel: INVOKE.openDropped, args: ['/home/user/报告/report.json'] }]);
    invokes.length = 0;
    await expect(api['openDropped']!({ name: 'made-by-the-page.json' })).resolves.toBeUndefined();
    expect(invokes).toEqual([]);
  });

  it('showStart sends the start slide and whether to open the presenter view', async () => {
    invokes.length = 0;
    await api['showStart']!(3);
    await api['showStart']!(4, true);
    expect(invokes).toEqual([
      { channel: INVOKE.showStart, args: [{ fromIndex: 3, presenter: false }] },
      { channel: INVOKE.showStart, args: [{ fromIndex: 4, presenter: true }] },
    ]);
  });

  it('the page cannot choose the channel', async () => {
    invokes.length = 0;
    await api['openBundled']!('settings:notice');
    expect(invokes[0]).toEqual({ channel: INVOKE.openBundled, args: ['settings:notice'] });
  });

  it('subscriptions use the EVENTS channels, pass the payload without the IPC event, and unsubscribe', () => {
    const events: [string, string][] = [
      ['onReportUpdated', EVENTS.reportUpdated],
      ['onShowMessage', EVENTS.showMessage],
      ['onMenuCommand', EVENTS.menuCommand],
      ['onBriefingFile', EVENTS.briefingFile],
    ];
    expect(
      Object.keys(api)
        .filter((k) => k.startsWith('on'))
        .sort(),
    ).toEqual(events.map(([m]) => m).sort());
    for (const [method, channel] of events) {
      const got: unknown[][] = [];
      const off = api[method]!((...args: unknown[]) => got.push(args)) as () => void;
      const registered = [...(listeners.get(channel) ?? [])];
      expect(registered, channel).toHaveLength(1);
      const ipcEvent = { sender: fakeIpcRenderer, senderId: 0, ports: [] };
      registered[0]!(ipcEvent, { hello: 1 });
      expect(got).toEqual([[{ hello: 1 }]]);
      off();
      expect(listeners.get(channel)?.size ?? 0, `${channel} after unsubscribe`).toBe(0);
    }
  });
});
