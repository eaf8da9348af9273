/**
 * Atomic save keeps what the replaced file was: its permission bits (a 0600 file stays private),
 * and, when the target is a symbolic link, the link (its target file is written, not the link
 * replaced by a plain file). After the rename the folder is flushed (POSIX), so the rename
 * survives a power cut; a folder that cannot be flushed does not fail a save that happened.
 */
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicFs, fsyncFolder, writeFileAtomic } from './atomic-write';

const posix = process.platform !== 'win32';
const bytes = (s: string) => new TextEncoder().encode(s);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fsWith = (extra: Partial<AtomicFs>): AtomicFs => ({
  openSync: nodeFs.openSync,
  writeSync: (fd, b, o, l) => nodeFs.writeSync(fd, b, o, l),
  fsyncSync: nodeFs.fsyncSync,
  closeSync: nodeFs.closeSync,
  renameSync: nodeFs.renameSync,
  rmSync: nodeFs.rmSync,
  ...extra,
});

describe('atomic save keeps the replaced file’s mode and links', () => {
  it.runIf(posix)('a 0600 file is still 0600 after the save, a 0755 one 0755', () => {
    for (const mode of [0o600, 0o755]) {
      const path = join(dir, `f-${mode.toString(8)}.json`);
      writeFileSync(path, 'old');
      nodeFs.chmodSync(path, mode);
      writeFileAtomic(path, bytes('new'));
      expect(readFileSync(path, 'utf8')).toBe('new');
      expect(statSync(path).mode & 0o777).toBe(mode);
    }
  });

  it.runIf(posix)('a new file gets 0644 less the umask, as before', () => {
    const path = join(dir, 'new.json');
    writeFileAtomic(path, bytes('x'));
    expect(statSync(path).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it.runIf(posix)('a symbolic link is written through: the link stays, its target file has the new bytes', () => {
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', link);
    writeFileAtomic(link, bytes('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it.runIf(posix)('a dangling link is followed to where it points (the file is created there)', () => {
    const link = join(dir, 'dangling.json');
    symlinkSync('made.json', link);
    writeFileAtomic(link, bytes('made'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.json'), 'utf8')).toBe('made');
  });

  it('the folder is flushed after the rename, not before', () => {
    const steps: string[] = [];
    const path = join(dir, 'f.json');
    writeFileAtomic(
      path,
      bytes('x'),
      fsWith({
        renameSync: (a, b) => {
          steps.push('rename');
          nodeFs.renameSync(a, b);
        },
        fsyncFolder: (folder) => steps.push(`fsync folder ${folder === dir ? 'of the file' : folder}`),
      }),
    );
    expect(steps).toEqual(['rename', 'fsync folder of the file']);
  });

  it('a folder that cannot be flushed (a network share) does not fail the save', () => {
    const path = join(dir, 'f.json');
    expect(() =>
      writeFileAtomic(
        path,
        bytes('x'),
        fsWith({
          fsyncFolder: () => {
            throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
          },
        }),
      ),
    ).not.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('x');
  });

  it.runIf(posix)('the real folder flush opens and fsyncs a folder on this system', () => {
    expect(() => fsyncFolder(dir)).not.toThrow();
    expect(() => fsyncFolder(join(dir, 'no-such-folder'))).toThrow(/ENOENT/);
  });
});
