/**
 * writeFileAtomic (atomic-write.ts): a save either replaces the file whole or leaves the previous
 * one untouched, and never leaves a temp file behind. Failures are injected at every step through
 * the AtomicFs parameter (a write that dies midway, fsync, close, rename), on real files.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicFs, tempPathFor, writeErrorMessage, writeFileAtomic } from './atomic-write';

const realFs: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${syscall}`), { code, syscall });
}

const OLD = new TextEncoder().encode('the previous briefing, which must survive');
const NEW = new Uint8Array(256 * 1024).map((_, i) => (i * 31 + 7) & 0xff);

let dir: string;
let target: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'govbrief-atomic-'));
  target = join(dir, '2025年山西省政府工作报告解读.pptx');
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

const listing = () => fs.readdirSync(dir).sort();
const tempFiles = () => listing().filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic: success', () => {
  it('writes a new file with exactly the bytes, and leaves no temp file', () => {
    writeFileAtomic(target, NEW);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(NEW))).toBe(0);
    expect(listing()).toEqual([target.slice(dir.length + 1)]);
  });

  it('replaces an existing file whole', () => {
    fs.writeFileSync(target, OLD);
    writeFileAtomic(target, NEW);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(NEW))).toBe(0);
    expect(tempFiles()).toEqual([]);
  });

  it('keeps writing after short writes (the OS may take fewer bytes than asked)', () => {
    const sizes: number[] = [];
    writeFileAtomic(target, NEW, {
      ...realFs,
      writeSync: (fd, b, o, l) => {
        const n = fs.writeSync(fd, b, o, Math.min(l, 1000));
        sizes.push(n);
        return n;
      },
    });
    expect(sizes.length).toBeGreaterThan(200);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(NEW))).toBe(0);
  });

  it('writes an empty file', () => {
    writeFileAtomic(target, new Uint8Array(0));
    expect(fs.readFileSync(target).length).toBe(0);
  });

  it('flushes the temp file before renaming it over the target, in the target’s own folder', () => {
    const calls: string[] = [];
    writeFileAtomic(target, NEW, {
      ...realFs,
      openSync: ((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
        calls.push(`open ${dirname(String(p)) === dir ? 'same-folder' : String(p)}`);
        return fs.openSync(p, flags, mode);
      }) as typeof fs.openSync,
      fsyncSync: (fd) => {
        calls.push('fsync');
        fs.fsyncSync(fd);
      },
      closeSync: (fd) => {
        calls.push('close');
        fs.closeSync(fd);
      },
      renameSync: (a, b) => {
        calls.push('rename');
        fs.renameSync(a, b);
      },
    });
    expect(calls).toEqual(['open same-folder', 'fsync', 'close', 'rename']);
  });

  it('names temp files in the target’s folder, hidden, distinct per call', () => {
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(dirname(a)).toBe(dir);
    expect(a).not.toBe(b);
    expect(a.slice(dir.length + 1)).toMatch(/^\..+\.tmp$/);
  });
});

describe('writeFileAtomic: a failure at any step keeps the old file and leaves no temp file', () => {
  const failures: { step: string; fs: () => AtomicFs }[] = [
    {
      step: 'write fails after some bytes (disk full midway)',
      fs: () => {
        let written = 0;
        return {
          ...realFs,
          writeSync: (fd, b, o, l) => {
            if (written > 64 * 1024) throw errno('ENOSPC', 'write');
            const n = fs.writeSync(fd, b, o, Math.min(l, 16 * 1024));
            written += n;
            return n;
          },
        };
      },
    },
    {
      step: 'fsync fails',
      fs: () => ({
        ...realFs,
        fsyncSync: () => {
          throw errno('EIO', 'fsync');
        },
      }),
    },
    {
      step: 'close fails',
      fs: () => ({
        ...realFs,
        closeSync: (fd) => {
          fs.closeSync(fd);
          throw errno('EIO', 'close');
        },
      }),
    },
    {
      step: 'rename fails',
      fs: () => ({
        ...realFs,
        renameSync: () => {
          throw errno('EXDEV', 'rename');
        },
      }),
    },
    {
      step: 'open fails',
      fs: () => ({
        ...realFs,
        openSync: (() => {
          throw errno('EMFILE', 'open');
        }) as typeof fs.openSync,
      }),
    },
  ];

  it.each(failures)('$step', ({ fs: makeFs }) => {
    fs.writeFileSync(target, OLD);
    const before = listing();
    expect(() => writeFileAtomic(target, NEW, makeFs())).toThrow(/injected failure/);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(OLD))).toBe(0);
    expect(listing()).toEqual(before);
    expect(tempFiles()).toEqual([]);
  });

  it('closes the descriptor exactly once, even when close reports an error', () => {
    fs.writeFileSync(target, OLD);
    const closed: number[] = [];
    const failingClose: AtomicFs = {
      ...realFs,
      closeSync: (fd) => {
        closed.push(fd);
        fs.closeSync(fd);
        throw errno('EIO', 'close');
      },
    };
    expect(() => writeFileAtomic(target, NEW, failingClose)).toThrow(/EIO/);
    expect(closed).toHaveLength(1);
    const closedOnWriteFailure: number[] = [];
    expect(() =>
      writeFileAtomic(target, NEW, {
        ...failures[0]!.fs(),
        closeSync: (fd) => (closedOnWriteFailure.push(fd), fs.closeSync(fd)),
      }),
    ).toThrow(/ENOSPC/);
    expect(closedOnWriteFailure).toHaveLength(1);
    expect(tempFiles()).toEqual([]);
  });

  it('with no previous file, a failed write leaves no file at all', () => {
    expect(() => writeFileAtomic(target, NEW, failures[0]!.fs())).toThrow(/ENOSPC/);
    expect(listing()).toEqual([]);
  });

  it('throws the original error even when cleaning up fails too', () => {
    fs.writeFileSync(target, OLD);
    const broken: AtomicFs = {
      ...failures[3]!.fs(),
      rmSync: () => {
        throw errno('EBUSY', 'rm');
      },
    };
    expect(() => writeFileAtomic(target, NEW, broken)).toThrow(/EXDEV/);
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(OLD))).toBe(0);
    // The temp file could not be removed by the (broken) rm: clean it for the next test.
    for (const t of tempFiles()) fs.rmSync(join(dir, t));
  });
});

describe('writeFileAtomic: the user’s messages', () => {
  /** A folder this process cannot create files in: chmod 555, or (as root, who ignores modes) sysfs. */
  function readOnlyFolder(): string | undefined {
    fs.chmodSync(dir, 0o555);
    try {
      fs.closeSync(fs.openSync(join(dir, '.probe'), 'wx'));
      fs.rmSync(join(dir, '.probe'));
    } catch {
      return dir;
    }
    // Root: file modes do not stop it; sysfs refuses new files to everyone.
    return process.platform === 'linux' && fs.existsSync('/sys/kernel') ? '/sys' : undefined;
  }

  it('a read-only folder gives the permission message, and no file appears', () => {
    const folder = readOnlyFolder();
    expect(folder, 'no read-only folder available on this machine').toBeDefined();
    const file = join(folder!, 'govbrief-export-test.pptx');
    let error: unknown;
    try {
      writeFileAtomic(file, NEW);
    } catch (e) {
      error = e;
    }
    expect(error, 'the write should fail').toBeDefined();
    expect(['EACCES', 'EPERM', 'EROFS']).toContain((error as NodeJS.ErrnoException).code);
    const m = writeErrorMessage(error, file);
    expect(m.zh).toContain('没有写入权限');
    expect(m.en).toContain('No permission');
    expect(m.en).toContain(file);
    expect(fs.existsSync(file)).toBe(false);
    if (folder === dir) expect(listing()).toEqual([]);
  });

  it('maps the usual errors to messages that say the old file is unchanged where it is', () => {
    const t = '/x/报告.pptx';
    expect(writeErrorMessage(errno('ENOSPC', 'write'), t).zh).toContain('磁盘空间不足');
    expect(writeErrorMessage(errno('ENOSPC', 'write'), t).en).toMatch(/disk is full.*unchanged/);
    for (const code of ['EACCES', 'EPERM', 'EROFS'])
      expect(writeErrorMessage(errno(code, 'open'), t).en).toContain('No permission');
    expect(writeErrorMessage(errno('ENOENT', 'open'), t).en).toBe('The folder does not exist: /x.');
    expect(writeErrorMessage(errno('EIO', 'fsync'), t).en).toBe(
      `Could not save ${t}: EIO. Any existing file is unchanged.`,
    );
    expect(writeErrorMessage(new Error('boom'), t).en).toContain('boom');
  });

  it('a missing folder gives the folder message', () => {
    const file = join(dir, 'no-such-folder', 'a.pptx');
    let error: unknown;
    try {
      writeFileAtomic(file, NEW);
    } catch (e) {
      error = e;
    }
    expect(writeErrorMessage(error, file).zh).toBe(`文件夹不存在：${join(dir, 'no-such-folder')}。`);
  });
});
