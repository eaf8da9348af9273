/**
 * `govbrief import FILE --out report.json`: writes a draft that validates, with its source beside
 * it, and prints the review items; a bad file is a message, exit 1, and nothing written.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from './cli-import';
import type { CliIo } from './cli';
import { loadReportFile } from './node/report-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runImport(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('govbrief import', () => {
  it('writes a draft that validates, its source text beside it, and lists the review items with positions', async () => {
    const target = join(dir, 'county.json');
    const r = await run(['tests/fixtures/import/county-2025.pdf', '--out', target]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['county.json', 'county.source.txt']);
    const loaded = loadReportFile(target, { provenance: 'error' });
    expect(loaded.ok && loaded.report.id).toBe('county-2025');
    expect(r.out).toMatch(/item\(s\) to review/u);
    // A review item names the source line and the item in the draft.
    expect(r.out).toMatch(/county\.source\.txt:\d+:\d+: title-cut \/sections\/\d+\/projects\/0\/title: /u);
  });

  const bad: [string, string, (path: string) => void, string][] = [
    ['an empty file', 'in.txt', (p) => writeFileSync(p, ''), 'The file is empty.'],
    ['a .docx that is not a zip', 'in.docx', (p) => writeFileSync(p, 'plain text renamed'), 'not a valid .docx'],
    [
      'a 50 MB file',
      'in.pdf',
      (p) => {
        writeFileSync(p, '');
        truncateSync(p, 50 * 1024 * 1024);
      },
      '50.0 MB',
    ],
    ['a text without any part of a report', 'in.txt', (p) => writeFileSync(p, '今天天气很好。'), 'None of the parts'],
  ];
  it.each(bad)('refuses %s with a message and writes nothing', async (_, name, make, message) => {
    const input = join(dir, name);
    make(input);
    const before = readdirSync(dir);
    const r = await run([input, '--out', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /u);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('refuses a scanned PDF (no text layer) with a message and writes nothing', async () => {
    const { jsPDF } = await import('jspdf');
    const scan = new jsPDF();
    scan.rect(20, 20, 100, 100, 'F');
    const input = join(dir, 'scan.pdf');
    writeFileSync(input, new Uint8Array(scan.output('arraybuffer')));
    const r = await run([input, '--out', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no text layer');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('asks for a file and --out', async () => {
    copyFileSync('tests/fixtures/import/province-2025.txt', join(dir, 'p.txt'));
    expect((await run([join(dir, 'p.txt')])).code).toBe(2);
    expect((await run(['--out', join(dir, 'x.json')])).code).toBe(2);
    expect((await run([join(dir, 'missing.txt'), '--out', join(dir, 'x.json')])).err).toContain('No such file');
  });
});
