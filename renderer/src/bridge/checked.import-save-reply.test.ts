/**
 * Saving an imported draft in main: the reply carries the saved file as main reopened it. A
 * reopened file with problems keeps them (with line and column, for the review view to show);
 * a malformed reply, or one whose report fails the schema, reads as a failed save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadReport } from '../../../core/report/load';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { checkedImportSave } from './checked';

const loaded = loadReport('shanxi-2025.json', shanxiText, { provenance: 'warning' });
if (!loaded.ok) throw new Error('the bundled report does not load');

const problem = {
  severity: 'error',
  code: 'quote-not-found',
  file: '/home/u/某县.json',
  line: 12,
  column: 17,
  path: '/summary/source',
  message: { zh: '原文中找不到引文', en: 'quote not found' },
  hint: { zh: '核对引文', en: 'check the quote' },
};

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('checkedImportSave', () => {
  it('passes a saved and reopened report, and a reopened file with positioned problems', () => {
    const ok = { ok: true, report: loaded.report, sourceText: '原文', warnings: [] };
    expect(
      checkedImportSave({ ok: true, path: '/home/u/a.json', opened: { file: '/home/u/a.json', result: ok } }),
    ).toMatchObject({
      ok: true,
      path: '/home/u/a.json',
      opened: { result: { ok: true, sourceText: '原文' } },
    });
    const bad = { ok: false, errors: [problem], warnings: [] };
    const r = checkedImportSave({
      ok: true,
      path: '/home/u/某县.json',
      opened: { file: '/home/u/某县.json', result: bad },
    });
    expect(r).toMatchObject({ ok: true, opened: { result: { ok: false, errors: [{ line: 12, column: 17 }] } } });
  });

  it('keeps a cancelled or failed save as such', () => {
    expect(checkedImportSave({ ok: false, cancelled: true })).toEqual({ ok: false, cancelled: true });
    const full = { zh: '磁盘已满', en: 'disk full' };
    expect(checkedImportSave({ ok: false, cancelled: false, message: full })).toEqual({
      ok: false,
      cancelled: false,
      message: full,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a malformed reply, or a report that fails the schema, as a failed save', () => {
    const notReport = { ok: true, report: { id: 'x' }, warnings: [] };
    for (const reply of [
      undefined,
      'saved',
      { ok: true },
      { ok: true, path: '/a.json', opened: { file: '/a.json', result: notReport } },
    ])
      expect(checkedImportSave(reply)).toMatchObject({
        ok: false,
        cancelled: false,
        message: { en: expect.stringContaining('could not be read') },
      });
    // One warning each; the report that fails the schema logs its issues as well.
    expect(warn).toHaveBeenCalledTimes(5);
  });
});
