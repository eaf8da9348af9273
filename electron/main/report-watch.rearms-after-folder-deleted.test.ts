/**
 * The report's folder may go away while the report is open (deleted, renamed, replaced by a sync
 * tool or `git checkout`). The watcher must not die with it: the missing file is reported (the
 * renderer keeps the last good deck and shows the error), the folder is looked for every
 * DEFAULT_FOLDER_POLL_MS, and once it is back the watcher is armed again and the report reloaded
 * once. stop() ends the polling too. The first group injects the watcher and the timers (files
 * are real); the last uses the real fs watcher on a real temp folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../core/node/atomic-write';
import type { LoadResult } from '../../core/report/load';
import { DEFAULT_FOLDER_POLL_MS, type OpenedReport, watchReport } from './report-watch';

const REPO = resolve(import.meta.dirname, '../..');
// The source text inline (source.text): minimal.json's textFile leads out of a temporary folder,
// which core/node/source-path.ts refuses, and these tests delete and restore the report's folder.
const GOOD = Buffer.from(
  readFileSync(join(REPO, 'tests/fixtures/good-reports/minimal.json'), 'utf8').replace(
    '"textFile": "../../../data/sources/shanxi-2025.txt"',
    `"text": ${JSON.stringify(readFileSync(join(REPO, 'data/sources/shanxi-2025.txt'), 'utf8'))}`,
  ),
);
const GOOD_TITLE = (JSON.parse(GOOD.toString('utf8')) as { title: string }).title;
function titled(title: string): Buffer {
  const r = JSON.parse(GOOD.toString('utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...r, title }, null, 2));
}

let tmp: string;
let folder: string;
let file: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govbrief-rearm-'));
  folder = join(tmp, 'tests', 'fixtures', 'good-reports');
  mkdirSync(folder, { recursive: true });
  file = join(folder, 'minimal.json');
  writeFileSync(file, GOOD);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function titleOf(o: OpenedReport | undefined): string | undefined {
  return o?.result.ok ? o.result.report.title : undefined;
}
function saysMissing(r: LoadResult): boolean {
  return !r.ok && r.errors.some((e) => e.code === 'file-unreadable' && /file not found/.test(e.message.en));
}

/** Real files; the watcher fires and fails only when the test says so; timers run when told. */
function harness(options: { failFirstWatch?: boolean } = {}) {
  const timers: { fn: () => void; ms: number; id: number }[] = [];
  let nextId = 1;
  const arms: { listener: () => void; onError: (e: unknown) => void; close: ReturnType<typeof vi.fn> }[] = [];
  const watchCalls = vi.fn();
  let failWatch = options.failFirstWatch ?? false;
  const reloads: OpenedReport[] = [];
  const stop = watchReport(file, (o) => reloads.push(o), {
    debounceMs: 150,
    retries: 2,
    retryDelayMs: 250,
    watch: (p, listener, onError) => {
      watchCalls(p);
      if (failWatch) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const close = vi.fn();
      arms.push({ listener, onError, close });
      return { close };
    },
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ fn, ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  return {
    reloads,
    arms,
    watchCalls,
    stop,
    timers,
    failWatch: (v: boolean) => (failWatch = v),
    current: () => arms.at(-1)!,
    /** Runs the first pending timer with this delay. */
    run(ms: number): void {
      const i = timers.findIndex((t) => t.ms === ms);
      if (i < 0)
        throw new Error(`no ${ms} ms timer pending (pending: ${timers.map((t) => t.ms).join(', ') || 'none'})`);
      const [t] = timers.splice(i, 1);
      t!.fn();
    },
    /** Runs timers until none with this delay is pending. */
    drain(ms: number): void {
      while (timers.some((t) => t.ms === ms)) this.run(ms);
    },
  };
}

describe('watchReport when the watcher errors or the folder goes away (injected watcher and timers)', () => {
  it('polls about once a second by default', () => {
    expect(DEFAULT_FOLDER_POLL_MS).toBe(1000);
  });

  it('a watcher error: the watcher is closed, the folder polled, and once it is back the watcher is re-armed and the report reloaded', () => {
    const h = harness();
    expect(h.arms).toHaveLength(1);
    rmSync(folder, { recursive: true });
    h.current().onError(Object.assign(new Error('EPERM'), { code: 'EPERM' }));
    expect(h.arms[0]!.close).toHaveBeenCalledTimes(1);
    expect(h.timers.map((t) => t.ms).sort((a, b) => a - b)).toEqual([150, DEFAULT_FOLDER_POLL_MS]);

    // The file went with the folder: after the retries the user is told it is missing.
    h.drain(150);
    h.drain(250);
    expect(h.reloads).toHaveLength(1);
    expect(saysMissing(h.reloads[0]!.result)).toBe(true);

    // Still gone: keep polling, do not try to watch a folder that is not there.
    h.run(DEFAULT_FOLDER_POLL_MS);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.watchCalls).toHaveBeenCalledTimes(1);
    expect(h.timers.map((t) => t.ms)).toEqual([DEFAULT_FOLDER_POLL_MS]);

    // Back, with a changed report.
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, titled('恢复后的报告'));
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.watchCalls).toHaveBeenCalledTimes(2);
    expect(h.watchCalls).toHaveBeenLastCalledWith(file);
    expect(h.timers.map((t) => t.ms)).toEqual([150]); // one reload, no more polling
    h.run(150);
    expect(h.reloads).toHaveLength(2);
    expect(titleOf(h.reloads[1])).toBe('恢复后的报告');

    // The new watcher works like the first one.
    writeFileSync(file, titled('再次保存'));
    h.current().listener();
    h.run(150);
    expect(titleOf(h.reloads.at(-1))).toBe('再次保存');
    expect(h.timers).toEqual([]);
  });

  it('an error while the folder is still there: no "missing" report, re-armed on the next poll', () => {
    const h = harness();
    h.current().onError(new Error('EIO'));
    expect(h.timers.map((t) => t.ms)).toEqual([DEFAULT_FOLDER_POLL_MS]);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.arms).toHaveLength(2);
    h.run(150);
    expect(h.reloads.map(titleOf)).toEqual([GOOD_TITLE]);
  });

  it('an event after which the folder is gone (Linux reports no error): switches to polling', () => {
    const h = harness();
    rmSync(folder, { recursive: true });
    h.current().listener(); // the file's deletion event, as inotify delivers it
    expect(h.arms[0]!.close).toHaveBeenCalledTimes(1);
    expect(h.timers.map((t) => t.ms).sort((a, b) => a - b)).toEqual([150, DEFAULT_FOLDER_POLL_MS]);
    h.drain(150);
    h.drain(250);
    expect(h.reloads).toHaveLength(1);
    expect(saysMissing(h.reloads[0]!.result)).toBe(true);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.arms).toHaveLength(2);
    h.run(150);
    expect(h.reloads.map((r) => r.result.ok)).toEqual([false, true]);
  });

  it("the folder gone after the file's event and the watcher silent about it: noticed when the file is read", () => {
    const h = harness();
    h.current().listener(); // the file's event arrives while the folder is still there
    rmSync(folder, { recursive: true });
    h.run(150); // reads: missing, and the folder with it
    expect(h.arms[0]!.close).toHaveBeenCalledTimes(1);
    expect(h.timers.map((t) => t.ms).sort((a, b) => a - b)).toEqual([250, DEFAULT_FOLDER_POLL_MS]);
    h.drain(250);
    expect(h.reloads).toHaveLength(1); // reported once, not restarted
    expect(saysMissing(h.reloads[0]!.result)).toBe(true);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.arms).toHaveLength(2);
    h.run(150);
    expect(h.reloads.map(titleOf)).toEqual([undefined, GOOD_TITLE]);
  });

  it('a folder back within the retry window: the good report wins, nothing half-done is reported', () => {
    const h = harness();
    rmSync(folder, { recursive: true });
    h.current().onError(new Error('gone'));
    h.run(150); // reads: missing, retry pending
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    h.run(DEFAULT_FOLDER_POLL_MS); // re-arms; its reload supersedes the pending retry
    expect(h.timers.map((t) => t.ms)).toEqual([150]);
    h.run(150);
    expect(h.reloads.map(titleOf)).toEqual([GOOD_TITLE]);
    expect(h.timers).toEqual([]);
  });

  it('events and errors from the closed watcher are ignored', () => {
    const h = harness();
    const old = h.current();
    old.onError(new Error('gone'));
    h.run(DEFAULT_FOLDER_POLL_MS);
    h.run(150);
    expect(h.reloads).toHaveLength(1);
    old.listener();
    old.onError(new Error('again'));
    expect(h.timers).toEqual([]);
    expect(h.arms).toHaveLength(2);
    expect(h.arms[1]!.close).not.toHaveBeenCalled();
  });

  it('stop() while polling stops the poll: nothing is re-armed or reloaded afterwards', () => {
    const h = harness();
    rmSync(folder, { recursive: true });
    h.current().onError(new Error('gone'));
    expect(h.timers.some((t) => t.ms === DEFAULT_FOLDER_POLL_MS)).toBe(true);
    h.stop();
    expect(h.timers).toEqual([]);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    expect(h.watchCalls).toHaveBeenCalledTimes(1);
    expect(h.reloads).toEqual([]);
  });

  it('a folder missing when watching starts is waited for, then watched', () => {
    rmSync(folder, { recursive: true });
    const h = harness({ failFirstWatch: true });
    expect(h.timers.map((t) => t.ms)).toEqual([DEFAULT_FOLDER_POLL_MS]);
    h.run(DEFAULT_FOLDER_POLL_MS); // still missing: watch is not even tried
    expect(h.watchCalls).toHaveBeenCalledTimes(1);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    h.failWatch(false);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.arms).toHaveLength(1);
    h.run(150);
    expect(h.reloads.map(titleOf)).toEqual([GOOD_TITLE]);
  });

  it('a folder that is back but cannot be watched yet: keeps polling until it can', () => {
    const h = harness();
    h.current().onError(new Error('EMFILE'));
    h.failWatch(true);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.timers.map((t) => t.ms)).toEqual([DEFAULT_FOLDER_POLL_MS]);
    expect(h.reloads).toEqual([]);
    h.failWatch(false);
    h.run(DEFAULT_FOLDER_POLL_MS);
    expect(h.arms).toHaveLength(2);
    h.run(150);
    expect(h.reloads).toHaveLength(1);
  });
});

