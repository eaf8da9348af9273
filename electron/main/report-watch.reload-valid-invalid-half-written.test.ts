/**
 * The open report is watched: a valid save reloads the deck, an invalid save reports its errors
 * (the renderer keeps the last good deck), and a half-written file (empty, cut short, cut inside
 * a character, briefly missing) is retried: when it is completed within the retry window only the
 * final good result is reported, never the half one. Real temp files are read through the real
 * loader; the watcher and the timers are injected so each step is explicit. A last group uses
 * the real fs watcher, including saves that replace the file by renaming over it.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../core/node/atomic-write';
import { DEFAULT_RETRIES, looksHalfWritten, type OpenedReport, openReportFile, watchReport } from './report-watch';

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
/** A schema error: the title is missing. */
const INVALID = (() => {
  const r = JSON.parse(GOOD.toString('utf8')) as Record<string, unknown>;
  delete r['title'];
  return Buffer.from(JSON.stringify(r, null, 2));
})();

let tmp: string;
let file: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govbrief-watch-'));
  const reportDir = join(tmp, 'tests', 'fixtures', 'good-reports');
  mkdirSync(reportDir, { recursive: true });
  file = join(reportDir, 'minimal.json');
  writeFileSync(file, GOOD);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Timers run only when the test says so; the watcher fires only when the test says so. */
function harness(options: { retries?: number } = {}) {
  const timers: { fn: () => void; ms: number; id: number }[] = [];
  let nextId = 1;
  let fire: (() => void) | undefined;
  const close = vi.fn();
  const reloads: OpenedReport[] = [];
  const loads = vi.fn(openReportFile);
  const stop = watchReport(file, (o) => reloads.push(o), {
    debounceMs: 150,
    retryDelayMs: 250,
    ...options,
    load: loads,
    watch: (_p, listener) => {
      fire = listener;
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
    loads,
    close,
    stop,
    timers,
    change: () => fire!(),
    /** Runs the next pending timer; returns its delay. */
    tick(): number {
      const t = timers.shift();
      if (!t) throw new Error('no timer pending');
      t.fn();
      return t.ms;
    },
  };
}

describe('looksHalfWritten', () => {
  const load = (bytes: Uint8Array | string) => {
    writeFileSync(file, bytes);
    return openReportFile(file).result;
  };
  it('recognises empty, cut-short, cut-inside-a-character and missing files', () => {
    expect(looksHalfWritten(load(''))).toBe(true);
    expect(looksHalfWritten(load(GOOD.subarray(0, 200)))).toBe(true);
    const cutInChar = GOOD.subarray(0, GOOD.indexOf(Buffer.from('山西')) + 1);
    expect(looksHalfWritten(load(cutInChar))).toBe(true);
    unlinkSync(file);
    expect(looksHalfWritten(openReportFile(file).result)).toBe(true);
  });
  it('does not take a complete but invalid file for a half-written one', () => {
    expect(looksHalfWritten(load(GOOD))).toBe(false);
    expect(looksHalfWritten(load(INVALID))).toBe(false);
    expect(looksHalfWritten(load('{"schemaVersion": 1,, }'))).toBe(false);
  });
});

describe('watchReport reload path', () => {
  it('a valid save reloads with the new report', () => {
    const h = harness();
    h.change();
    expect(h.tick()).toBe(150);
    expect(h.reloads).toHaveLength(1);
    const r = h.reloads[0]!;
    expect(r.file).toBe(file);
    expect(r.result.ok).toBe(true);
    if (r.result.ok) expect(r.result.report.title).toBe(GOOD_TITLE);
    expect(h.timers).toEqual([]);
  });

  it('an invalid save is reported with its errors straight away (no retries)', () => {
    const h = harness();
    writeFileSync(file, INVALID);
    h.change();
    h.tick();
    expect(h.loads).toHaveBeenCalledTimes(1);
    expect(h.reloads).toHaveLength(1);
    const r = h.reloads[0]!.result;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.code.startsWith('schema') || /title/.test(e.message.en))).toBe(true);
    expect(h.timers).toEqual([]);
  });

  it('valid, then invalid, then valid again: each save is reported in order', () => {
    const h = harness();
    h.change();
    h.tick();
    writeFileSync(file, INVALID);
    h.change();
    h.tick();
    writeFileSync(file, GOOD);
    h.change();
    h.tick();
    expect(h.reloads.map((r) => r.result.ok)).toEqual([true, false, true]);
  });

  const halves: [string, () => void][] = [
    ['an empty file', () => writeFileSync(file, '')],
    ['a file cut short', () => writeFileSync(file, GOOD.subarray(0, Math.floor(GOOD.length / 2)))],
    [
      'a file cut inside a Chinese character',
      () => writeFileSync(file, GOOD.subarray(0, GOOD.lastIndexOf(Buffer.from('。')) + 1)),
    ],
    ['a file briefly missing (mid-rename)', () => unlinkSync(file)],
  ];

  it.each(halves)(
    '%s completed within the retry window: only the final good result is reported',
    (_name, halfWrite) => {
      const h = harness();
      halfWrite();
      h.change();
      h.tick(); // debounce: reads the half-written file
      h.tick(); // first retry: still half-written
      expect(h.reloads).toEqual([]);
      expect(h.timers.map((t) => t.ms)).toEqual([250]);
      writeFileSync(file, GOOD);
      h.tick(); // a retry reads the completed file
      expect(h.reloads).toHaveLength(1);
      expect(h.reloads[0]!.result.ok).toBe(true);
      expect(h.timers).toEqual([]);
    },
  );

  it('a half-written file completed with another change event: still only the good result', () => {
    const h = harness();
    writeFileSync(file, GOOD.subarray(0, 300));
    h.change();
    h.tick();
    expect(h.reloads).toEqual([]);
    writeFileSync(file, GOOD);
    h.change(); // cancels the pending retry and starts over
    expect(h.timers.map((t) => t.ms)).toEqual([150]);
    h.tick();
    expect(h.reloads.map((r) => r.result.ok)).toEqual([true]);
  });

  it('a file that stays half-written through every retry is finally reported as broken', () => {
    const h = harness({ retries: 3 });
    writeFileSync(file, GOOD.subarray(0, 300));
    h.change();
    for (let i = 0; i < 4; i++) h.tick();
    expect(h.loads).toHaveBeenCalledTimes(4);
    expect(h.reloads).toHaveLength(1);
    expect(h.reloads[0]!.result.ok).toBe(false);
    expect(h.timers).toEqual([]);
  });

  it('retries for a while by default (the retry window is about 1.5 s)', () => {
    expect(DEFAULT_RETRIES * 250).toBeGreaterThanOrEqual(1000);
  });

  it('a burst of change events is read once', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.change();
    expect(h.timers).toHaveLength(1);
    h.tick();
    expect(h.loads).toHaveBeenCalledTimes(1);
    expect(h.reloads).toHaveLength(1);
  });

  it('after stop nothing more is reported and the watcher is closed', () => {
    const h = harness();
    writeFileSync(file, GOOD.subarray(0, 300));
    h.change();
    h.tick();
    h.stop();
    expect(h.close).toHaveBeenCalled();
    expect(h.timers).toEqual([]);
    h.change();
    expect(h.timers).toEqual([]);
    expect(h.reloads).toEqual([]);
  });

  it('a file that cannot be watched keeps the deck and does not throw', () => {
    const stop = watchReport(file, () => {}, {
      watch: () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
    });
    expect(() => stop()).not.toThrow();
  });
});

