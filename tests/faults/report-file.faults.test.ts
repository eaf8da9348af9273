/**
 * Faults of the open report file, through the main process's own watcher
 * (electron/main/report-watch.ts, imported as is) with the real folder watcher and the real
 * loader on real temp files: the file deleted, renamed away, moved, made unreadable (permission
 * denied, an I/O error, replaced by a folder) while it is open, and its folder deleted. Each time
 * main neither throws nor hangs: after the half-written-file retries it reports one positioned,
 * bilingual `file-unreadable` error at 1:1 saying why (the renderer then keeps the last good deck
 * and shows the error — its own tests cover that), and when the file comes back it reloads.
 *
 * Permission and I/O faults are injected through a mocked `node:fs` (CI runs as root, whom file
 * modes do not stop, so a real chmod 000 proves nothing there); the loader's real code path runs.
 */
import * as nodeFs from 'node:fs';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../core/report/problems';
import { type OpenedReport, openReportFile, watchReport } from '../../electron/main/report-watch';

/** Paths whose open or read fails with an injected error code (see the mock below). */
const failing = new Map<string, { syscall: 'open' | 'read'; code: string }>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof nodeFs>();
  const fdPaths = new Map<number, string>();
  const fail = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path });
  const openSync = ((path: nodeFs.PathLike, ...rest: unknown[]) => {
    const f = failing.get(String(path));
    if (f?.syscall === 'open') throw fail(f.code, 'open', String(path));
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    fdPaths.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const readSync = ((fd: number, ...rest: unknown[]) => {
    const path = fdPaths.get(fd);
    const f = path === undefined ? undefined : failing.get(path);
    if (f?.syscall === 'read') throw fail(f.code, 'read', path!);
    return (fs.readSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.readSync;
  const closeSync = ((fd: number) => {
    fdPaths.delete(fd);
    fs.closeSync(fd);
  }) as typeof fs.closeSync;
  return { ...fs, default: { ...fs, openSync, readSync, closeSync }, openSync, readSync, closeSync };
});

const REPO = resolve(import.meta.dirname, '../..');
// The source text inline (source.text): minimal.json's textFile leads out of a temporary folder,
// which core/node/source-path.ts refuses, and these tests delete and restore the report's folder.
const GOOD = Buffer.from(
  readFileSync(join(REPO, 'tests/fixtures/good-reports/minimal.json'), 'utf8').replace(
    '"textFile": "../../../data/sources/shanxi-2025.txt"',
    `"text": ${JSON.stringify(readFileSync(join(REPO, 'data/sources/shanxi-2025.txt'), 'utf8'))}`,
  ),
);

let tmp: string;
let folder: string;
let file: string;
beforeEach(() => {
  failing.clear();
  tmp = mkdtempSync(join(tmpdir(), 'govbrief-faults-'));
  folder = join(tmp, 'tests', 'fixtures', 'good-reports');
  mkdirSync(folder, { recursive: true });
  file = join(folder, 'minimal.json');
  writeFileSync(file, GOOD);
});
afterEach(() => {
  failing.clear();
  nodeFs.chmodSync(tmp, 0o755);
  if (nodeFs.existsSync(file)) nodeFs.chmodSync(file, 0o644);
  rmSync(tmp, { recursive: true, force: true });
});

/** Short timings: the retries of a half-written file take ~0.1 s instead of ~1.5 s. */
const FAST = { debounceMs: 20, retries: 3, retryDelayMs: 30 } as const;

function watch(): { reloads: OpenedReport[]; stop: () => void; next: (count: number) => Promise<OpenedReport> } {
  const reloads: OpenedReport[] = [];
  const stop = watchReport(file, (o) => reloads.push(o), FAST);
  return {
    reloads,
    stop,
    next: async (count) => {
      await vi.waitFor(() => expect(reloads.length).toBeGreaterThanOrEqual(count), { timeout: 8000, interval: 20 });
      return reloads[count - 1]!;
    },
  };
}

/** The watcher needs a moment to be armed before the first change. */
const settle = () => new Promise((r) => setTimeout(r, 80));

/** One error, file-unreadable at 1:1, in both languages, with the reason. */
function expectUnreadable(opened: OpenedReport, reason: RegExp): Problem {
  expect(opened.file).toBe(file);
  const r = opened.result;
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.errors).toHaveLength(1);
  const e = r.errors[0]!;
  expect([e.code, e.severity, e.line, e.column]).toEqual(['file-unreadable', 'error', 1, 1]);
  expect(e.message.zh).toMatch(/无法读取文件/);
  expect(e.message.en).toMatch(/Cannot read the file/);
  expect(`${e.message.zh} ${e.message.en}`).toMatch(reason);
  expect(e.hint.zh.length).toBeGreaterThan(0);
  expect(e.hint.en.length).toBeGreaterThan(0);
  return e;
}

const expectGood = (opened: OpenedReport) =>
  expect(opened.result.ok ? 'ok' : opened.result.errors.map((e) => e.code)).toBe('ok');

describe('the open report file deleted', () => {
  it('is reported as not found once the retries are over; a file saved there later reloads', async () => {
    const w = watch();
    try {
      await settle();
      unlinkSync(file);
      expectUnreadable(await w.next(1), /file not found|文件不存在/);
      await new Promise((r) => setTimeout(r, 150));
      expect(w.reloads).toHaveLength(1); // reported once, not over and over
      writeFileSync(file, GOOD);
      expectGood(await w.next(2));
    } finally {
      w.stop();
    }
  });

  it('opening a file that was deleted after it was chosen (Ctrl+O, recent files) gives the same message', () => {
    unlinkSync(file);
    expectUnreadable(openReportFile(file), /file not found/);
  });
});

describe('the open report file renamed or moved', () => {
  it('renamed in its folder: not found; renamed back: reloads', async () => {
    const w = watch();
    try {
      await settle();
      renameSync(file, join(folder, 'renamed.json'));
      expectUnreadable(await w.next(1), /file not found/);
      renameSync(join(folder, 'renamed.json'), file);
      expectGood(await w.next(2));
    } finally {
      w.stop();
    }
  });

  it('moved to another folder: not found; a copy put back: reloads', async () => {
    const w = watch();
    try {
      await settle();
      mkdirSync(join(tmp, 'elsewhere'));
      renameSync(file, join(tmp, 'elsewhere', 'minimal.json'));
      expectUnreadable(await w.next(1), /file not found/);
      copyFileSync(join(tmp, 'elsewhere', 'minimal.json'), file);
      expectGood(await w.next(2));
    } finally {
      w.stop();
    }
  });
});

describe('the open report file made unreadable', () => {
  it('permission denied (EACCES on open): the permission message; readable again: reloads', async () => {
    const w = watch();
    try {
      await settle();
      failing.set(file, { syscall: 'open', code: 'EACCES' });
      writeFileSync(file, GOOD); // the change that makes the watcher read it
      expectUnreadable(await w.next(1), /permission denied|无权读取/);
      failing.clear();
      writeFileSync(file, GOOD);
      expectGood(await w.next(2));
    } finally {
      w.stop();
    }
  });

  it('an I/O error while reading (a network drive gone, a bad sector): the error is named', async () => {
    const w = watch();
    try {
      await settle();
      failing.set(file, { syscall: 'read', code: 'EIO' });
      writeFileSync(file, GOOD);
      expectUnreadable(await w.next(1), /EIO/);
    } finally {
      w.stop();
    }
  });

  it('replaced by a folder of the same name: "it is a folder"', async () => {
    const w = watch();
    try {
      await settle();
      unlinkSync(file);
      mkdirSync(file);
      expectUnreadable(await w.next(1), /folder|文件夹/);
    } finally {
      w.stop();
      rmSync(file, { recursive: true, force: true });
    }
  });
});

describe('the folder of the open report deleted', () => {
  it('main does not throw; the watcher can still be stopped', async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    const w = watch();
    try {
      await settle();
      rmSync(folder, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 400));
      // Whatever the platform's watcher reports (the file's removal, or nothing at all), what
      // arrives is a not-found error, never a crash.
      for (const opened of w.reloads) expectUnreadable(opened, /file not found/);
      console.log(`folder deleted: ${w.reloads.length} report(s) from the watcher`);
      expect(() => w.stop()).not.toThrow();
      expect(errors).toEqual([]);
    } finally {
      process.off('uncaughtException', onError);
      w.stop();
    }
  });
});
