/**
 * Atomic file writes: the bytes go to a temp file in the target's folder, are flushed to disk,
 * and only then renamed over the target; then the folder is flushed too (POSIX), so the rename
 * itself survives a power cut. A failure at any step leaves the previous file intact and no temp
 * file behind. The replaced file keeps its permissions (a 0600 file stays private), and a target
 * that is a symbolic link is written through: its target file is replaced, the link stays.
 * Used by the CLI and the Electron main process.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations used, injectable so tests can make any step fail. */
export interface AtomicFs {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
  /** Flushes a folder's entries to disk (after the rename); POSIX only. */
  fsyncFolder?: (folder: string) => void;
}

const realFs: AtomicFs = {
  openSync,
  writeSync: (fd, b, o, l) => writeSync(fd, b, o, l),
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
};

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** On POSIX a folder can be opened and fsynced; Windows has no such call (and needs none). */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file to replace: the target, or, when the target is a symbolic link (a report linked into
 * a synced folder, a dotfile manager's link), the file it points to — replacing the link with a
 * plain file would cut it silently. A dangling link is followed to where it points.
 */
export function writeTargetOf(target: string): string {
  let isLink: boolean;
  try {
    isLink = lstatSync(target).isSymbolicLink();
  } catch {
    return target; // No file yet: it is created.
  }
  if (!isLink) return target;
  try {
    return realpathSync(target);
  } catch {
    return resolve(dirname(target), readlinkSync(target));
  }
}

/** The permission bits of the file being replaced, or undefined when there is none. */
function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

export function writeFileAtomic(requested: string, bytes: Uint8Array, fs: AtomicFs = realFs): void {
  const target = writeTargetOf(requested);
  const mode = modeOf(target);
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o644);
    // Exactly the old file's mode (openSync's mode passes through the umask).
    if (mode !== undefined && process.platform !== 'win32') fchmodSync(fd, mode);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    // Forget the descriptor before closing: close releases it even when it reports an error, and
    // closing it again could close a file opened meanwhile under the same number.
    const open = fd;
    fd = undefined;
    fs.closeSync(open);
    fs.renameSync(temp, target);
  } catch (e) {
    cleanUp(fs, fd, temp);
    throw e;
  }
  // The new file is complete under its name; flushing the folder records the rename on disk. A
  // failure here is not a failed save (the file is there), so it is not reported as one.
  try {
    (fs.fsyncFolder ?? fsyncFolder)(dirname(target));
  } catch {
    // Some file systems (network shares) cannot fsync a folder.
  }
}

/** After a failed step: the descriptor closed (if still open) and the temp file removed. */
function cleanUp(fs: AtomicFs, fd: number | undefined, temp: string): void {
  if (fd !== undefined) {
    try {
      fs.closeSync(fd);
    } catch {
      // Closing a broken descriptor may fail too; the temp file is removed below either way.
    }
  }
  try {
    fs.rmSync(temp, { force: true });
  } catch {
    // Nothing more can be done; the original error is what the user needs to see.
  }
}

/** A message for the user for the usual write failures (disk full, no permission, …). */
export function writeErrorMessage(e: unknown, target: string): { zh: string; en: string } {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
      return {
        zh: `磁盘空间不足，未能保存 ${target}。原有文件未受影响。`,
        en: `The disk is full; ${target} was not saved. Any existing file is unchanged.`,
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        zh: `没有写入权限，未能保存 ${target}。请换一个文件夹。`,
        en: `No permission to write ${target}. Choose another folder.`,
      };
    case 'ENOENT':
      return { zh: `文件夹不存在：${dirname(target)}。`, en: `The folder does not exist: ${dirname(target)}.` };
    default:
      return {
        zh: `未能保存 ${target}：${code ?? String(e)}。原有文件未受影响。`,
        en: `Could not save ${target}: ${code ?? String(e)}. Any existing file is unchanged.`,
      };
  }
}
