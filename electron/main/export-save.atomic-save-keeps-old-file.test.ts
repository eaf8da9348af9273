/**
 * Saving an export: a write that fails midway (disk full, no permission, a failed flush or
 * rename) leaves the previous file intact and no temp file behind, and the user gets the right
 * message; cancelling the dialog is "cancelled", not an error. Failures are injected through
 * writeFileAtomic's AtomicFs parameter and saveExport's write dependency, on real temp folders.
 */
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AtomicFs, writeFileAtomic } from '../../core/node/atomic-write';
import { saveDialogInto, saveExport, type SaveDeps } from './export-save';

const OLD = 'the previous export, which must survive';
const NEW = new TextEncoder().encode('PK\u0003\u0004'.padEnd(64 * 1024, 'x'));

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-save-'));
  target = join(dir, '报告.pptx');
  writeFileSync(target, OLD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

const realFs: AtomicFs = {
  openSync,
  writeSync: (fd, b, o, l) => writeSync(fd, b, o, l),
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
};

/** Real file operations, except that `step` fails with `code` (writes fail after a partial chunk). */
function failingFs(step: 'write' | 'fsync' | 'rename' | 'close', code: string): AtomicFs {
  let writes = 0;
  return {
    ...realFs,
    writeSync: (fd, b, o, l) => {
      if (step === 'write' && writes++ > 0) throw errno(code);
      // The first call writes only part of the data, as a nearly full disk does.
      return realFs.writeSync(fd, b, o, step === 'write' ? Math.min(l, 1000) : l);
    },
    fsyncSync: (fd) => {
      if (step === 'fsync') throw errno(code);
      realFs.fsyncSync(fd);
    },
    closeSync: (fd) => {
      realFs.closeSync(fd);
      if (step === 'close') throw errno(code);
    },
    renameSync: (a, b) => {
      if (step === 'rename') throw errno(code);
      realFs.renameSync(a, b);
    },
  };
}

function expectOldFileAloneInDir(): void {
  expect(readFileSync(target, 'utf8')).toBe(OLD);
  expect(readdirSync(dir)).toEqual(['报告.pptx']);
}

describe('writeFileAtomic (the AtomicFs parameter)', () => {
  it.each([
    ['write', 'ENOSPC'],
    ['write', 'EIO'],
    ['fsync', 'EIO'],
    ['close', 'EIO'],
    ['rename', 'EACCES'],
    ['rename', 'EXDEV'],
  ] as const)('a failing %s (%s) keeps the old file and leaves no temp file', (step, code) => {
    expect(() => writeFileAtomic(target, NEW, failingFs(step, code))).toThrow(code);
    expectOldFileAloneInDir();
  });

  it('replaces the file when every step succeeds, leaving no temp file', () => {
    writeFileAtomic(target, NEW, realFs);
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(readdirSync(dir)).toEqual(['报告.pptx']);
  });
});

function deps(
  over: Partial<SaveDeps> & { chosen?: string | undefined; canceled?: boolean } = {},
): SaveDeps & { dialog: ReturnType<typeof vi.fn> } {
  const dialog = vi.fn(async () => ({
    canceled: over.canceled ?? false,
    filePath: 'chosen' in over ? over.chosen : target,
  }));
  return { defaultDir: dir, showSaveDialog: dialog, dialog, ...(over.write ? { write: over.write } : {}) };
}

describe('saveExport (the write dependency)', () => {
  it('disk full midway: old file intact, no temp file, the disk-full message', async () => {
    const d = deps({ write: (p, b) => writeFileAtomic(p, b, failingFs('write', 'ENOSPC')) });
    const outcome = await saveExport(NEW, '报告.pptx', d);
    expect(outcome).toMatchObject({ ok: false, cancelled: false });
    if (outcome.ok || outcome.cancelled) throw new Error('unreachable');
    expect(outcome.message.zh).toContain('磁盘空间不足');
    expect(outcome.message.en).toContain('disk is full');
    expect(outcome.message.en).toContain(target);
    expect(outcome.message.zh).toContain('原有文件未受影响');
    expectOldFileAloneInDir();
  });

  it('permission denied: old file intact, the permission message', async () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const d = deps({ write: (p, b) => writeFileAtomic(p, b, failingFs('rename', code)) });
      const outcome = await saveExport(NEW, '报告.pptx', d);
      if (outcome.ok || outcome.cancelled) throw new Error(`${code}: expected a failure`);
      expect(outcome.message.zh, code).toContain('没有写入权限');
      expect(outcome.message.en, code).toContain('No permission');
      expectOldFileAloneInDir();
    }
  });

  it('a missing folder and an unknown error get their own messages', async () => {
    const missing = await saveExport(NEW, 'a.pptx', deps({ chosen: join(dir, 'gone', 'a.pptx') }));
    if (missing.ok || missing.cancelled) throw new Error('expected a failure');
    expect(missing.message.zh).toContain('文件夹不存在');
    const odd = await saveExport(
      NEW,
      'a.pptx',
      deps({
        write: () => {
          throw errno('EIO');
        },
      }),
    );
    if (odd.ok || odd.cancelled) throw new Error('expected a failure');
    expect(odd.message.en).toContain('EIO');
    expectOldFileAloneInDir();
  });

  it('cancel in the dialog is "cancelled" and writes nothing', async () => {
    const write = vi.fn();
    expect(await saveExport(NEW, '报告.pptx', deps({ canceled: true, write }))).toEqual({ ok: false, cancelled: true });
    expect(await saveExport(NEW, '报告.pptx', deps({ chosen: undefined, write }))).toEqual({
      ok: false,
      cancelled: true,
    });
    expect(await saveExport(NEW, '报告.pptx', deps({ chosen: '', write }))).toEqual({ ok: false, cancelled: true });
    expect(write).not.toHaveBeenCalled();
    expectOldFileAloneInDir();
  });

  it('offers the default folder, name and filter, and saves atomically by default', async () => {
    const d = deps({ chosen: join(dir, '新文件') });
    const outcome = await saveExport(NEW, '报告.pptx', d);
    expect(d.dialog).toHaveBeenCalledWith({
      defaultPath: join(dir, '报告.pptx'),
      filters: [{ name: 'PowerPoint 演示文稿', extensions: ['pptx'] }],
    });
    // The extension is added when the user typed a name without it.
    expect(outcome).toEqual({ ok: true, path: join(dir, '新文件.pptx') });
    expect(new Uint8Array(readFileSync(join(dir, '新文件.pptx')))).toEqual(NEW);
    expect(readdirSync(dir).sort()).toEqual(['报告.pptx', '新文件.pptx'].sort());
  });

  it('PDF exports get the PDF filter and extension', async () => {
    const d = deps({ chosen: join(dir, 'brief.PDF') });
    expect(await saveExport(NEW, '简报.pdf', d)).toEqual({ ok: true, path: join(dir, 'brief.PDF') });
    expect(d.dialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'PDF 文档', extensions: ['pdf'] }] }),
    );
  });
});

describe('saveDialogInto (GOVBRIEF_TEST_SAVE_DIR, end-to-end tests only)', () => {
  it('picks the suggested name inside the folder, never outside it', async () => {
    const pick = saveDialogInto(dir);
    expect(await pick({ defaultPath: '/home/u/Documents/报告.pptx', filters: [] })).toEqual({
      canceled: false,
      filePath: join(dir, '报告.pptx'),
    });
    expect(await pick({ defaultPath: '/x/../../etc/passwd.pptx', filters: [] })).toEqual({
      canceled: false,
      filePath: join(dir, 'passwd.pptx'),
    });
  });

  it('refuses a relative folder (as a cancelled dialog)', async () => {
    expect(await saveDialogInto('relative/dir')({ defaultPath: '/a/b.pptx', filters: [] })).toEqual({ canceled: true });
  });
});
