/**
 * Bookmarks (one per deck section at its first page, the slides inside; memo sections with
 * themes and work areas nested), document properties and /Lang zh-CN, the watermark on every
 * page, the date line, and the "第 x 页 / 共 y 页" footers of paper layouts.
 */
import { describe, expect, it } from 'vitest';
import { PDF_CREATOR } from '../pdf';
import { BUNDLED, bundledDeck, bundledReport, exported } from '../../../tests/support/pdf-fixtures';
import { flattenOutline, readPdf, squash } from '../../../tests/support/pdf-reader';

describe.each(BUNDLED)('bookmarks: %s', (name) => {
  const deck = bundledDeck(name);
  const sectionsWithSlides = deck.sections.filter((s) => deck.slides.some((sl) => sl.sectionId === s.id));
  const firstSlide = (sectionId: string) => deck.slides.findIndex((s) => s.sectionId === sectionId);

  it('slides: one per deck section at its first slide, every slide under its section', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'slides' })).bytes);
    expect(pdf.outline.map((o) => o.title)).toEqual(sectionsWithSlides.map((s) => s.title));
    pdf.outline.forEach((o, k) => {
      const section = sectionsWithSlides[k]!;
      expect(o.page).toBe(firstSlide(section.id));
      const slides = deck.slides.map((s, i) => ({ s, i })).filter(({ s }) => s.sectionId === section.id);
      expect(o.children.map((c) => c.title)).toEqual(slides.map(({ s }) => (s.hidden ? `备用：${s.title}` : s.title)));
      expect(o.children.map((c) => c.page)).toEqual(slides.map(({ i }) => i));
    });
  });

  it('handouts: sections point at the page that holds their first slide', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'handouts', includeHidden: true, perPage: 6 })).bytes);
    expect(pdf.outline.map((o) => [o.title, o.page])).toEqual(
      sectionsWithSlides.map((s) => [s.title, Math.floor(firstSlide(s.id) / 6)]),
    );
  });

  it('notes: sections point at their first slide’s notes page', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'notes', includeHidden: true })).bytes);
    for (const o of pdf.outline) {
      const section = sectionsWithSlides.find((s) => s.title === o.title)!;
      expect(pdf.pages[o.page]!.text).toContain(`第${firstSlide(section.id) + 1}张`);
    }
    expect(pdf.outline).toHaveLength(sectionsWithSlides.length);
  });

  it('memo: title, summary, every report section, themes and work areas nested', async () => {
    const report = bundledReport(name);
    const pdf = await readPdf((await exported(name, { layout: 'memo', report })).bytes);
    const top = pdf.outline.map((o) => o.title);
    expect(top.slice(0, 2)).toEqual([report.title, '摘要']);
    expect(top.slice(2, 2 + report.sections.length)).toEqual(report.sections.map((s) => s.title));
    for (const s of report.sections) {
      const node = pdf.outline.find((o) => o.title === s.title)!;
      expect(pdf.pages[node.page]!.text).toContain(squash(s.title));
      if (s.kind === 'review') expect(node.children).toHaveLength(s.themes.length);
      if (s.kind === 'tasks')
        expect(node.children.map((c) => c.title)).toEqual(s.tasks.map((t) => expect.stringContaining(t.title)));
    }
    for (const b of flattenOutline(pdf.outline)) expect(pdf.pages[b.page]!.text).toContain(squash(b.title));
  });
});

describe('document properties and language', () => {
  const deck = bundledDeck('shanxi-2025');

  it.each([
    ['slides', ''],
    ['notes', '（备注页）'],
  ] as const)('%s', async (layout, suffix) => {
    const pdf = await readPdf((await exported('shanxi-2025', { layout, keywords: ['简报'] })).bytes);
    expect(pdf.info).toMatchObject({
      Title: deck.meta.title + suffix,
      Subject: deck.meta.subject,
      Author: deck.meta.author,
      Creator: PDF_CREATOR,
      Language: 'zh-CN',
    });
    expect(pdf.info['Keywords']).toEqual(expect.stringContaining(deck.meta.region));
    expect(pdf.info['Keywords']).toEqual(expect.stringContaining('简报'));
  });

  it('memo title is the deck’s (the report’s unless a briefing retitles the cover: memo-cover.test.ts)', async () => {
    const report = bundledReport('shanxi-2025');
    const pdf = await readPdf((await exported('shanxi-2025', { layout: 'memo', report })).bytes);
    expect(pdf.info).toMatchObject({ Title: `${deck.meta.title}（简报）`, Creator: PDF_CREATOR, Language: 'zh-CN' });
  });
});

describe('watermark, date line, page footers', () => {
  const DATE = '2025年3月5日印发';

  it.each([
    ['slides', { layout: 'slides' as const }],
    ['handouts', { layout: 'handouts' as const, includeHidden: true, perPage: 4 as const }],
    ['notes', { layout: 'notes' as const, includeHidden: true }],
    ['memo', { layout: 'memo' as const, report: bundledReport('china-2025') }],
  ])('%s: a diagonal "内部资料" on every page, the date line', async (layout, options) => {
    const pdf = await readPdf(
      (await exported('china-2025', { ...options, watermark: '内部资料', dateLine: DATE })).bytes,
    );
    pdf.pages.forEach((p, i) => {
      const marks = p.items.filter((t) => t.rotated);
      expect(
        marks.map((t) => t.str),
        `page ${i + 1}`,
      ).toEqual(['内部资料']);
      const angle = (Math.atan2(marks[0]!.dir[1], marks[0]!.dir[0]) * 180) / Math.PI;
      expect(angle).toBeGreaterThan(20);
      expect(angle).toBeLessThan(70);
    });
    expect(pdf.pages[0]!.text).toContain(DATE);
    if (layout === 'handouts' || layout === 'notes') for (const p of pdf.pages) expect(p.text).toContain(DATE);
  });

  it('no watermark unless asked', async () => {
    const pdf = await readPdf((await exported('china-2025', { layout: 'slides' })).bytes);
    expect(pdf.pages.flatMap((p) => p.items).filter((t) => t.rotated)).toEqual([]);
  });

  it.each([
    ['handouts', { layout: 'handouts' as const, includeHidden: true, perPage: 2 as const }],
    ['notes', { layout: 'notes' as const, includeHidden: true }],
    ['memo', { layout: 'memo' as const, report: bundledReport('shanxi-2025') }],
  ])('%s: "第 x 页 / 共 y 页" on every page, the deck title in the header', async (_, options) => {
    const pdf = await readPdf((await exported('shanxi-2025', options)).bytes);
    const n = pdf.pages.length;
    pdf.pages.forEach((p, i) => {
      expect(p.text).toContain(`第${i + 1}页/共${n}页`);
      if (i > 0) expect(p.text).toContain(squash(bundledReport('shanxi-2025').title));
    });
  });

  it('slides have no paper footer', async () => {
    const pdf = await readPdf((await exported('china-2025', { layout: 'slides' })).bytes);
    for (const p of pdf.pages) expect(p.text).not.toMatch(/第\d+页\/共\d+页/);
  });
});
