/**
 * Every IPC channel refuses a call from anything but the app's own app:// frames, and refuses a
 * malformed payload (wrong type, extra keys, oversized, too many arguments), before its handler
 * runs. A valid call from app://govbrief/index.html reaches the handler with the parsed payload.
 * The editor's channels (all but the show's) also refuse the show windows, which load the same
 * page.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE, type InvokeChannel } from '../shared/channels';
import { type Handlers, IpcRefused, isTrustedSender, registerIpc } from './ipc';
import { Payloads } from './payloads';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const ALL_CHANNELS = Object.values(INVOKE) as InvokeChannel[];

/** The editor's web contents id in these tests; show windows have others. */
const EDITOR = 7;
const SHOW_WINDOW = 12;

/** editorId null: the editor window is closed. */
function setup(extraOrigins: string[] = [], editorId: number | null = EDITOR) {
  const registered = new Map<string, Invoke>();
  const calls: { channel: InvokeChannel; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    ALL_CHANNELS.map((c) => [
      c,
      vi.fn((payload: unknown) => {
        calls.push({ channel: c, payload });
        return `handled ${c}`;
      }),
    ]),
  ) as unknown as Handlers;
  const log = vi.fn();
  registerIpc({ handle: (channel, listener) => void registered.set(channel, listener) }, handlers, {
    extraOrigins,
    log,
    isEditor: (sender) => sender.id === editorId,
  });
  const invokeFrom = (
    senderId: number,
    channel: InvokeChannel,
    frameUrl: string | null | undefined,
    ...args: unknown[]
  ) => {
    const event = {
      sender: { id: senderId },
      senderFrame: frameUrl === undefined ? undefined : frameUrl === null ? null : { url: frameUrl },
    } as unknown as IpcMainInvokeEvent;
    return Promise.resolve().then(() => registered.get(channel)!(event, ...args));
  };
  /** A call from the editor window. */
  const invoke = (channel: InvokeChannel, frameUrl: string | null | undefined, ...args: unknown[]) =>
    invokeFrom(EDITOR, channel, frameUrl, ...args);
  return { registered, calls, invoke, invokeFrom, log };
}

const APP = 'app://govbrief/index.html';

/** A valid payload for each channel, as the preload sends it (args after the channel). */
const VALID: Record<InvokeChannel, unknown[]> = {
  [INVOKE.listBundled]: [],
  [INVOKE.openBundled]: ['shanxi-2025'],
  [INVOKE.openDialog]: [],
  [INVOKE.openPath]: ['/home/user/报告/report.json'],
  [INVOKE.openDropped]: ['/home/user/报告/report.json'],
  [INVOKE.initialReport]: [],
  [INVOKE.recent]: [],
  [INVOKE.saveExport]: [{ bytes: new Uint8Array([0x50, 0x4b, 3, 4]), fileName: '2025年山西省政府工作报告.pptx' }],
  [INVOKE.printPdf]: [
    { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), fileName: '2025年山西省政府工作报告-讲义.pdf' },
  ],
  [INVOKE.revealFile]: ['/home/user/Documents/a.pptx'],
  [INVOKE.showPublish]: [{ kind: 'nav', index: 3, blank: 'none' }],
  [INVOKE.showStart]: [{ fromIndex: 2 }],
  [INVOKE.showEnd]: [],
  [INVOKE.openAudience]: [],
  [INVOKE.settingsNotice]: [],
  [INVOKE.briefingLoadAutosave]: ['shanxi-2025'],
  [INVOKE.briefingSaveAutosave]: [{ reportId: 'shanxi-2025', text: '{"kind":"govbrief-briefing"}\n' }],
  [INVOKE.briefingSave]: [
    { text: '{"kind":"govbrief-briefing"}\n', fileName: '2025年山西省政府工作报告解读.govbrief.json' },
  ],
  [INVOKE.briefingOpen]: [],
  [INVOKE.importSave]: [{ reportText: '{"source":{"text":"原文"}}', sourceText: '原文', fileName: '某县-2025.json' }],
};

/** An object that passes `instanceof Uint8Array` but claims a length over the limit (no 512 MB allocation). */
function hugeBytes(): Uint8Array {
  const b = new Uint8Array(4);
  Object.defineProperty(b, 'length', { value: 512 * 1024 * 1024 + 1 });
  return b;
}