describe('watchReport with the real file watcher when the folder goes away', () => {
  const FAST = { debounceMs: 30, retries: 3, retryDelayMs: 30, folderPollMs: 50 };
  const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 25 });

  it('folder deleted (rm -rf): the missing file is reported; recreated with a new report: reloaded, and watched again', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), FAST);
    try {
      await new Promise((r) => setTimeout(r, 100));
      rmSync(folder, { recursive: true, force: true });
      await until(() => expect(reloads.some((o) => saysMissing(o.result))).toBe(true));

      mkdirSync(folder, { recursive: true });
      writeFileSync(file, titled('文件夹恢复后的新标题'));
      await until(() => expect(titleOf(reloads.at(-1))).toBe('文件夹恢复后的新标题'));

      // The re-armed fs watcher sees later saves (not just the one reload after the poll).
      await new Promise((r) => setTimeout(r, 150));
      writeFileAtomic(file, titled('之后又保存了一次'));
      await until(() => expect(titleOf(reloads.at(-1))).toBe('之后又保存了一次'));
    } finally {
      stop();
    }
  }, 30_000);

  it('folder renamed away (its watcher would follow it) and a new one put in its place: the new report is loaded', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), FAST);
    try {
      await new Promise((r) => setTimeout(r, 100));
      const moved = join(dirname(folder), 'good-reports-old');
      renameSync(folder, moved);
      await until(() => expect(reloads.some((o) => saysMissing(o.result))).toBe(true));

      mkdirSync(folder, { recursive: true });
      writeFileSync(file, titled('新文件夹里的报告'));
      await until(() => expect(titleOf(reloads.at(-1))).toBe('新文件夹里的报告'));
      await new Promise((r) => setTimeout(r, 150));
      writeFileSync(file, titled('新文件夹里再保存'));
      await until(() => expect(titleOf(reloads.at(-1))).toBe('新文件夹里再保存'));
    } finally {
      stop();
    }
  }, 30_000);

  it('stop() while the folder is gone: nothing is reported when it comes back', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), FAST);
    await new Promise((r) => setTimeout(r, 100));
    rmSync(folder, { recursive: true, force: true });
    await until(() => expect(reloads.some((o) => saysMissing(o.result))).toBe(true));
    stop();
    const count = reloads.length;
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, GOOD);
    await new Promise((r) => setTimeout(r, 400));
    expect(reloads).toHaveLength(count);
  }, 30_000);
});
