/**
 * Atomic file writes: the bytes go to a temp file in the target's folder, are flushed to disk,
 * and only then renamed over the target. A failure at any step leaves the previous file intact
 * and no temp file behind. Used by the CLI and the Electron main process.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used, injectable so tests can make any step fail. */
export interface AtomicFs {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
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

export function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicFs = realFs): void {
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o644);
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
    throw e;
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