/** Malformed payloads for each channel: wrong types, extra keys, oversized values. */
const MALFORMED: Record<InvokeChannel, unknown[]> = {
  [INVOKE.listBundled]: ['x', 0, {}, null],
  [INVOKE.openBundled]: [
    undefined,
    42,
    '',
    '../../etc/passwd',
    'Shanxi',
    'a'.repeat(65),
    { id: 'shanxi-2025' },
    ['shanxi-2025'],
  ],
  [INVOKE.openDialog]: [{}, 'x', true],
  [INVOKE.openPath]: [undefined, '', 42, 'a'.repeat(4097), { path: '/x.json' }, null],
  [INVOKE.openDropped]: [
    undefined,
    '',
    42,
    null,
    { path: '/home/user/report.json' },
    'report.json',
    '../../etc/report.json',
    '/etc/passwd',
    '/home/user/report.json.exe',
    '/home/user/\u0000report.json',
    `/${'a'.repeat(4096)}.json`,
  ],
  [INVOKE.initialReport]: [{}, 'x', '/home/user/report.json'],
  [INVOKE.recent]: [[], 'x'],
  [INVOKE.saveExport]: [
    undefined,
    'bytes',
    { bytes: [1, 2, 3], fileName: 'a.pptx' },
    { bytes: 'UEsDBA==', fileName: 'a.pptx' },
    { bytes: new Uint8Array(0), fileName: 'a.pptx' },
    { bytes: hugeBytes(), fileName: 'a.pptx' },
    { bytes: new Uint8Array([1]), fileName: 'a.exe' },
    { bytes: new Uint8Array([1]), fileName: '../../a.pptx' },
    { bytes: new Uint8Array([1]), fileName: 'C:\\Windows\\a.pptx' },
    { bytes: new Uint8Array([1]), fileName: 'a\u0000.pptx' },
    { bytes: new Uint8Array([1]), fileName: `${'长'.repeat(256)}.pptx` },
    { bytes: new Uint8Array([1]), fileName: 'a.pptx', path: '/etc/cron.d/x' },
    { bytes: new Uint8Array([1]) },
  ],
  [INVOKE.printPdf]: [
    undefined,
    { bytes: new Uint8Array(0), fileName: 'a.pdf' },
    { bytes: new Uint8Array([1]), fileName: 'a.pptx' },
    { bytes: new Uint8Array([1]), fileName: '../../a.pdf' },
    { bytes: [1], fileName: 'a.pdf' },
  ],
  [INVOKE.revealFile]: [undefined, '', 7, 'a'.repeat(4097)],
  [INVOKE.showPublish]: [
    undefined,
    'nav',
    { kind: 'nav', index: -1, blank: 'none' },
    { kind: 'nav', index: 1.5, blank: 'none' },
    { kind: 'nav', index: '3', blank: 'none' },
    { kind: 'nav', index: 100_001, blank: 'none' },
    { kind: 'nav', index: 3, blank: 'red' },
    { kind: 'nav', index: 3, blank: 'none', extra: true },
    { kind: 'deck', report: {}, theme: 'neon' },
    { kind: 'deck', report: {}, theme: 'official', script: 'x' },
    { kind: 'deck', report: {}, theme: 'official' },
    { kind: 'deck', report: {}, briefing: {} },
    { kind: 'deck', report: {}, briefing: { kind: 'govbrief-briefing' } },
    { kind: 'hello', from: 'elsewhere' },
    { kind: 'quit' },
  ],
  [INVOKE.showStart]: [
    undefined,
    3,
    { fromIndex: -1 },
    { fromIndex: '0' },
    { fromIndex: 0, extra: 1 },
    { fromIndex: 1e9 },
    { fromIndex: 0, presenter: 'yes' },
    {},
  ],
  [INVOKE.showEnd]: [0, 'now'],
  [INVOKE.openAudience]: [{}, 1],
  [INVOKE.settingsNotice]: ['x'],
  [INVOKE.briefingLoadAutosave]: [undefined, '', '../settings', 'Shanxi', 'a'.repeat(65), { reportId: 'shanxi-2025' }],
  [INVOKE.briefingSaveAutosave]: [
    undefined,
    'text',
    { reportId: '../../etc', text: '{}' },
    { reportId: 'shanxi-2025', text: '' },
    { reportId: 'shanxi-2025', text: 42 },
    { reportId: 'shanxi-2025', text: 'x'.repeat(8 * 1024 * 1024 + 1) },
    { reportId: 'shanxi-2025', text: '{}', path: '/etc/passwd' },
    { text: '{}' },
  ],
  [INVOKE.briefingSave]: [
    undefined,
    { text: '{}', fileName: 'a.json' },
    { text: '{}', fileName: 'a.pptx' },
    { text: '{}', fileName: '../a.govbrief.json' },
    { text: '{}', fileName: 'C:\\a.govbrief.json' },
    { text: '', fileName: 'a.govbrief.json' },
    { text: '{}', fileName: 'a.govbrief.json', dir: '/tmp' },
    { bytes: new Uint8Array([1]), fileName: 'a.govbrief.json' },
  ],
  [INVOKE.briefingOpen]: [{}, 'x', '/etc/passwd'],
  [INVOKE.importSave]: [
    undefined,
    '{}',
    { reportText: '{}', sourceText: '原文' },
    { reportText: '{}', sourceText: '', fileName: 'a.json' },
    { reportText: '{}', sourceText: '原文', fileName: '../../a.json' },
    { reportText: '{}', sourceText: '原文', fileName: 'a.txt' },
    { reportText: '{}', sourceText: 'x'.repeat(2_000_001), fileName: 'a.json' },
    { reportText: '{}', sourceText: '原文', fileName: 'a.json', path: '/etc/cron.d/x' },
  ],
};

