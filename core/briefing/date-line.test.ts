/**
 * The PDF date line is part of the briefing, like its watermark: chosen once, saved in the
 * `.govbrief.json` file and in the autosave, offered again at the next export.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { loadReportFile } from '../node/report-file';
import { newBriefing } from './apply';
import { briefingForSave, resetContent, setDateLine } from './edit';
import { briefingFileText, loadBriefing } from './load';
import { BriefingSchema, MAX_DATE_LINE_CHARS } from './schema';

const loaded = loadReportFile(fileURLToPath(new URL('../../data/reports/china-2025.json', import.meta.url)));
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message.en).join('; '));
const report = loaded.report;
const deck = compileDeck(report);
const fresh = () => newBriefing(report, deck, 'official', new Date('2025-03-01T00:00:00Z'));

describe('the briefing’s date line', () => {
  it('is set trimmed, removed when empty, and an unchanged value returns the same briefing', () => {
    const b = setDateLine(fresh(), '  2025年3月5日印发 ');
    expect(b.dateLine).toBe('2025年3月5日印发');
    expect(setDateLine(b, '2025年3月5日印发')).toBe(b);
    expect('dateLine' in setDateLine(b, '   ')).toBe(false);
    expect('dateLine' in setDateLine(b, undefined)).toBe(false);
    const none = fresh();
    expect(setDateLine(none, '')).toBe(none);
  });

  it('keeps the briefing valid: no control characters, at most the field’s length, whole code points', () => {
    const b = setDateLine(fresh(), `2025年\u0007${'印'.repeat(60)}`);
    expect(b.dateLine).toBe(`2025年${'印'.repeat(MAX_DATE_LINE_CHARS - 5)}`);
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    // 20 characters outside the BMP are 40 UTF-16 units; one more must not leave half a pair.
    const astral = setDateLine(fresh(), `${'𠀀'.repeat(20)}x`);
    expect(astral.dateLine).toBe('𠀀'.repeat(20));
    const odd = setDateLine(fresh(), `a${'𠀀'.repeat(20)}`);
    expect(odd.dateLine).toBe(`a${'𠀀'.repeat(19)}`);
  });

  it('is written to the briefing file and read back from it', () => {
    const b = setDateLine(fresh(), '2025年3月5日印发');
    const text = briefingFileText(briefingForSave(b, report, undefined, deck));
    expect(JSON.parse(text).dateLine).toBe('2025年3月5日印发');
    const back = loadBriefing('meeting.govbrief.json', text);
    expect(back.ok && back.briefing.dateLine).toBe('2025年3月5日印发');
  });

  it('survives “back to the whole report”, like the watermark', () => {
    const b = setDateLine({ ...fresh(), watermark: '内部资料' }, '2025年3月5日印发');
    const r = resetContent(b, fresh());
    expect(r.dateLine).toBe('2025年3月5日印发');
    expect(r.watermark).toBe('内部资料');
  });

  it('a file with a date line too long or with a control character is refused with its position', () => {
    const base = JSON.parse(briefingFileText(fresh())) as Record<string, unknown>;
    for (const bad of ['x'.repeat(MAX_DATE_LINE_CHARS + 1), '2025\u001b年']) {
      const text = JSON.stringify({ ...base, dateLine: bad }, null, 2);
      const r = loadBriefing('bad.govbrief.json', text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const line = text.split('\n').findIndex((l) => l.includes('"dateLine"')) + 1;
      expect(r.errors[0]?.line).toBe(line);
    }
  });
});
