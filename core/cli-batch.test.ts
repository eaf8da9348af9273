/**
 * `govbrief export` of several reports × several formats in one run (the built CLI): every file
 * written under its deck title with one progress line per file; a report with errors is skipped
 * and the rest still exported (exit 1); arguments that cannot make a batch exit 2.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_DIR } from '../tests/fixtures/make-bad-reports';
import { runBuiltCli as run } from '../tests/support/built-cli';
import { exportFileName, type ExportFormat } from './export/names';
import { loadReportFile } from './node/report-file';

const SHANXI = fileURLToPath(new URL('../data/reports/shanxi-2025.json', import.meta.url));
const CHINA = fileURLToPath(new URL('../data/reports/china-2025.json', import.meta.url));
const BAD_REPORT = join(BAD_DIR, 'meaning-duplicate-id.json');
const FORMATS: ExportFormat[] = ['pdf', 'pptx', 'memo'];

const root = mkdtempSync(join(tmpdir(), 'govbrief-cli-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `out-${++n}`);

function titleOf(path: string): string {
  const r = loadReportFile(path);
  if (!r.ok) throw new Error(path);
  return r.report.title;
}

describe('govbrief export: many reports and formats in one run', () => {
  it('writes every report in every format, one progress line per file and none per slide', async () => {
    const out = fresh();
    const r = await run(['export', '--report', SHANXI, CHINA, '--format', FORMATS.join(','), '--out', out]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const expected = [SHANXI, CHINA].flatMap((f) => FORMATS.map((fmt) => exportFileName(titleOf(f), fmt)));
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    expect(r.out).toHaveLength(expected.length);
    r.out.forEach((line, i) => {
      expect(line.startsWith(`[${i + 1}/${expected.length}] wrote ${join(out, expected[i]!)} (`), line).toBe(true);
    });
  });

  it('takes --report more than once as well as several files after one --report', async () => {
    const out = fresh();
    const r = await run(['export', '--report', SHANXI, '--report', CHINA, '--format', 'pptx', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('skips a report with errors, exports the others and exits 1', async () => {
    const out = fresh();
    const r = await run(['export', '--report', BAD_REPORT, CHINA, '--format', 'pdf,pptx', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`${BAD_REPORT}: `);
    expect(r.err.join('\n')).toContain('nothing exported');
    expect(readdirSync(out).sort()).toEqual(
      [exportFileName(titleOf(CHINA), 'pdf'), exportFileName(titleOf(CHINA), 'pptx')].sort(),
    );
    // The numbering counts the skipped report's files: the first written one is 3 of 4.
    expect(r.out[0]).toMatch(/^\[3\/4\] wrote /);
  });

  it('does not overwrite a file it wrote in the same run (two reports with one title)', async () => {
    const out = fresh();
    const r = await run(['export', '--report', CHINA, CHINA, '--format', 'pptx', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/already written for .*not overwritten/);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it.each([
    {
      name: 'one file name for several files',
      args: (out: string) => ['--report', SHANXI, CHINA, '--format', 'pdf', '--out', join(out, 'deck.pdf')],
      says: /2 files are exported; give a folder/,
    },
    {
      name: 'one file name for several formats',
      args: (out: string) => ['--format', 'pdf,memo', '--out', join(out, 'deck.pdf')],
      says: /2 files are exported; give a folder/,
    },
    {
      name: 'a briefing with two reports',
      args: (out: string) => ['--report', SHANXI, CHINA, '--format', 'pdf', '--out', out, '--briefing', 'b.json'],
      says: /--briefing belongs to one report/,
    },
    {
      name: 'an unknown format in the list',
      args: (out: string) => ['--format', 'pdf,docx', '--out', out],
      says: /--format must be one of .*"pdf,docx"/,
    },
    {
      name: 'a report file without --report',
      args: (out: string) => ['--format', 'pdf', '--out', out, SHANXI],
      says: /unexpected argument .*reports follow --report/,
    },
  ])('exits 2 on $name and writes nothing', async ({ args, says }) => {
    const out = fresh();
    const r = await run(['export', ...args(out)]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(says);
    expect(existsSync(out)).toBe(false);
  });
});
