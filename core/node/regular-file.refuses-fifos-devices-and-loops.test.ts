/**
 * Only regular files are read, never more than a limit, and never by waiting: a FIFO as the
 * report or its source text hung openSync forever; /dev/zero and /proc files read as "empty" (or,
 * for the CLI's --briefing, grew to 7 GB); a symlink loop showed a bare "ELOOP". Each kind now
 * gets a message that says what the path is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportFile } from './report-file';
import { readFailureReason, readRegularFile, readRegularFileOrThrow, ReadRefused } from './regular-file';

const posix = process.platform !== 'win32';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-regular-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mkfifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** The one error of a report that could not be read, with its message in both languages. */
function unreadable(path: string) {
  const t0 = performance.now();
  const r = loadReportFile(path);
  const ms = performance.now() - t0;
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.errors).toHaveLength(1);
  const e = r.errors[0]!;
  expect([e.code, e.line, e.column]).toEqual(['file-unreadable', 1, 1]);
  return { ...e, ms };
}

describe('reading only regular files', () => {
  it('a regular file is read whole, however it is chunked', () => {
    const path = join(dir, 'big.bin');
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    writeFileSync(path, bytes);
    const r = readRegularFile(path, 1_000_000);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(Buffer.from(r.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a file over the limit is refused, with its size', () => {
    const path = join(dir, 'over.bin');
    writeFileSync(path, new Uint8Array(1001));
    expect(readRegularFile(path, 1000)).toEqual({ kind: 'too-large', size: 1001 });
  });

  it.runIf(posix)('a FIFO as the report is refused at once, not waited on', () => {
    const e = unreadable(mkfifo('report.json'));
    expect(e.ms).toBeLessThan(1000);
    expect(e.message.en).toMatch(/named pipe \(FIFO\), not a regular file/);
    expect(e.message.zh).toMatch(/命名管道/);
  });

  it.runIf(posix)('a FIFO as the source text is refused at once, at source.textFile', () => {
    mkdirSync(join(dir, 'fifo-src'));
    execFileSync('mkfifo', [join(dir, 'fifo-src', 'text.txt')]);
    const report = join(dir, 'fifo-src', 'r.json');
    const minimal = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../tests/fixtures/good-reports/minimal.json'), 'utf8'),
    );
    minimal.source.textFile = 'text.txt';
    writeFileSync(report, JSON.stringify(minimal, null, 2));
    const r = loadReportFile(report);
    if (r.ok) throw new Error('expected the source text to be refused');
    const e = r.errors.find((p) => p.code === 'source-file-missing')!;
    expect(e.message.en).toMatch(/named pipe \(FIFO\)/);
    expect(e.path).toBe('source.textFile');
  });

  it.runIf(posix)('/dev/zero is refused as a device without reading a byte', () => {
    const e = unreadable('/dev/zero');
    expect(e.message.en).toMatch(/a device \(like \/dev\/zero\), not a regular file/);
    expect(e.message.zh).toMatch(/设备/);
    expect(e.ms).toBeLessThan(1000);
  });

  it.runIf(process.platform === 'linux')('a /proc file (size 0, contents made up when read) is refused as such', () => {
    const e = unreadable('/proc/self/status');
    expect(e.message.en).toMatch(/makes up as it is read \(like those in \/proc\)/);
  });

  it('a folder is refused as a folder', () => {
    expect(unreadable(dir).message.en).toMatch(/it is a folder, not a file/);
  });

  it.runIf(posix)('a symlink loop says so, not a bare ELOOP', () => {
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    const e = unreadable(join(dir, 'loop-a'));
    expect(e.message.en).toMatch(/symbolic link that leads back to itself/);
    expect(e.message.zh).toMatch(/符号链接循环/);
  });

  it('a missing file: file not found, in both languages', () => {
    const e = unreadable(join(dir, 'nope.json'));
    expect(e.message.en).toMatch(/file not found/);
    expect(e.message.zh).toMatch(/文件不存在/);
  });

  it.runIf(posix)('the throwing form carries the same reason (for the briefing and settings readers)', () => {
    const path = mkfifo('briefing.govbrief.json');
    let caught: unknown;
    try {
      readRegularFileOrThrow(path, 1000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReadRefused);
    expect((caught as ReadRefused).reason).toEqual(readFailureReason({ kind: 'not-regular', what: 'fifo' }, 1000));
  });
});
