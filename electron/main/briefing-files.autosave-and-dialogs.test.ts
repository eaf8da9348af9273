/**
 * Briefing files in main: the autosave goes to userData/briefings/<report id>.govbrief.json by an
 * atomic write (a failed write keeps the previous autosave, and says so); a missing, unreadable or
 * oversized autosave means "start afresh"; Save briefing names the file .govbrief.json whatever
 * the dialog returns; Open briefing hands the bytes (or why they could not be read) to the renderer.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  autosavePath,
  type BriefingDialogs,
  type BriefingFs,
  loadAutosave,
  MAX_BRIEFING_FILE_BYTES,
  nodeBriefingFs,
  openBriefingFile,
  saveAutosave,
  saveBriefingAs,
} from './briefing-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-briefings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const realFs = () => nodeBriefingFs((d) => mkdirSync(d, { recursive: true }));
const TEXT = '{"kind":"govbrief-briefing","name":"山西"}\n';

function dialogs(over: Partial<BriefingDialogs> = {}): BriefingDialogs {
  return {
    defaultDir: '/home/u/Documents',
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, '会议.govbrief.json') })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [join(dir, '会议.govbrief.json')] })),
    ...over,
  };
}

describe('autosave', () => {
  it('writes one file per report in userData/briefings and reads it back', () => {
    expect(autosavePath('/u', 'shanxi-2025')).toBe(join('/u', 'briefings', 'shanxi-2025.govbrief.json'));
    expect(loadAutosave(dir, 'shanxi-2025', realFs())).toBeUndefined();
    expect(saveAutosave(dir, 'shanxi-2025', TEXT, realFs())).toBe(true);
    expect(loadAutosave(dir, 'shanxi-2025', realFs())).toBe(TEXT);
    expect(loadAutosave(dir, 'china-2025', realFs())).toBeUndefined();
    expect(readdirSync(join(dir, 'briefings'))).toEqual(['shanxi-2025.govbrief.json']);
  });

  it('a failed write keeps the previous autosave, leaves no temp file, and reports false', () => {
    expect(saveAutosave(dir, 'shanxi-2025', TEXT, realFs())).toBe(true);
    const log = vi.fn();
    const failing: BriefingFs = {
      ...realFs(),
      write: () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    expect(saveAutosave(dir, 'shanxi-2025', '{"new":1}', failing, log)).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk is full'));
    expect(loadAutosave(dir, 'shanxi-2025', realFs())).toBe(TEXT);
    expect(readdirSync(join(dir, 'briefings')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unreadable or oversized autosave is ignored (start from the whole report)', () => {
    saveAutosave(dir, 'shanxi-2025', TEXT, realFs());
    const unreadable: BriefingFs = {
      ...realFs(),
      read: () => {
        throw Object.assign(new Error('no'), { code: 'EACCES' });
      },
    };
    expect(loadAutosave(dir, 'shanxi-2025', unreadable)).toBeUndefined();
    expect(loadAutosave(dir, 'shanxi-2025', { ...realFs(), size: () => MAX_BRIEFING_FILE_BYTES + 1 })).toBeUndefined();
  });
});

describe('Save briefing', () => {
  it('writes the text atomically where the user chose, as .govbrief.json', async () => {
    const out = await saveBriefingAs(TEXT, '山西.govbrief.json', dialogs(), realFs());
    expect(out).toEqual({ ok: true, path: join(dir, '会议.govbrief.json') });
    expect(readFileSync(join(dir, '会议.govbrief.json'), 'utf8')).toBe(TEXT);
    for (const [chosen, written] of [
      ['a', 'a.govbrief.json'],
      ['b.json', 'b.govbrief.json'],
      ['c.GOVBRIEF.JSON', 'c.GOVBRIEF.JSON'],
    ]) {
      const r = await saveBriefingAs(
        TEXT,
        'x.govbrief.json',
        dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: join(dir, chosen!) }) }),
        realFs(),
      );
      expect(r).toEqual({ ok: true, path: join(dir, written!) });
    }
  });

  it('offers the suggested name in the last folder; cancel writes nothing', async () => {
    const d = dialogs({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await saveBriefingAs(TEXT, '山西.govbrief.json', d, realFs())).toEqual({ ok: false, cancelled: true });
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/u/Documents', '山西.govbrief.json') }),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed write keeps the old file and says why', async () => {
    writeFileSync(join(dir, '会议.govbrief.json'), 'old');
    const failing: BriefingFs = {
      ...realFs(),
      write: () => {
        throw Object.assign(new Error('no'), { code: 'EACCES' });
      },
    };
    const r = await saveBriefingAs(TEXT, 'x.govbrief.json', dialogs(), failing);
    expect(r).toMatchObject({ ok: false, cancelled: false, message: { zh: expect.stringContaining('没有写入权限') } });
    expect(readFileSync(join(dir, '会议.govbrief.json'), 'utf8')).toBe('old');
  });
});

describe('Open briefing', () => {
  it('returns the file name and its bytes; cancel returns nothing', async () => {
    writeFileSync(join(dir, '会议.govbrief.json'), TEXT);
    const r = await openBriefingFile(dialogs(), realFs());
    expect(r && 'bytes' in r ? { file: r.file, text: new TextDecoder().decode(r.bytes) } : r).toEqual({
      file: '会议.govbrief.json',
      text: TEXT,
    });
    expect(
      await openBriefingFile(dialogs({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }), realFs()),
    ).toBeUndefined();
  });

  it('an unreadable or oversized file comes back as a message, not as bytes', async () => {
    const missing = await openBriefingFile(dialogs(), realFs());
    expect(missing).toMatchObject({ file: '会议.govbrief.json', error: { en: expect.stringContaining('ENOENT') } });
    writeFileSync(join(dir, '会议.govbrief.json'), TEXT);
    const big = await openBriefingFile(dialogs(), { ...realFs(), size: () => MAX_BRIEFING_FILE_BYTES + 1 });
    expect(big).toMatchObject({ error: { zh: expect.stringContaining('过大') } });
  });
});