describe('every channel is registered with a schema', () => {
  it('covers all channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...ALL_CHANNELS].sort());
    expect(Object.keys(Payloads).sort()).toEqual([...ALL_CHANNELS].sort());
  });
});

describe.each(ALL_CHANNELS)('channel %s', (channel) => {
  it('accepts a valid call from app://govbrief/index.html', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(channel, APP, ...VALID[channel])).resolves.toBe(`handled ${channel}`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload).toEqual(VALID[channel][0]);
  });

  it('refuses a foreign sender (https, file://, other app host, dev server look-alike, no frame)', async () => {
    const { invoke, calls, log } = setup();
    for (const url of [
      'https://evil.example/index.html',
      'file:///home/user/index.html',
      'app://evil/index.html',
      'http://localhost:5173/',
      'about:blank',
      '',
      undefined,
      null,
    ]) {
      await expect(invoke(channel, url, ...VALID[channel]), String(url)).rejects.toBeInstanceOf(IpcRefused);
    }
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'));
  });

  it('refuses malformed payloads', async () => {
    const { invoke, calls } = setup();
    for (const payload of MALFORMED[channel]) {
      await expect(invoke(channel, APP, payload), JSON.stringify(payload) ?? 'undefined').rejects.toThrow(
        'malformed payload',
      );
    }
    expect(calls).toEqual([]);
  });

  it('refuses too many arguments', async () => {
    const { invoke, calls } = setup();
    const first = VALID[channel][0];
    await expect(invoke(channel, APP, first, 'extra')).rejects.toThrow('malformed payload');
    await expect(invoke(channel, APP, first, undefined)).rejects.toThrow('malformed payload');
    expect(calls).toEqual([]);
  });
});

