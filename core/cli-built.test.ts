/**
 * The built CLI itself (bin/govbrief.mjs → out/cli/govbrief.mjs): it runs as a process from any
 * folder, and each command loads only what it needs: `validate` and the argument checks never
 * reach an exporter, a PDF export never loads the PPTX writer and the other way round.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, CLI_OUT_DIR } from '../scripts/build-cli.mjs';
import { spawnGovbrief } from '../tests/support/built-cli';

const SHANXI = fileURLToPath(new URL('../data/reports/shanxi-2025.json', import.meta.url));
const elsewhere = mkdtempSync(join(tmpdir(), 'govbrief-cli-built-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

/** The bundle's files reached from `file` by static imports only (what loading it costs). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"(\.[^"]+)";?$/gm))
    staticClosure(resolve(dirname(file), m[1]!), seen);
  return seen;
}

/** Every chunk named for a module (two modules may share a name, e.g. pdf.ts and pdf.js's pdf). */
function chunks(prefix: string): string[] {
  const names = readdirSync(join(CLI_OUT_DIR, 'chunks')).filter((f) => f.startsWith(`${prefix}-`));
  if (names.length === 0) throw new Error(`no ${prefix} chunk in out/cli/chunks`);
  return names.map((n) => join(CLI_OUT_DIR, 'chunks', n));
}

function closureOf(files: string[]): Set<string> {
  const seen = new Set<string>();
  for (const f of files) staticClosure(f, seen);
  return seen;
}

const loads = (files: Set<string>, marker: string) => [...files].some((f) => readFileSync(f, 'utf8').includes(marker));
const JSPDF = 'jsPDF.API';
const PPTXGENJS = 'PptxGenJS';

describe('the built CLI loads only what a command needs', () => {
  it('the entry and validate reach no exporter, no deck compiler', () => {
    const files = closureOf(chunks('cli-validate'));
    for (const f of staticClosure(CLI_BUNDLE)) files.add(f);
    expect(loads(files, JSPDF)).toBe(false);
    expect(loads(files, PPTXGENJS)).toBe(false);
    expect([...files].some((f) => f.includes('make-deck'))).toBe(false);
  });

  it('the PDF and PPTX exporters are separate chunks, each without the other', () => {
    const pdf = closureOf(chunks('pdf'));
    const pptx = closureOf(chunks('pptx'));
    expect(loads(pdf, JSPDF)).toBe(true);
    expect(loads(pdf, PPTXGENJS)).toBe(false);
    expect(loads(pptx, PPTXGENJS)).toBe(true);
    expect(loads(pptx, JSPDF)).toBe(false);
  });
});

describe('govbrief as a process', () => {
  it('validates a report and exits 0', () => {
    const r = spawnGovbrief(['validate', SHANXI]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${SHANXI}: OK — `);
  });

  it('exports the default bundled report when run from another folder', () => {
    const r = spawnGovbrief(['export', '--format', 'pptx', '--out', 'decks'], elsewhere);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(elsewhere, 'decks'))).toEqual([expect.stringMatching(/\.pptx$/)]);
  });

  it('exits 2 with the usage on an unknown command, no stack trace', () => {
    const r = spawnGovbrief(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
