/**
 * Every export follows a briefing, as the app's export worker and the CLI run them (compileDeck,
 * applyBriefing, runExport with the deck): PDF slides and notes pages have the briefing's slides
 * in its order with its notes; the memo, written from the report, has the briefing's sections in
 * its order and not the ones left out; the watermark is drawn.
 */
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { runExport } from '../export/run';
import { flattenOutline, readPdf, squash } from '../../tests/support/pdf-reader';
import { bundledReport } from '../../tests/support/pdf-fixtures';
import { readExportFonts } from '../node/fonts-bytes';
import { applyBriefing, baseIds, briefingCompileOptions, newBriefing } from './apply';
import { moveSection, moveSlide, setIncluded, setNote, setSectionIncluded } from './edit';

const shanxi = bundledReport('shanxi-2025');
const fonts = readExportFonts();
const NOTE = '这一页先讲目标，再讲措施。';

let b = newBriefing(shanxi, compileDeck(shanxi), 'blue');
b = setSectionIncluded(
  b,
  'projects-2025',
  false,
  shanxi.sections.map((s) => s.id),
);
b = moveSection(b, 'tasks-2025', 0);
b = setIncluded(b, 'contents', false);
b = moveSlide(b, 'closing', 1, baseIds(compileDeck(shanxi, briefingCompileOptions(b, undefined))));
b = setNote(b, 'targets-2025/targets', NOTE);
const deck = applyBriefing(compileDeck(shanxi, briefingCompileOptions(b, undefined)), b, shanxi).deck;

describe('exports of a briefing', () => {
  it('PDF slides: the briefing’s slides in its order, watermarked', async () => {
    const { bytes } = await runExport({ format: 'pdf', report: shanxi, deck, fonts, watermark: '内部资料' });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(deck.slides.length);
    pdf.pages.forEach((p, i) => expect(p.text, `page ${i + 1}`).toContain(squash(deck.slides[i]!.title)));
    expect(deck.slides[1]!.id).toBe('closing');
    expect(pdf.pages.every((p) => p.items.some((t) => t.rotated && t.str.includes('内部资料')))).toBe(true);
  });

  it('notes pages carry the edited note', async () => {
    const { bytes } = await runExport({ format: 'notes', report: shanxi, deck, fonts });
    const pdf = await readPdf(bytes);
    const at = deck.slides.findIndex((s) => s.id === 'targets-2025/targets');
    const withNote = pdf.pages.filter((p) => p.text.includes(squash(NOTE)));
    expect(withNote).toHaveLength(1);
    expect(withNote[0]!.text).toContain(`第${at + 1}张`);
  });

  it('the memo has the briefing’s sections, in its order', async () => {
    const { bytes } = await runExport({ format: 'memo', report: shanxi, deck, fonts });
    const titles = flattenOutline((await readPdf(bytes)).outline).map((n) => n.title);
    const sectionTitle = (id: string) => shanxi.sections.find((s) => s.id === id)!.title;
    expect(titles).not.toContain(sectionTitle('projects-2025'));
    const order = ['tasks-2025', 'targets-2025', 'review-2024'].map((id) => titles.indexOf(sectionTitle(id)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});
