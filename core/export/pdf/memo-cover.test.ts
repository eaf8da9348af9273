/**
 * The memo is headed with the deck's cover wording: a briefing that retitles the cover (title,
 * meeting, date, presenter) gets a memo with that title block, running header, first bookmark
 * and document title — the same title the file is named after (runExport) — not the report's.
 */
import { describe, expect, it } from 'vitest';
import { applyBriefing, briefingCompileOptions, newBriefing } from '../../briefing/apply';
import { setCover } from '../../briefing/edit';
import { compileDeck } from '../../deck/compile';
import { readExportFonts } from '../../node/fonts-bytes';
import { exportFileName } from '../names';
import { runExport } from '../run';
import { bundledReport } from '../../../tests/support/pdf-fixtures';
import { pageLines, readPdf, squash } from '../../../tests/support/pdf-reader';

const shanxi = bundledReport('shanxi-2025');
const COVER = {
  title: '省政府常务会议汇报',
  meeting: '省政府第十二次常务会议',
  date: '2025年3月5日',
  presenter: '省政府办公厅',
};

let b = newBriefing(shanxi, compileDeck(shanxi), 'official');
b = setCover(b, 'title', COVER.title);
b = setCover(b, 'meeting', COVER.meeting);
b = setCover(b, 'date', COVER.date);
b = setCover(b, 'presenter', COVER.presenter);
const deck = applyBriefing(compileDeck(shanxi, briefingCompileOptions(b, undefined)), b, shanxi).deck;

describe('memo of a briefing with cover overrides', () => {
  it('title block, header, bookmark and document title follow the cover; the file is named after it', async () => {
    expect(deck.meta.title).toBe(COVER.title);
    const result = await runExport({
      format: 'memo',
      report: shanxi,
      deck,
      fonts: readExportFonts(),
      dateLine: '2025年3月6日印发',
    });
    expect(result.fileName).toBe(exportFileName(COVER.title, 'memo'));
    const pdf = await readPdf(result.bytes);
    const first = pageLines(pdf.pages[0]!).map((l) => squash(l.text));
    expect(first).toContain(squash(COVER.title));
    expect(first).toContain(squash(`${COVER.meeting} · ${COVER.date}`));
    expect(first).toContain(squash(`报告人：${COVER.presenter}`));
    expect(first).toContain('2025年3月6日印发');
    // The report's own wording is gone from the title block and every running header.
    const all = pdf.pages.map((p) => p.text).join('');
    expect(all).not.toContain(squash(shanxi.title));
    expect(all).not.toContain(squash(shanxi.delivered.meeting));
    expect(all).not.toContain(squash(shanxi.delivered.by));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const p of pdf.pages.slice(1)) expect(p.text).toContain(squash(`${COVER.title} · 简报`));
    expect(pdf.outline[0]!.title).toBe(COVER.title);
    expect(pdf.info['Title']).toBe(`${COVER.title}（简报）`);
  });

  it('without overrides the memo keeps the report’s wording', async () => {
    const pdf = await readPdf((await runExport({ format: 'memo', report: shanxi, fonts: readExportFonts() })).bytes);
    const first = pageLines(pdf.pages[0]!).map((l) => squash(l.text));
    expect(first).toContain(squash(shanxi.title));
    expect(first).toContain(squash(`${shanxi.delivered.meeting} · 2025年1月17日`));
    expect(first).toContain(squash(`报告人：${shanxi.delivered.by}`));
  });
});
