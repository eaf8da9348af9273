/**
 * 保存为报告文件… in the desktop app: main writes the source text beside the report (named by
 * `source.textFile`, inside the report's folder) and then the report, both atomically; the
 * saved pair opens with the app's loader, and a bad draft comes back with its line and column.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importReportText } from '../../core/import/draft';
import { writeFileAtomic } from '../../core/node/atomic-write';
import { loadReportFile } from '../../core/node/report-file';
import { type ImportSaveDialogs, saveImportedReport, sourceFileFor } from './import-save';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-import-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const source = readFileSync('tests/fixtures/import/county-2025.txt', 'utf8');
const atomicFs = { write: (p: string, b: Uint8Array) => writeFileAtomic(p, b) };

function draftText(): string {
  const r = importReportText(source, { id: 'county-2025' });
  if (!r.ok) throw new Error(r.message.en);
  return JSON.stringify(r.report, null, 2);
}

function pick(name: string | undefined): ImportSaveDialogs {
  return {
    defaultDir: dir,
    showSaveDialog: vi.fn(async () =>
      name === undefined ? { canceled: true } : { canceled: false, filePath: join(dir, name) },
    ),
  };
}

describe('saving an imported draft from main', () => {
  it('writes the source text beside the report, names it relatively, and the pair reopens clean', async () => {
    const out = await saveImportedReport(
      { reportText: draftText(), sourceText: source, fileName: 'county-2025.json' },
      pick('某县报告'),
      atomicFs,
    );
    expect(out).toEqual({ ok: true, path: join(dir, '某县报告.json'), sourcePath: join(dir, '某县报告.source.txt') });
    expect(readdirSync(dir).sort()).toEqual(['某县报告.json', '某县报告.source.txt']);
    const saved = JSON.parse(readFileSync(join(dir, '某县报告.json'), 'utf8'));
    expect(saved.source).toMatchObject({ textFile: '某县报告.source.txt' });
    expect(saved.source.text).toBeUndefined();
    expect(readFileSync(join(dir, '某县报告.source.txt'), 'utf8')).toBe(source);
    const reopened = loadReportFile(join(dir, '某县报告.json'), { provenance: 'error' });
    expect(reopened.ok ? reopened.sourceText : reopened.errors).toBe(source);
  });

  it('a draft whose quote is not in the text reopens with the error at its line and column', async () => {
    const bad = draftText().replace('"source": "', '"source": "并非原文');
    const out = await saveImportedReport(
      { reportText: bad, sourceText: source, fileName: 'x.json' },
      pick('坏.json'),
      atomicFs,
    );
    expect(out.ok).toBe(true);
    const reopened = loadReportFile(join(dir, '坏.json'), { provenance: 'error' });
    expect(reopened.ok).toBe(false);
    if (reopened.ok) return;
    const at = bad.split('\n').findIndex((l) => l.includes('并非原文')) + 1;
    expect(reopened.errors[0]).toMatchObject({ file: join(dir, '坏.json'), line: at });
    expect(reopened.errors[0]!.column).toBeGreaterThan(0);
  });

  it('writes nothing when the dialog is cancelled or the draft is not a report', async () => {
    expect(
      await saveImportedReport(
        { reportText: draftText(), sourceText: source, fileName: 'a.json' },
        pick(undefined),
        atomicFs,
      ),
    ).toEqual({
      ok: false,
      cancelled: true,
    });
    const notReport = await saveImportedReport(
      { reportText: '[1]', sourceText: source, fileName: 'a.json' },
      pick('a.json'),
      atomicFs,
    );
    expect(notReport).toMatchObject({
      ok: false,
      cancelled: false,
      message: { en: expect.stringContaining('not a report') },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed write of the report keeps the previous file and says why', async () => {
    writeFileSync(join(dir, 'r.json'), 'old');
    const failing = {
      write: (p: string, b: Uint8Array) => {
        if (p.endsWith('r.json')) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        writeFileAtomic(p, b);
      },
    };
    const out = await saveImportedReport(
      { reportText: draftText(), sourceText: source, fileName: 'r.json' },
      pick('r.json'),
      failing,
    );
    expect(out).toMatchObject({ ok: false, cancelled: false });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('old');
    expect(sourceFileFor(join(dir, 'r.json'))).toBe('r.source.txt');
  });
});
