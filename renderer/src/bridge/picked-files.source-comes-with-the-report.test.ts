/**
 * The web build opens a report with its separate source text picked or dropped with it (both
 * files, or a folder), and never checks a report against a shipped text only because the names
 * match (picked-files.ts). Run on the real reports and source texts, with Node's File.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../core/report/limits';
import chinaReport from '../../../data/reports/china-2025.json?raw';
import shanxiReport from '../../../data/reports/shanxi-2025.json?raw';
import CHINA_TEXT from '../../../data/sources/china-2025.txt?raw';
import SHANXI_TEXT from '../../../data/sources/shanxi-2025.txt?raw';
import minimalReport from '../../../tests/fixtures/good-reports/minimal.json?raw';
import { chooseReport, findPickedSource, openPickedReport, type PickedFile, type Shipped } from './picked-files';

const shipped: Shipped = {
  reports: new Map([
    ['reports/shanxi-2025.json', shanxiReport],
    ['reports/china-2025.json', chinaReport],
  ]),
  sources: new Map([
    ['sources/shanxi-2025.txt', SHANXI_TEXT],
    ['sources/china-2025.txt', CHINA_TEXT],
  ]),
};

/** The minimal test report, naming its source text at `textFile`. */
function minimalNaming(textFile: string): string {
  const r = JSON.parse(minimalReport) as { source: { textFile: string } };
  r.source.textFile = textFile;
  return JSON.stringify(r, null, 2);
}

const picked = (path: string, text: string | Uint8Array): PickedFile => ({
  path,
  file: new File([text as BlobPart], path.split('/').pop()!),
});

/** Another report's source text: the minimal report's quotes are not in it. */
const WRONG_TEXT = CHINA_TEXT;

function codes(r: Awaited<ReturnType<typeof openPickedReport>>): string[] {
  return r.result.ok ? r.result.warnings.map((w) => w.code) : r.result.errors.map((e) => e.code);
}

describe('a picked report’s source text', () => {
  it('two files picked: the report is checked against the text picked with it', async () => {
    const report = picked('mine.json', minimalNaming('../sources/own.txt'));
    const good = await openPickedReport(report, [picked('own.txt', SHANXI_TEXT)], shipped);
    expect(good.result.ok).toBe(true);
    expect(codes(good)).toEqual([]);
    expect(good.result.ok && good.result.sourceText).toBe(SHANXI_TEXT);

    const wrong = await openPickedReport(report, [picked('own.txt', WRONG_TEXT)], shipped);
    expect(wrong.result.ok).toBe(true);
    expect(codes(wrong)).toContain('quote-not-in-source');
  });

  it('a folder: the file at the path the report names wins over one of the same name elsewhere', async () => {
    const report = picked('meeting/reports/mine.json', minimalNaming('../sources/own.txt'));
    const others = [picked('meeting/old/own.txt', WRONG_TEXT), picked('meeting/sources/own.txt', SHANXI_TEXT)];
    expect(findPickedSource(report.path, '../sources/own.txt', others)?.path).toBe('meeting/sources/own.txt');
    const opened = await openPickedReport(report, others, shipped);
    expect(codes(opened)).toEqual([]);
  });

  it('named like a shipped text but not picked: refused, saying to pick it — not checked against the shipped one', async () => {
    const report = picked('mine.json', minimalNaming('../sources/shanxi-2025.txt'));
    const opened = await openPickedReport(report, [], shipped);
    expect(opened.result.ok).toBe(false);
    if (opened.result.ok) return;
    expect(opened.result.errors[0]?.code).toBe('source-file-missing');
    expect(opened.result.errors[0]?.message.zh).toContain('请同时选择报告和原文两个文件');
    expect(opened.result.errors[0]?.message.en).toContain('pick or drop both files, or their folder');
  });

  it('a shipped report picked alone (the same bytes) is checked against its shipped text', async () => {
    const opened = await openPickedReport(picked('shanxi-2025.json', shanxiReport), [], shipped);
    expect(opened.result.ok).toBe(true);
    expect(opened.result.ok && opened.result.sourceText).toBe(SHANXI_TEXT);
  });

  it('a report whose textFile points into the app’s data folder gets the shipped text', async () => {
    const opened = await openPickedReport(picked('minimal.json', minimalReport), [], shipped);
    expect(opened.result.ok && opened.result.sourceText).toBe(SHANXI_TEXT);
  });

  it('a picked source text over the limit is refused by its size, unread', async () => {
    const huge = { path: 'own.txt', file: { name: 'own.txt', size: LIMITS.sourceFileBytes + 1 } } as PickedFile;
    const opened = await openPickedReport(picked('mine.json', minimalNaming('own.txt')), [huge], shipped);
    expect(opened.result.ok).toBe(false);
    expect(!opened.result.ok && opened.result.errors[0]?.message.en).toContain('over the limit of 6 MB');
  });
});

describe('which picked file is the report', () => {
  it('the .json nearest the top, not a briefing; with no .json the first file', () => {
    const f = (name: string, webkitRelativePath = '') => ({ name, webkitRelativePath });
    expect(chooseReport([f('own.txt'), f('b.json'), f('a.json')])?.name).toBe('a.json');
    expect(
      chooseReport([
        f('x.json', 'd/sub/deep/x.json'),
        f('m.govbrief.json', 'd/m.govbrief.json'),
        f('r.json', 'd/r/r.json'),
      ])?.name,
    ).toBe('r.json');
    expect(chooseReport([f('own.txt')])?.name).toBe('own.txt');
    expect(chooseReport([])).toBeUndefined();
  });
});
