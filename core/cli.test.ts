/**
 * `govbrief validate` (the built CLI, out/cli/govbrief.mjs) on the bundled reports and on every file of the bad-input
 * corpus: exit codes, compiler-style positions, and never a stack trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DIR, GOOD_DIR, MANIFEST, readMinimal, type Expected } from '../tests/fixtures/make-bad-reports';
import { runBuiltCli } from '../tests/support/built-cli';

const run = runBuiltCli;

/** A V8 stack frame line ("    at fn (file:1:2)"): must never reach the user. */
const STACK_FRAME = /^\s{4}at /m;

const SHANXI = fileURLToPath(new URL('../data/reports/shanxi-2025.json', import.meta.url));
const CHINA = fileURLToPath(new URL('../data/reports/china-2025.json', import.meta.url));

const manifest = JSON.parse(readFileSync(join(BAD_DIR, MANIFEST), 'utf8')) as Record<string, Expected>;
const corpus = Object.entries(manifest).map(([file, expected]) => ({ file, ...expected }));

describe('govbrief validate on good reports', () => {
  it('exits 0 for the bundled reports and prints OK for each', async () => {
    const files = [SHANXI, CHINA];
    const r = await run(['validate', ...files]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    for (const [i, f] of files.entries()) expect(r.out[i]!.startsWith(`${f}: OK — `), r.out[i]).toBe(true);
  });

  it('exits 0 on a BOM file and prints the bom warning with its position', async () => {
    const file = join(GOOD_DIR, 'minimal-bom.json');
    const r = await run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.all).toContain(`${file}:1:1: warning [bom]`);
    expect(r.out.join('\n')).toContain('1 warning(s)');
  });
});

describe('govbrief validate on the bad-input corpus', () => {
  it.each(corpus)(
    '$file: exits 1, prints $code at file:$line:$column, no stack trace',
    async ({ file, code, line, column }) => {
      const path = join(BAD_DIR, file);
      const r = await run(['validate', path]);
      expect(r.code).toBe(1);
      expect(r.err.join('\n')).toContain(`${path}:${line}:${column}: error [${code}]`);
      expect(r.out.join('\n')).toContain(`${path}: 1 error(s)`);
      expect(r.all).not.toMatch(STACK_FRAME);
      expect(r.all).not.toMatch(/internal error/i);
    },
  );

  it('checks every file it is given and exits 1 when any has errors', async () => {
    const bad = corpus.slice(0, 3).map((c) => join(BAD_DIR, c.file));
    const r = await run(['validate', CHINA, ...bad]);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(4);
    expect(r.out[0]).toMatch(/: OK — /);
    expect(r.all).not.toMatch(STACK_FRAME);
  });
});

describe('govbrief validate on inputs that are not report files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govbrief-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 10 MB file: exits 1 with file-too-large at 1:1', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, readMinimal() + ' '.repeat(10 * 1024 * 1024));
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`${path}:1:1: error [file-too-large]`);
    expect(r.all).not.toMatch(STACK_FRAME);
  });

  it('a missing file: exits 1 with file-unreadable, no stack trace', async () => {
    const path = join(dir, 'no-such-report.json');
    const r = await run(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`${path}:1:1: error [file-unreadable]`);
    expect(r.all).toContain('file not found / 文件不存在');
    expect(r.all).not.toMatch(STACK_FRAME);
  });

  it('a folder: exits 1 with file-unreadable, no stack trace', async () => {
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`${dir}:1:1: error [file-unreadable]`);
    expect(r.all).not.toMatch(STACK_FRAME);
  });
});

describe('govbrief arguments', () => {
  it('validate without a file exits 2 with the usage', async () => {
    const r = await run(['validate']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('govbrief validate');
  });

  it('an unknown command exits 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('Unknown command "frobnicate"');
  });

  it('--help exits 0, no command exits 2, both print the usage', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['validate', '--help'])).code).toBe(0);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.out.join('\n')).toContain('govbrief');
  });
});
