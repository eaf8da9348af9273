/**
 * Faults around exporting, with the core functions the app's export worker, the CLI and the
 * Electron main process run (already covered elsewhere: a write failing midway, fsync, close and
 * rename failures, a read-only folder — core/node/atomic-write.test.ts and
 * electron/main/export-save.atomic-save-keeps-old-file.test.ts):
 *   - the export folder full at every step of the save (no room for the temp file, the first
 *     write, midway, the flush): the previous file stays whole, no temp file is left, the user is
 *     told the disk is full, and saving again once there is room writes exactly the bytes;
 *   - two exports at once: each file is exactly what the same export gives alone (no state
 *     shared between exports leaks from one into the other);
 *   - two saves of the same file at once (two windows, two `govbrief export` runs), truly in
 *     parallel in two threads: the file is always one of the two complete exports, never a mix,
 *     and no temp file is left;
 *   - an export abandoned midway — its progress channel gone (the window closed), or its worker
 *     terminated — writes nothing, and the next export is as good as ever.
 */
import {
  readdirSync,
  readFileSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  fsyncSync,
  closeSync,
  renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../core/deck/compile';
import type { Deck } from '../../core/deck/types';
import { exportPdf } from '../../core/export/pdf';
import { REPRODUCIBLE, bundledDeck, bundledReport } from '../support/pdf-fixtures';
import { exportPptx } from '../../core/export/pptx';
import { runExport } from '../../core/export/run';
import { type AtomicFs, writeFileAtomic } from '../../core/node/atomic-write';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { saveExport } from '../../electron/main/export-save';
import { chartCategories, readPptx } from '../support/pptx-read';
import { exited, tsWorker } from './support/worker-thread';

const fonts = readExportFonts();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-export-faults-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listing = () => readdirSync(dir).sort();

/** What a PPTX says, slide by slide (its bytes differ run to run: pptxgenjs numbers charts with a process-wide counter and draws random section GUIDs). */
function pptxContent(bytes: Uint8Array): unknown {
  const pkg = readPptx(bytes);
  expect(pkg.parseProblems).toEqual([]);
  return pkg.slides.map((s) => ({
    text: s.text,
    notes: s.notes,
    hidden: s.hidden,
    charts: s.chartParts.map((p) => chartCategories(pkg.docs.get(p)!)),
  }));
}

// ---------------------------------------------------------------------------------------------

describe('the export folder full (ENOSPC)', () => {
  const OLD = new TextEncoder().encode('the previous export, which must survive');
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await exportPptx(bundledDeck('china-2025'))).bytes;
  });

  const real: AtomicFs = {
    openSync,
    writeSync: (fd, b, o, l) => writeSync(fd, b, o, l),
    fsyncSync,
    closeSync,
    renameSync,
    rmSync,
  };
  const enospc = (syscall: string) =>
    Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), { code: 'ENOSPC', syscall });
  /** A disk that fills up at `step` (the nth write call for 'write'). */
  const full = (step: 'open' | 'write' | 'fsync', nthWrite = 0): AtomicFs => {
    let writes = 0;
    return {
      ...real,
      openSync: ((...a: Parameters<typeof openSync>) => {
        if (step === 'open') throw enospc('open');
        return openSync(...a);
      }) as typeof openSync,
      writeSync: (fd, b, o, l) => {
        if (step === 'write' && writes++ >= nthWrite) throw enospc('write');
        // A nearly full disk takes part of a write before it refuses the rest.
        return writeSync(fd, b, o, Math.min(l, 4096));
      },
      fsyncSync: (fd) => {
        // Delayed allocation: the file system finds out at the flush.
        if (step === 'fsync') throw enospc('fsync');
        fsyncSync(fd);
      },
    };
  };

  it.each([
    ['no room even for the temp file', () => full('open')],
    ['the first write', () => full('write', 0)],
    ['midway through the file', () => full('write', 5)],
    ['the flush (delayed allocation)', () => full('fsync')],
  ])(
    '%s: the old file stays whole, no temp file, "disk full"; with room again the save writes exactly the bytes',
    async (_name, fs) => {
      const target = join(dir, '2025年政府工作报告解读.pptx');
      writeFileSync(target, OLD);
      const dialog = async () => ({ canceled: false, filePath: target });
      const outcome = await saveExport(bytes, '2025年政府工作报告解读.pptx', {
        showSaveDialog: dialog,
        defaultDir: dir,
        write: (p, b) => writeFileAtomic(p, b, fs()),
      });
      expect(outcome).toMatchObject({ ok: false, cancelled: false });
      if (outcome.ok || outcome.cancelled) return;
      expect(outcome.message.zh).toContain('磁盘空间不足');
      expect(outcome.message.en).toMatch(/disk is full.*unchanged/);
      expect(Buffer.from(readFileSync(target)).equals(Buffer.from(OLD))).toBe(true);
      expect(listing()).toEqual(['2025年政府工作报告解读.pptx']);

      const again = await saveExport(bytes, '2025年政府工作报告解读.pptx', { showSaveDialog: dialog, defaultDir: dir });
      expect(again).toEqual({ ok: true, path: target });
      expect(Buffer.from(readFileSync(target)).equals(Buffer.from(bytes))).toBe(true);
      expect(listing()).toEqual(['2025年政府工作报告解读.pptx']);
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('two exports at once', () => {
  it('PPTX and PDF exports interleaved give exactly what each gives alone', async () => {
    const shanxi = bundledDeck('shanxi-2025');
    const china = compileDeck(bundledReport('china-2025'), { theme: 'blue' });
    const jobs: (() => Promise<Uint8Array>)[] = [
      async () => (await exportPptx(shanxi)).bytes,
      async () => (await exportPdf(china, { layout: 'slides', fonts, ...REPRODUCIBLE })).bytes,
      async () => (await exportPptx(china)).bytes,
      async () => (await exportPdf(shanxi, { layout: 'handouts', perPage: 3, fonts, ...REPRODUCIBLE })).bytes,
      async () =>
        (await exportPdf(shanxi, { layout: 'memo', report: bundledReport('shanxi-2025'), fonts, ...REPRODUCIBLE }))
          .bytes,
    ];
    const alone: Uint8Array[] = [];
    for (const job of jobs) alone.push(await job());
    const together = await Promise.all(jobs.map((job) => job()));
    together.forEach((bytes, i) => {
      if (i === 0 || i === 2) expect(pptxContent(bytes), `job ${i}`).toEqual(pptxContent(alone[i]!));
      else expect(Buffer.from(bytes).equals(Buffer.from(alone[i]!)), `job ${i}: PDF bytes`).toBe(true);
    });
  }, 60_000);

  it('runExport (the worker’s and the CLI’s entry) twice at once: both complete, each with its own progress', async () => {
    const report = bundledReport('china-2025');
    const progress: Record<string, number[]> = { pptx: [], pdf: [] };
    const [pptx, pdf] = await Promise.all([
      runExport({ format: 'pptx', report, onProgress: (done) => progress['pptx']!.push(done) }),
      runExport({ format: 'pdf', report, fonts, onProgress: (done) => progress['pdf']!.push(done) }),
    ]);
    expect(pptx.fileName.endsWith('.pptx')).toBe(true);
    expect(pdf.fileName.endsWith('.pdf')).toBe(true);
    expect(progress['pptx']).toEqual(pptx.deck.slides.map((_, i) => i + 1));
    expect(progress['pdf']).toEqual(pdf.deck.slides.map((_, i) => i + 1));
    expect(pptxContent(pptx.bytes)).toEqual(pptxContent((await exportPptx(pptx.deck)).bytes));
  }, 60_000);
});

describe('two saves of the same file at once', () => {
  it('in two threads, 30 times each: the file is always one whole export, never a mix, and no temp file is left', async () => {
    const target = join(dir, '报告.pptx');
    const size = 2 * 1024 * 1024;
    const writers = [1, 2].map((fill) =>
      tsWorker(new URL('./support/atomic-writer.ts', import.meta.url), { target, fill, size, times: 30 }),
    );
    const exits = writers.map(exited);
    // Meanwhile, read the file as a viewer opening it would: whenever it exists it is whole.
    const seen = new Set<string>();
    const done = Promise.all(
      writers.map((w) => new Promise<{ failures: number }>((resolve) => w.once('message', resolve))),
    );
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      try {
        const b = readFileSync(target);
        seen.add(
          b.length === size && (b.every((x) => x === 1) || b.every((x) => x === 2))
            ? `whole ${b[0]}`
            : `MIXED or SHORT (${b.length} bytes)`,
        );
      } catch {
        // Not there yet.
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const results = await done;
    expect(await Promise.all(exits)).toEqual([0, 0]);
    expect(results).toEqual([{ failures: 0 }, { failures: 0 }]);
    expect(seen.size, 'the reader saw the file').toBeGreaterThan(0);
    expect([...seen].filter((s) => !s.startsWith('whole'))).toEqual([]);
    const final = readFileSync(target);
    expect(final.length).toBe(size);
    expect(final.every((x) => x === final[0])).toBe(true);
    expect(listing()).toEqual(['报告.pptx']);
  }, 60_000);

  it('two save dialogs answered in either order: both saves succeed, the file is the one saved last', async () => {
    const target = join(dir, '报告.pdf');
    const a = new Uint8Array(4096).fill(0x41);
    const b = new Uint8Array(4096).fill(0x42);
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const answer: ((v: { canceled: boolean; filePath: string }) => void)[] = [];
      const dialog = () => new Promise<{ canceled: boolean; filePath?: string }>((resolve) => answer.push(resolve));
      const saves = [a, b].map((bytes) => saveExport(bytes, '报告.pdf', { showSaveDialog: dialog, defaultDir: dir }));
      for (const i of order) answer[i]!({ canceled: false, filePath: target });
      expect(await Promise.all(saves)).toEqual([
        { ok: true, path: target },
        { ok: true, path: target },
      ]);
      expect(readFileSync(target)[0]).toBe([0x41, 0x42][order[1]!]);
      expect(listing()).toEqual(['报告.pdf']);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('an export abandoned midway (the window closed)', () => {
  class ChannelClosed extends Error {}

  it.each(['pptx', 'pdf'] as const)(
    '%s: its progress channel gone at slide 5 — the export stops with that error, nothing is written, the next export is unchanged',
    async (format) => {
      const report = bundledReport('shanxi-2025');
      const deck: Deck = bundledDeck('shanxi-2025');
      // The same export before and after the abandoned one (fixed date and id: PDF bytes comparable).
      const exportOnce = async (): Promise<unknown> =>
        format === 'pptx'
          ? pptxContent((await exportPptx(deck)).bytes)
          : Buffer.from((await exportPdf(deck, { layout: 'slides', fonts, ...REPRODUCIBLE })).bytes).toString('base64');
      const before = await exportOnce();
      const progress: number[] = [];
      await expect(
        runExport({
          format,
          report,
          deck,
          ...(format === 'pdf' ? { fonts } : {}),
          onProgress: (done) => {
            progress.push(done);
            if (done === 5) throw new ChannelClosed('the window is gone');
          },
        }),
      ).rejects.toBeInstanceOf(ChannelClosed);
      expect(progress).toEqual([1, 2, 3, 4, 5]);
      expect(listing()).toEqual([]);
      expect(await exportOnce()).toEqual(before);
    },
    60_000,
  );

  it('its worker terminated mid-export (as closing the window terminates the Web Worker): nothing is written, a new worker exports fine', async () => {
    const url = new URL('./support/export-worker.ts', import.meta.url);
    const first = tsWorker(url, { format: 'pptx', slides: 120 });
    const progressBeforeTerminate = await new Promise<number>((resolve, reject) => {
      first.on('message', (m: { kind: string; done?: number }) => {
        if (m.kind === 'progress' && m.done! >= 3) resolve(m.done!);
        if (m.kind === 'done') reject(new Error('finished before it could be terminated'));
      });
      first.once('error', reject);
    });
    await first.terminate();
    expect(progressBeforeTerminate).toBeGreaterThanOrEqual(3);
    expect(listing()).toEqual([]);

    const second = tsWorker(url, { format: 'pptx', slides: 20 });
    const result = await new Promise<{ kind: string; bytes?: number }>((resolve, reject) => {
      second.on('message', (m: { kind: string }) => {
        if (m.kind === 'done' || m.kind === 'failed') resolve(m);
      });
      second.once('error', reject);
    });
    await second.terminate();
    expect(result.kind).toBe('done');
    expect(result.bytes).toBeGreaterThan(10_000);
  }, 60_000);
});