describe('the development server origin', () => {
  it('is trusted by exact origin only (a prefix look-alike is not)', () => {
    const ev = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;
    const dev = ['http://localhost:5173'];
    expect(isTrustedSender(ev('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(ev('http://localhost:5173/#/show'), dev)).toBe(true);
    expect(isTrustedSender(ev('http://localhost:5173.evil.example/'), dev)).toBe(false);
    expect(isTrustedSender(ev('http://localhost:51730/'), dev)).toBe(false);
    expect(isTrustedSender(ev('http://localhost:5173@evil.example/'), dev)).toBe(false);
    expect(isTrustedSender(ev('https://localhost:5173/'), dev)).toBe(false);
    // Without a dev server nothing but app:// is trusted.
    expect(isTrustedSender(ev('http://localhost:5173/'))).toBe(false);
  });

  it('lets the dev server call a channel when configured', async () => {
    const { invoke } = setup(['http://localhost:5173/']);
    await expect(invoke(INVOKE.recent, 'http://localhost:5173/#/')).resolves.toBe(`handled ${INVOKE.recent}`);
    await expect(invoke(INVOKE.recent, 'http://localhost:5173.evil.example/')).rejects.toBeInstanceOf(IpcRefused);
  });
});

describe('report:open-dropped (a file dropped on the window, by the path the preload found for it)', () => {
  it('takes absolute .json paths of either platform and reaches the handler with the path', async () => {
    for (const path of [
      '/home/user/报告/report.json',
      'C:\\Users\\王\\桌面\\报告.JSON',
      '\\\\server\\share\\report.json',
    ]) {
      const { invoke, calls } = setup();
      await expect(invoke(INVOKE.openDropped, APP, path), path).resolves.toBe(`handled ${INVOKE.openDropped}`);
      expect(calls).toEqual([{ channel: INVOKE.openDropped, payload: path }]);
    }
  });

  it('is refused from a foreign frame like every channel', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(INVOKE.openDropped, 'https://evil.example/', '/home/user/report.json')).rejects.toBeInstanceOf(
      IpcRefused,
    );
    expect(calls).toEqual([]);
  });
});

describe('show:start', () => {
  it('may ask for the presenter view with the show', async () => {
    const { invoke, calls } = setup();
    await invoke(INVOKE.showStart, APP, { fromIndex: 4, presenter: true });
    expect(calls).toEqual([{ channel: INVOKE.showStart, payload: { fromIndex: 4, presenter: true } }]);
  });
});

/**
 * The show windows (show, audience, presenter view) load the same app:// page as the editor, so
 * the frame check above lets them through. They only take part in the show: every other channel
 * (opening, watching and remembering report files, the launch file, saving exports and
 * briefings, the autosave, revealing files, the settings notice) is the editor's, and a call from
 * any other window of ours is refused before its handler runs.
 */
describe('editor-only channels refuse every window but the editor', () => {
  const SHOW_WINDOW_CHANNELS: InvokeChannel[] = [
    INVOKE.showPublish,
    INVOKE.showStart,
    INVOKE.showEnd,
    INVOKE.openAudience,
  ];
  const EDITOR_ONLY = ALL_CHANNELS.filter((c) => !SHOW_WINDOW_CHANNELS.includes(c));

  it('the editor-only channels include every report, file and settings channel', () => {
    expect(EDITOR_ONLY.sort()).toEqual(
      [
        INVOKE.listBundled,
        INVOKE.openBundled,
        INVOKE.openDialog,
        INVOKE.openPath,
        INVOKE.openDropped,
        INVOKE.initialReport,
        INVOKE.recent,
        INVOKE.saveExport,
        INVOKE.revealFile,
        INVOKE.printPdf,
        INVOKE.settingsNotice,
        INVOKE.briefingLoadAutosave,
        INVOKE.briefingSaveAutosave,
        INVOKE.briefingSave,
        INVOKE.briefingOpen,
        INVOKE.importSave,
      ].sort(),
    );
  });

  it.each(EDITOR_ONLY)(
    '%s: refused from a show window (same app:// page), accepted from the editor',
    async (channel) => {
      const { invoke, invokeFrom, calls, log } = setup();
      await expect(invokeFrom(SHOW_WINDOW, channel, `${APP}#/show`, ...VALID[channel])).rejects.toBeInstanceOf(
        IpcRefused,
      );
      await expect(invokeFrom(SHOW_WINDOW, channel, APP, ...VALID[channel])).rejects.toThrow('not the editor');
      expect(calls, 'the handler did not run').toEqual([]);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`refused ${channel}: not the editor window`));
      await expect(invoke(channel, APP, ...VALID[channel])).resolves.toBe(`handled ${channel}`);
    },
  );

  it('with the editor closed, no window may call them', async () => {
    const { invokeFrom, calls } = setup([], null);
    for (const channel of EDITOR_ONLY) {
      await expect(invokeFrom(EDITOR, channel, APP, ...VALID[channel]), channel).rejects.toBeInstanceOf(IpcRefused);
    }
    expect(calls).toEqual([]);
  });

  it.each(SHOW_WINDOW_CHANNELS)('%s: a show window may call it (the show is theirs too)', async (channel) => {
    const { invokeFrom, calls } = setup();
    await expect(invokeFrom(SHOW_WINDOW, channel, `${APP}#/presenter`, ...VALID[channel])).resolves.toBe(
      `handled ${channel}`,
    );
    expect(calls).toHaveLength(1);
  });

  it('the frame check still comes first: a foreign frame in the editor window is refused as untrusted', async () => {
    const { invoke, calls, log } = setup();
    await expect(invoke(INVOKE.openDropped, 'https://evil.example/', '/home/user/report.json')).rejects.toThrow(
      'untrusted sender',
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'));
    expect(calls).toEqual([]);
  });
});
