/**
 * What main sends the renderer is checked before use: an opened report must be a LoadResult
 * whose report passes the report schema (or whose errors are well-formed problems); anything else
 * is dropped (and logged) or becomes an error the user sees. Bundled lists, notices and save
 * outcomes likewise.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadReport } from '../../../core/report/load';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { checkedBundledList, checkedNotice, checkedOpenedReport, checkedSaveResult, malformedReply } from './checked';

const loaded = loadReport('shanxi-2025.json', shanxiText, { provenance: 'warning' });
if (!loaded.ok) throw new Error('the bundled report does not load');
const report = loaded.report;

const problem = {
  severity: 'error',
  code: 'json-syntax',
  file: '/home/user/x.json',
  line: 3,
  column: 7,
  path: '',
  message: { zh: '缺少逗号', en: 'missing comma' },
  hint: { zh: '补上逗号', en: 'add the comma' },
};

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('opened reports', () => {
  it('a good one passes, its report validated with the report schema', () => {
    const r = checkedOpenedReport({
      file: '/home/user/r.json',
      result: { ok: true, report, sourceText: 'text', warnings: [] },
    });
    expect(r?.file).toBe('/home/user/r.json');
    expect(r?.result.ok).toBe(true);
    if (r?.result.ok) {
      expect(r.result.report).toEqual(report);
      expect(r.result.sourceText).toBe('text');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('a failure with well-formed problems passes', () => {
    const r = checkedOpenedReport({
      file: '/home/user/x.json',
      result: { ok: false, errors: [problem], warnings: [] },
    });
    expect(r?.result).toEqual({ ok: false, errors: [problem], warnings: [] });
  });

  it.each([
    ['not an object', 'report'],
    ['null', null],
    ['no result', { file: '/x.json' }],
    ['file not a string', { file: 42, result: { ok: true, report, warnings: [] } }],
    [
      'a report that fails the schema',
      { file: '/x.json', result: { ok: true, report: { title: '伪造' }, warnings: [] } },
    ],
    [
      'a report with a broken section',
      { file: '/x.json', result: { ok: true, report: { ...report, sections: 'none' }, warnings: [] } },
    ],
    ['ok not a boolean', { file: '/x.json', result: { ok: 'yes', report, warnings: [] } }],
    ['errors not an array', { file: '/x.json', result: { ok: false, errors: 'boom', warnings: [] } }],
    ['a failure without errors', { file: '/x.json', result: { ok: false, errors: [], warnings: [] } }],
    [
      'a malformed problem',
      { file: '/x.json', result: { ok: false, errors: [{ ...problem, line: '3' }], warnings: [] } },
    ],
    ['warnings missing', { file: '/x.json', result: { ok: true, report } }],
  ])('%s: dropped and logged', (_what, payload) => {
    expect(checkedOpenedReport(payload)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('malformed'), expect.anything());
  });

  it('a malformed reply the user asked for becomes an error to show', () => {
    const r = malformedReply('data/reports/x.json');
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.errors[0]!.file).toBe('data/reports/x.json');
  });
});

describe('other replies', () => {
  it('bundled list: only well-formed entries', () => {
    const good = { id: 'shanxi-2025', title: '山西', file: 'data/reports/shanxi-2025.json' };
    expect(checkedBundledList([good, { id: 1 }, 'x'])).toEqual([good]);
    expect(checkedBundledList('x')).toEqual([]);
  });

  it('notice: zh and en strings, or nothing', () => {
    expect(checkedNotice({ zh: '设置已重置', en: 'settings reset' })).toEqual({
      zh: '设置已重置',
      en: 'settings reset',
    });
    expect(checkedNotice(undefined)).toBeUndefined();
    expect(checkedNotice({ zh: 1 })).toBeUndefined();
  });

  it('save outcome: a malformed one reads as a failed save', () => {
    expect(checkedSaveResult({ ok: true, path: '/home/user/a.pptx' })).toEqual({ ok: true, path: '/home/user/a.pptx' });
    expect(checkedSaveResult({ ok: false, cancelled: true })).toEqual({ ok: false, cancelled: true });
    expect(checkedSaveResult({ ok: 'yes' })).toMatchObject({ ok: false, cancelled: false });
  });
});
