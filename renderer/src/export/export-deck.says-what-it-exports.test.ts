import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../core/deck/compile';
import { type Report, ReportSchema } from '../../../core/report/schema';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { exportCounts, exportSummary, withoutBackups } from './export-deck';

const shanxi: Report = ReportSchema.parse(JSON.parse(shanxiText));
const deck = compileDeck(shanxi);
const backups = deck.slides.filter((s) => s.hidden).length;

describe('the export dialog says what it will export', () => {
  it('counts slides, backups and left-out slides', () => {
    const chosen = { ...deck, slides: deck.slides.slice(0, -1) };
    const lastIsBackup = deck.slides.at(-1)!.hidden ? 1 : 0;
    expect(exportCounts(chosen, deck)).toEqual({
      slides: deck.slides.length - 1,
      backups: backups - lastIsBackup,
      leftOut: 1,
    });
  });
  it('names the backups and the left-out slides, and what leaving the backups out changes', () => {
    const c = { slides: 49, backups: 15, leftOut: 2 };
    expect(exportSummary('pptx', c, true)).toBe('将导出 49 页：34 页放映，15 页备用；未选的 2 页不导出');
    expect(exportSummary('pdf', c, false)).toBe('将导出 34 页：34 页放映；15 页备用页不导出；未选的 2 页不导出');
    expect(exportSummary('memo', c, true)).toContain('简报');
  });
  it('leaving the backups out drops them and numbers the rest again', () => {
    expect(backups).toBeGreaterThan(0);
    const out = withoutBackups(deck);
    expect(out.slides.map((s) => s.id)).toEqual(deck.slides.filter((s) => !s.hidden).map((s) => s.id));
    const pageNumbers = out.slides.map((s) => s.elements.find((e) => e.kind === 'text' && e.role === 'page-number'));
    const numbered = pageNumbers.flatMap((el, i) =>
      el && el.kind === 'text' ? [[i + 1, el.lines.map((l) => l.runs.map((r) => r.text).join('')).join('')]] : [],
    );
    expect(numbered.length).toBeGreaterThan(0);
    for (const [i, text] of numbered) expect(text).toBe(String(i));
  });
});
