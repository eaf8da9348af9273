/**
 * Reading a file the user named, safely: only a regular file is read, and never more than a
 * limit. A FIFO made openSync wait forever; /dev/zero grew the CLI to 7 GB in 20 s; /proc files
 * read as "empty"; a symlink loop showed a bare "ELOOP". Here the file is opened non-blocking
 * (a FIFO opens at once instead of waiting for a writer), checked with fstat on the open
 * descriptor (no race between a check and the open), and read in chunks up to limit + 1 bytes,
 * whatever size it claims. Every read of a report, source text or briefing goes through here.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Bilingual } from '../report/problems';

export type NotRegularKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'pseudo-file';

export type RegularRead =
  | { kind: 'ok'; bytes: Uint8Array }
  /** Larger than the limit: `size` is what fstat said, or at least limit + 1 when it grew. */
  | { kind: 'too-large'; size: number }
  | { kind: 'not-regular'; what: NotRegularKind }
  /** The open or read failed: `code` is the errno name (ENOENT, EACCES, ELOOP…). */
  | { kind: 'error'; code: string };

/** Non-blocking where the system has it (POSIX); Windows has no FIFOs to wait on. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

function kindOf(stat: Stats): NotRegularKind | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice()) return 'character-device';
  if (stat.isBlockDevice()) return 'block-device';
  return 'socket';
}

function errnoCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
}

/** Reads `path` if it is a regular file of at most `limitBytes`; never blocks, never throws. */
export function readRegularFile(path: string, limitBytes: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    const code = errnoCode(e);
    return code === 'EISDIR' ? { kind: 'not-regular', what: 'directory' } : { kind: 'error', code };
  }
  try {
    const stat = fstatSync(fd);
    const what = kindOf(stat);
    if (what) return { kind: 'not-regular', what };
    if (stat.size > limitBytes) return { kind: 'too-large', size: stat.size };
    // Read to the end, not to the size fstat gave: a file may grow meanwhile, and files in /proc
    // say 0 bytes yet have contents. Never more than limit + 1 bytes (that is enough to refuse).
    const chunks: Uint8Array[] = [];
    let got = 0;
    for (;;) {
      const room = limitBytes + 1 - got;
      if (room <= 0) return { kind: 'too-large', size: Math.max(stat.size, got) };
      const buf = new Uint8Array(Math.min(room, Math.max(CHUNK_BYTES, stat.size - got + 1)));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      got += n;
    }
    // A regular file that said it was empty but was not: the kernel makes its text as it is read.
    if (stat.size === 0 && got > 0) return { kind: 'not-regular', what: 'pseudo-file' };
    if (got > limitBytes) return { kind: 'too-large', size: got };
    if (chunks.length === 1) return { kind: 'ok', bytes: chunks[0]! };
    const bytes = new Uint8Array(got);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { kind: 'ok', bytes };
  } catch (e) {
    return { kind: 'error', code: errnoCode(e) };
  } finally {
    closeSync(fd);
  }
}

const MIB = 1024 * 1024;

/** Why a read failed, in both languages: says what the path is and what to do. */
export function readFailureReason(r: Exclude<RegularRead, { kind: 'ok' }>, limitBytes: number): Bilingual {
  switch (r.kind) {
    case 'too-large':
      return {
        zh: `文件大小 ${(r.size / MIB).toFixed(1)} MB，超过上限 ${(limitBytes / MIB).toFixed(0)} MB`,
        en: `the file is ${(r.size / MIB).toFixed(1)} MB, over the limit of ${(limitBytes / MIB).toFixed(0)} MB`,
      };
    case 'not-regular':
      return notRegularReason(r.what);
    case 'error':
      return errorReason(r.code);
  }
}

function notRegularReason(what: NotRegularKind): Bilingual {
  switch (what) {
    case 'directory':
      return { zh: '这是文件夹，不是文件', en: 'it is a folder, not a file' };
    case 'fifo':
      return {
        zh: '这是命名管道（FIFO），不是普通文件；读取它会一直等待',
        en: 'it is a named pipe (FIFO), not a regular file; reading it would wait forever',
      };
    case 'character-device':
      return {
        zh: '这是设备（如 /dev/zero），不是普通文件',
        en: 'it is a device (like /dev/zero), not a regular file',
      };
    case 'block-device':
      return { zh: '这是磁盘设备，不是普通文件', en: 'it is a disk device, not a regular file' };
    case 'socket':
      return { zh: '这是套接字，不是普通文件', en: 'it is a socket, not a regular file' };
    case 'pseudo-file':
      return {
        zh: '这是系统生成的文件（如 /proc 下的文件），不是普通文件',
        en: 'it is a file the system makes up as it is read (like those in /proc), not a regular file',
      };
  }
}

function errorReason(code: string): Bilingual {
  switch (code) {
    case 'ENOENT':
      return { zh: '文件不存在', en: 'file not found' };
    case 'EACCES':
    case 'EPERM':
      return { zh: '无权读取', en: 'permission denied' };
    case 'ELOOP':
      return {
        zh: '符号链接循环指向自身（链接过多）',
        en: 'a symbolic link that leads back to itself (too many levels of links)',
      };
    case 'ENOTDIR':
      return { zh: '路径中有一部分不是文件夹', en: 'a part of the path is not a folder' };
    case 'ENAMETOOLONG':
      return { zh: '路径过长', en: 'the path is too long' };
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return { zh: '文件暂时无法读取（被占用）', en: 'the file cannot be read now (it is busy)' };
    default:
      return { zh: `读取失败（${code}）`, en: `the read failed (${code})` };
  }
}

/** A refused or failed read, as an exception for callers that read through a throwing interface. */
export class ReadRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: Bilingual,
    readonly code: string,
  ) {
    super(`${path}: ${reason.en}`);
  }
}

/** readRegularFile for a `read(path): bytes` interface: the bytes, or a ReadRefused thrown. */
export function readRegularFileOrThrow(path: string, limitBytes: number): Uint8Array {
  const r = readRegularFile(path, limitBytes);
  if (r.kind === 'ok') return r.bytes;
  // errno names where there is one (a folder is EISDIR, as readFileSync says), else the kind.
  const code =
    r.kind === 'error' ? r.code : r.kind === 'too-large' ? 'EFBIG' : r.what === 'directory' ? 'EISDIR' : r.what;
  throw new ReadRefused(path, readFailureReason(r, limitBytes), code);
}
