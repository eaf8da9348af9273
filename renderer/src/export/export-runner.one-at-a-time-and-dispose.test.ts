// The export life cycle: two exports at once (a double click, the menu and the key together)
// start one; closing the window mid-export stops the worker and saves nothing, even when the
// worker's result was already on its way. The request carries the PDF options; the saved state
// carries the exporter's warnings.
import { describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../core/deck/types';
import type { Briefing } from '../../../core/briefing/schema';
import type { Report } from '../../../core/report/schema';
import type { SaveResult } from '../bridge/types';
import { createExportRunner, type ExportInput, type ExportState, type ExportWorker } from './export-runner';
import type { ExportRequest, ExportResponse } from './protocol';

class FakeWorker implements ExportWorker {
  posted: ExportRequest[] = [];
  terminated = false;
  private listeners = new Set<(e: { data: ExportResponse }) => void>();
  postMessage(m: ExportRequest) {
    this.posted.push(m);
  }
  addEventListener(_t: 'message', l: (e: { data: ExportResponse }) => void) {
    this.listeners.add(l);
  }
  removeEventListener(_t: 'message', l: (e: { data: ExportResponse }) => void) {
    this.listeners.delete(l);
  }
  terminate() {
    this.terminated = true;
  }
  /** A message from the worker thread (delivered even after terminate: it may have been queued). */
  reply(m: ExportResponse) {
    for (const l of [...this.listeners]) l({ data: m });
  }
  get listening() {
    return this.listeners.size;
  }
}

const input: ExportInput = {
  format: 'pdf',
  report: {} as Report,
  compareWith: undefined,
  briefing: {} as Briefing,
  deck: {} as Deck,
};
const BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function setup(
  save: (bytes: Uint8Array, name: string) => Promise<SaveResult> = async () => ({ ok: true, path: '/out/a.pdf' }),
) {
  const workers: FakeWorker[] = [];
  const states: ExportState[] = [];
  const saveExport = vi.fn(save);
  const runner = createExportRunner({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    saveExport,
    fontUrls: { regular: 'app://fonts/r.ttf', bold: 'app://fonts/b.ttf' },
    onState: (s) => states.push(s),
  });
  return { runner, workers, states, saveExport };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('two exports at once', () => {
  it('starts the first and refuses the second in the same tick', () => {
    const { runner, workers } = setup();
    expect(runner.run(input)).toBe(true);
    expect(runner.run({ ...input, format: 'pptx' })).toBe(false);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toHaveLength(1);
    expect(workers[0]!.posted[0]!.format).toBe('pdf');
  });

  it('stays busy while the save dialog is open, and accepts the next export after it', async () => {
    let resolveSave!: (r: SaveResult) => void;
    const { runner, workers, states } = setup(() => new Promise((r) => (resolveSave = r)));
    runner.run(input);
    const w = workers[0]!;
    w.reply({ id: w.posted[0]!.id, kind: 'done', bytes: BYTES, fileName: 'a.pdf', ms: 5, warnings: [] });
    await flush();
    expect(runner.busy).toBe(true);
    expect(runner.run(input)).toBe(false);
    resolveSave({ ok: true, path: '/out/a.pdf' });
    await flush();
    expect(states.at(-1)).toEqual({
      kind: 'saved',
      format: 'pdf',
      fileName: 'a.pdf',
      path: '/out/a.pdf',
      ms: 5,
      warnings: [],
    });
    expect(runner.run({ ...input, format: 'pptx' })).toBe(true);
    // The worker is reused; the second request has its own id.
    expect(workers).toHaveLength(1);
    expect(w.posted.map((p) => p.id)).toEqual([1, 2]);
  });

  it('a failed export frees the runner and says why', () => {
    const { runner, workers, states, saveExport } = setup();
    runner.run(input);
    workers[0]!.reply({ id: 1, kind: 'failed', message: '字体读取失败' });
    expect(states.at(-1)).toEqual({ kind: 'failed', message: '字体读取失败' });
    expect(saveExport).not.toHaveBeenCalled();
    expect(runner.busy).toBe(false);
  });

  it('ignores messages of another request id', async () => {
    const { runner, workers, saveExport } = setup();
    runner.run(input);
    workers[0]!.reply({ id: 99, kind: 'done', bytes: BYTES, fileName: 'x.pdf', ms: 1, warnings: [] });
    await flush();
    expect(saveExport).not.toHaveBeenCalled();
    expect(runner.busy).toBe(true);
  });
});

describe('what goes to the worker and what comes back', () => {
  it('the PDF options reach the worker; the exporter’s warnings reach the saved state', async () => {
    const { runner, workers, states } = setup();
    runner.run({ ...input, format: 'memo', watermark: '内部资料', dateLine: '2025年3月5日印发' });
    const w = workers[0]!;
    expect(w.posted[0]).toMatchObject({ format: 'memo', watermark: '内部资料', dateLine: '2025年3月5日印发' });
    const WARNING = '字体（NotoSansSC-Regular）缺少 1 个字符，PDF 中未绘出：U+1F600';
    w.reply({ id: 1, kind: 'done', bytes: BYTES, fileName: 'a（简报）.pdf', ms: 7, warnings: [WARNING] });
    await flush();
    expect(states.at(-1)).toEqual({
      kind: 'saved',
      format: 'memo',
      fileName: 'a（简报）.pdf',
      path: '/out/a.pdf',
      ms: 7,
      warnings: [WARNING],
    });
  });

  it('warnings are dropped when the save is cancelled (nothing was written)', async () => {
    const { runner, workers, states } = setup(async () => ({ ok: false, cancelled: true }));
    runner.run(input);
    workers[0]!.reply({ id: 1, kind: 'done', bytes: BYTES, fileName: 'a.pdf', ms: 7, warnings: ['x'] });
    await flush();
    expect(states.at(-1)).toEqual({ kind: 'cancelled' });
  });
});

describe('closing the window during an export', () => {
  it('stops the worker and saves nothing, even if the result was already queued', async () => {
    const { runner, workers, states, saveExport } = setup();
    runner.run(input);
    const w = workers[0]!;
    w.reply({ id: 1, kind: 'progress', done: 3, total: 40 });
    const before = states.length;
    runner.dispose();
    expect(w.terminated).toBe(true);
    w.reply({ id: 1, kind: 'progress', done: 4, total: 40 });
    w.reply({ id: 1, kind: 'done', bytes: BYTES, fileName: 'a.pdf', ms: 5, warnings: [] });
    await flush();
    expect(saveExport).not.toHaveBeenCalled();
    expect(states).toHaveLength(before);
    expect(w.listening).toBe(0);
  });

  it('reports nothing after a save that finishes once the window is gone', async () => {
    let resolveSave!: (r: SaveResult) => void;
    const { runner, workers, states } = setup(() => new Promise((r) => (resolveSave = r)));
    runner.run(input);
    workers[0]!.reply({ id: 1, kind: 'done', bytes: BYTES, fileName: 'a.pdf', ms: 5, warnings: [] });
    await flush();
    const before = states.length;
    runner.dispose();
    resolveSave({ ok: false, cancelled: true });
    await flush();
    expect(states).toHaveLength(before);
  });

  it('refuses new exports once disposed', () => {
    const { runner, workers } = setup();
    runner.dispose();
    expect(runner.run(input)).toBe(false);
    expect(workers).toHaveLength(0);
  });
});
