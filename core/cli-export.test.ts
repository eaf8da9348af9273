/**
 * `govbrief export` (the built CLI, out/cli/govbrief.mjs: runCli(['export', …])): writes the deck to --out under the deck
 * title, prints "[n/N] title" per slide and "wrote PATH"; --date-line reaches the PDF; bad arguments exit 2 with the usage and
 * no stack trace; a report with errors exits 1 and writes nothing.
 */
import JSZip from 'jszip';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DIR } from '../tests/fixtures/make-bad-reports';
import { runBuiltCli } from '../tests/support/built-cli';
import { compileDeck } from './deck/compile';
import { exportFileName } from './export/names';
import { readPdf } from '../tests/support/pdf-reader';
import { loadReportFile } from './node/report-file';
import type { Report } from './report/schema';

const run = runBuiltCli;

/** A V8 stack frame line ("    at fn (file:1:2)"): must never reach the user. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const SHANXI = fileURLToPath(new URL('../data/reports/shanxi-2025.json', import.meta.url));
const CHINA = fileURLToPath(new URL('../data/reports/china-2025.json', import.meta.url));
const BAD_REPORT = join(BAD_DIR, 'meaning-duplicate-id.json');

function load(path: string): Report {
  const r = loadReportFile(path);
  if (!r.ok) throw new Error(path);
  return r.report;
}

async function slideCount(file: string): Promise<{ slides: number; eaFonts: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const pres = await zip.file('ppt/presentation.xml')!.async('string');
  const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
  return {
    slides: (pres.match(/<p:sldId /g) ?? []).length,
    eaFonts: [...theme.matchAll(/<a:ea typeface="([^"]*)"/g)].map((m) => m[1]!),
  };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'govbrief-cli-export-'));
});
afterAll(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});
const fresh = (name: string) => join(root, name);

describe('govbrief export --format pptx', () => {
  it('writes <deck title>.pptx to --out, prints "[n/N] title" per slide, then "wrote PATH"', async () => {
    const out = fresh('plain');
    const deck = compileDeck(load(SHANXI));
    const r = await run(['export', '--format', 'pptx', '--report', SHANXI, '--out', out]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const target = join(out, exportFileName(deck.meta.title, 'pptx'));
    expect(target.endsWith('2025年山西省政府工作报告解读.pptx')).toBe(true);
    const n = deck.slides.length;
    expect(r.out.slice(0, n)).toEqual(deck.slides.map((s, i) => `[${i + 1}/${n}] ${s.title}`));
    expect(r.out).toHaveLength(n + 1);
    expect(r.out[n]).toMatch(new RegExp(`^wrote ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    expect(readdirSync(out)).toEqual([exportFileName(deck.meta.title, 'pptx')]);
    expect((await slideCount(target)).slides).toBe(n);
  });

  it('finds the bundled default report from any working folder', async () => {
    const out = fresh('elsewhere');
    mkdirSync(out, { recursive: true });
    const cwd = process.cwd();
    process.chdir(out);
    try {
      const r = await run(['export', '--format=pptx', '--out', '.']);
      expect(r.code, r.all).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(out)).toEqual([exportFileName(compileDeck(load(SHANXI)).meta.title, 'pptx')]);
  });

  it('creates a missing --out folder, replaces an existing file, and honours --theme, --compare and --font', async () => {
    const out = join(fresh('nested'), 'a', 'b');
    const deck = compileDeck(load(SHANXI), { theme: 'contrast', compareWith: load(CHINA) });
    const target = join(out, exportFileName(deck.meta.title, 'pptx'));
    mkdirSync(out, { recursive: true });
    writeFileSync(target, 'old');
    const r = await run([
      'export',
      '--format=pptx',
      `--report=${SHANXI}`,
      '--out',
      out,
      '--theme',
      'contrast',
      '--compare',
      CHINA,
      '--font',
      'Noto Sans SC',
    ]);
    expect(r.code, r.all).toBe(0);
    expect(r.out.filter((l) => /^\[\d+\/\d+\] /.test(l))).toHaveLength(deck.slides.length);
    const file = await slideCount(target);
    expect(file.slides).toBe(deck.slides.length);
    expect(file.eaFonts).toEqual(['Noto Sans SC', 'Noto Sans SC']);
    expect(readdirSync(out)).toEqual([exportFileName(deck.meta.title, 'pptx')]);
  });

  it('--out FILE.pptx / FILE.pdf writes that file (folder made if missing); a folder named *.pdf stays a folder', async () => {
    const base = fresh('out-file');
    const pptx = join(base, 'new', '汇报.pptx');
    let r = await run(['export', '--format=pptx', `--report=${SHANXI}`, '--out', pptx]);
    expect(r.code, r.all).toBe(0);
    expect((await slideCount(pptx)).slides).toBe(compileDeck(load(SHANXI)).slides.length);
    expect(readdirSync(join(base, 'new'))).toEqual(['汇报.pptx']);
    expect(r.out.at(-1)).toContain(pptx);

    const folder = join(base, 'exports.pdf');
    mkdirSync(folder);
    r = await run(['export', '--format=memo', `--report=${SHANXI}`, '--out', folder]);
    expect(r.code, r.all).toBe(0);
    expect(readdirSync(folder)).toEqual([exportFileName(compileDeck(load(SHANXI)).meta.title, 'memo')]);
  });

  it('--out with the other format’s extension exits 2 and says which extension it takes', async () => {
    const base = fresh('out-wrong-ext');
    mkdirSync(base);
    const r = await run(['export', '--format=pdf', `--report=${SHANXI}`, '--out', join(base, 'deck.pptx')]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/a pdf export is a \.pdf file, not \.pptx/);
    expect(readdirSync(base)).toEqual([]);
    expect(r.all).not.toMatch(STACK_FRAME);
  });

  it('prints the usage for --help and exits 0', async () => {
    const r = await run(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('--format');
  });
});

describe('govbrief export --date-line', () => {
  const DATE = '2025年3月5日印发';
  it.each([
    ['pdf', 'under the first slide'],
    ['handout', 'in every page header'],
    ['memo', 'in the title block and every running header'],
  ] as const)('%s: the date line is printed %s', async (format, _where) => {
    const target = join(fresh(`date-line-${format}`), 'out.pdf');
    const r = await run([
      'export',
      '--format',
      format,
      '--report',
      CHINA,
      '--out',
      target,
      '--date-line',
      `  ${DATE} `,
      '--watermark',
      '内部资料',
    ]);
    expect(r.code, r.all).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(target)));
    expect(pdf.pages[0]!.text).toContain(DATE);
    if (format !== 'pdf') for (const p of pdf.pages) expect(p.text).toContain(DATE);
    expect(pdf.pages.every((p) => p.items.some((t) => t.rotated && t.str === '内部资料'))).toBe(true);
  });

  it('no date line unless asked', async () => {
    const target = join(fresh('date-line-none'), 'out.pdf');
    const r = await run(['export', '--format', 'memo', '--report', CHINA, '--out', target]);
    expect(r.code, r.all).toBe(0);
    expect((await readPdf(new Uint8Array(readFileSync(target)))).pages.some((p) => p.text.includes('印发'))).toBe(
      false,
    );
  });

  it('is in the usage', async () => {
    expect((await run(['export', '--help'])).out.join('\n')).toMatch(/--date-line TEXT +PDF: a date line/);
  });
});

describe('govbrief export: bad arguments exit 2 with the usage, no stack trace, nothing written', () => {
  const cases: { name: string; args: (out: string) => string[]; says: RegExp }[] = [
    {
      name: 'unknown format',
      args: (out) => ['--format', 'docx', '--out', out],
      says: /--format must be one of .*docx/,
    },
    { name: 'no format', args: (out) => ['--out', out], says: /--format must be one of/ },
    { name: 'missing --out', args: () => ['--format', 'pptx'], says: /--out DIR or --out FILE is required/ },
    {
      name: 'bad theme',
      args: (out) => ['--format', 'pptx', '--out', out, '--theme', 'neon'],
      says: /--theme must be one of .*neon/,
    },
    { name: 'unknown flag', args: (out) => ['--format', 'pptx', '--out', out, '--colour', 'red'], says: /colour/ },
    { name: '--out without a value', args: () => ['--format', 'pptx', '--out'], says: /--out/ },
    {
      name: '--date-line with PPTX',
      args: (out) => ['--format', 'pptx', '--out', out, '--date-line', '2025年3月5日'],
      says: /--date-line applies to PDF formats only/,
    },
    {
      name: 'a --date-line too long for the header',
      args: (out) => ['--format', 'pdf', '--out', out, '--date-line', '日'.repeat(41)],
      says: /--date-line is at most 40 characters \(got 41\)/,
    },
  ];

  it.each(cases)('$name', async ({ args, says }) => {
    const out = fresh(`bad-${Math.random().toString(36).slice(2)}`);
    const r = await run(['export', '--report', SHANXI, ...args(out)]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(says);
    expect(r.all).toContain('govbrief export --format');
    expect(r.all).not.toMatch(STACK_FRAME);
    expect(r.out.filter((l) => l.startsWith('wrote '))).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('govbrief export: input and output failures exit 1, nothing written', () => {
  it('a report with errors: prints them at file:line:column, writes nothing', async () => {
    const out = fresh('bad-report');
    const r = await run(['export', '--format', 'pptx', '--report', BAD_REPORT, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(
      new RegExp(`${BAD_REPORT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error`),
    );
    expect(r.err.join('\n')).toContain('nothing exported');
    expect(r.out).toEqual([]);
    expect(r.all).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });

  it('a --compare report with errors: exits 1, writes nothing', async () => {
    const out = fresh('bad-compare');
    const r = await run(['export', '--format', 'pptx', '--report', SHANXI, '--compare', BAD_REPORT, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out.filter((l) => l.startsWith('wrote '))).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('a missing report file: exits 1 with a message, writes nothing', async () => {
    const out = fresh('missing-report');
    const r = await run(['export', '--format', 'pptx', '--report', join(root, 'nope.json'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/file not found|文件不存在/);
    expect(r.all).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });

  it('a read-only --out folder: exits 1 with the permission message and no stack trace', async () => {
    const out = fresh('read-only');
    mkdirSync(out);
    chmodSync(out, 0o555);
    let folder: string | undefined = out;
    try {
      closeSync(openSync(join(out, '.probe'), 'wx'));
      rmSync(join(out, '.probe'));
      // Root ignores file modes; sysfs refuses new files to everyone.
      folder = process.platform === 'linux' && existsSync('/sys/kernel') ? '/sys' : undefined;
    } catch {
      // Not root: the mode is enforced.
    }
    expect(folder, 'no read-only folder available on this machine').toBeDefined();
    const r = await run(['export', '--format', 'pptx', '--report', CHINA, '--out', folder!]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('没有写入权限');
    expect(r.err.join('\n')).toContain('No permission');
    expect(r.all).not.toMatch(STACK_FRAME);
    expect(r.out.filter((l) => l.startsWith('wrote '))).toEqual([]);
    if (folder === out) expect(readdirSync(out)).toEqual([]);
    chmodSync(out, 0o755);
  });
});
