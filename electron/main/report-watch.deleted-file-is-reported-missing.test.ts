/**
 * Deleting the open report (its folder stays) is not mistaken for a save in progress forever:
 * after the half-written retries, onReload gets the loader's result for a missing file, whose
 * error says the file is not found (the renderer keeps the last good deck and shows the error).
 * The watcher keeps watching: when the file is written again it is reloaded. Once with the
 * watcher and the timers injected, once with the real fs watcher.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../core/report/load';
import { type OpenedReport, watchReport } from './report-watch';

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
let file: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govbrief-deleted-'));
  const reportDir = join(tmp, 'tests', 'fixtures', 'good-reports');
  mkdirSync(reportDir, { recursive: true });
  file = join(reportDir, 'minimal.json');
  writeFileSync(file, GOOD);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function saysMissing(r: LoadResult): boolean {
  return (
    !r.ok &&
    r.errors.length > 0 &&
    r.errors.every(
      (e) => e.code === 'file-unreadable' && /file not found/.test(e.message.en) && /文件不存在/.test(e.message.zh),
    )
  );
}

describe('a deleted report file (injected watcher and timers)', () => {
  it('is reported as missing after the retries, and reloaded when written again', () => {
    const timers: { fn: () => void; ms: number }[] = [];
    let fire: (() => void) | undefined;
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), {
      debounceMs: 150,
      retries: 3,
      retryDelayMs: 250,
      watch: (_p, listener) => {
        fire = listener;
        return { close: () => {} };
      },
      setTimeout: (fn, ms) => timers.push({ fn, ms }),
      clearTimeout: () => {},
    });
    unlinkSync(file);
    fire!();
    const delays: number[] = [];
    while (timers.length > 0) {
      const t = timers.shift()!;
      delays.push(t.ms);
      t.fn();
    }
    // The debounce, then every retry (it might have been a save in progress), then the report.
    expect(delays).toEqual([150, 250, 250, 250]);
    expect(reloads).toHaveLength(1);
    expect(reloads[0]!.file).toBe(file);
    expect(saysMissing(reloads[0]!.result)).toBe(true);

    writeFileSync(file, GOOD);
    fire!();
    timers.shift()!.fn();
    expect(reloads.map((r) => r.result.ok)).toEqual([false, true]);
    stop();
  });
});

describe('a deleted report file (real fs watcher)', () => {
  it('is reported as missing, and reloaded when written again', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), {
      debounceMs: 30,
      retries: 3,
      retryDelayMs: 30,
      folderPollMs: 50,
    });
    const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 25 });
    try {
      await new Promise((r) => setTimeout(r, 100));
      unlinkSync(file);
      await until(() => expect(reloads.length).toBeGreaterThanOrEqual(1));
      expect(saysMissing(reloads.at(-1)!.result)).toBe(true);

      writeFileSync(file, GOOD);
      await until(() => expect(reloads.at(-1)!.result.ok).toBe(true));
    } finally {
      stop();
    }
  }, 30_000);
});