describe('watchReport with the real file watcher', () => {
  async function waitFor(reloads: OpenedReport[], count: number): Promise<void> {
    await vi.waitFor(() => expect(reloads.length).toBeGreaterThanOrEqual(count), { timeout: 8000, interval: 25 });
  }

  it('reloads on in-place writes and on saves that rename a new file over the report', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), { debounceMs: 60, retryDelayMs: 100 });
    try {
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(file, INVALID); // in place
      await waitFor(reloads, 1);
      expect(reloads.at(-1)!.result.ok).toBe(false);

      writeFileAtomic(file, GOOD); // temp file + rename over the report
      await waitFor(reloads, 2);
      expect(reloads.at(-1)!.result.ok).toBe(true);

      // The watcher survives the rename: the next saves are seen too.
      const tmpCopy = join(tmp, 'tests', 'fixtures', 'good-reports', '.minimal.json.swp');
      writeFileSync(tmpCopy, INVALID);
      renameSync(tmpCopy, file);
      await waitFor(reloads, 3);
      expect(reloads.at(-1)!.result.ok).toBe(false);

      writeFileSync(file, GOOD);
      await waitFor(reloads, 4);
      expect(reloads.at(-1)!.result.ok).toBe(true);
      // Never a half-written result in between.
      expect(reloads.every((r) => r.result.ok || !looksHalfWritten(r.result))).toBe(true);
    } finally {
      stop();
    }
  });

  it('ignores other files in the same folder', async () => {
    const reloads: OpenedReport[] = [];
    const stop = watchReport(file, (o) => reloads.push(o), { debounceMs: 30 });
    try {
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(join(tmp, 'tests', 'fixtures', 'good-reports', 'other.json'), '{}');
      await new Promise((r) => setTimeout(r, 400));
      expect(reloads).toEqual([]);
    } finally {
      stop();
    }
  });
});
