import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPdfForPrinting } from './export-print';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'print-test-'));
  dirs.push(d);
  return d;
}

describe('printing opens the PDF core made', () => {
  it('writes the bytes as given into a fresh folder under the temp folder and opens that file', async () => {
    const tempDir = temp();
    const opened: string[] = [];
    const r = await openPdfForPrinting(PDF, '报告-讲义.pdf', {
      tempDir,
      openPath: async (p) => (opened.push(p), ''),
    });
    expect(r.ok).toBe(true);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith('报告-讲义.pdf')).toBe(true);
    expect(dirname(dirname(opened[0]!))).toBe(tempDir);
    expect([...readFileSync(opened[0]!)]).toEqual([...PDF]);
  });

  it('says why when the viewer cannot be opened', async () => {
    const r = await openPdfForPrinting(PDF, 'a.pdf', { tempDir: temp(), openPath: async () => 'no application' });
    expect(r).toMatchObject({ ok: false, cancelled: false });
    expect(!r.ok && !r.cancelled && r.message.zh).toContain('no application');
  });

  it('says why when the file cannot be written, and opens nothing', async () => {
    const opened: string[] = [];
    const r = await openPdfForPrinting(PDF, 'a.pdf', {
      tempDir: join(temp(), 'missing', 'deeper'),
      openPath: async (p) => (opened.push(p), ''),
    });
    expect(r.ok).toBe(false);
    expect(opened).toEqual([]);
  });
});
