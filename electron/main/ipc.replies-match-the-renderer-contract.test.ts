/**
 * Main's replies pass the renderer's checks: what main's own producers return (an opened report,
 * good and bad; every save outcome) parses with the shared reply schemas the renderer uses
 * (core/app/ipc-replies.ts), and an opened report's report passes the report schema; the source
 * text a report was checked against is not sent. A change on
 * one side that the other does not follow fails here, not as a "malformed reply" in the app.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OpenedReplySchema, SaveReplySchema } from '../../core/app/ipc-replies';
import { ReportSchema } from '../../core/report/schema';
import { BAD_DIR } from '../../tests/fixtures/make-bad-reports';
import type { SaveOutcome } from './export-save';
import { openReportFile } from './report-watch';

const SHANXI = fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url));

describe('main replies meet the renderer contract', () => {
  it('an opened bundled report, with its report valid under the report schema', () => {
    const reply = OpenedReplySchema.parse(openReportFile(SHANXI));
    expect(reply.result.ok).toBe(true);
    if (reply.result.ok) expect(ReportSchema.safeParse(reply.result.report).success).toBe(true);
  });

  it('keeps the source text in main: an opened report is sent without it', () => {
    const opened = openReportFile(SHANXI);
    expect(opened.result.ok).toBe(true);
    if (opened.result.ok) expect(opened.result.sourceText).toBeUndefined();
    // The whole reply is the report and its warnings: far below the source text's size.
    expect(JSON.stringify(opened).length).toBeLessThan(
      JSON.stringify(opened.result.ok && opened.result.report).length * 2,
    );
  });

  it('an opened report with errors, and a file that is missing', () => {
    for (const file of [join(BAD_DIR, 'meaning-duplicate-id.json'), join(BAD_DIR, 'no-such-file.json')]) {
      const reply = OpenedReplySchema.parse(openReportFile(file));
      expect(reply.result.ok, file).toBe(false);
    }
  });

  it('every save outcome', () => {
    const outcomes: SaveOutcome[] = [
      { ok: true, path: '/home/u/报告.pdf' },
      { ok: false, cancelled: true },
      { ok: false, cancelled: false, message: { zh: '磁盘已满', en: 'the disk is full' } },
    ];
    for (const o of outcomes) expect(SaveReplySchema.safeParse(o).success, JSON.stringify(o)).toBe(true);
  });
});
