/**
 * exportPdf: page count and page size of every layout, options (perPage, includeHidden),
 * errors, the report it returns, and reproducible bytes.
 */
import { describe, expect, it } from 'vitest';
import { mmToPt } from '../deck/units';
import { exportPdf, HANDOUTS_PER_PAGE, PdfExportError } from './pdf';
import { BUNDLED, REPRODUCIBLE, bundledDeck, bundledReport, exported, fonts } from '../../tests/support/pdf-fixtures';
import { readPdf } from '../../tests/support/pdf-reader';

const A4 = { w: mmToPt(210), h: mmToPt(297) };

describe.each(BUNDLED)('exportPdf page count and size: %s', (name) => {
  const deck = bundledDeck(name);
  const n = deck.slides.length;

  it('slides: one 960×540 pt page per slide, hidden ones included by default', async () => {
    const { bytes, report } = await exported(name, { layout: 'slides' });
    const pdf = await readPdf(bytes);
    expect(report).toMatchObject({ pages: n, layout: 'slides', warnings: [] });
    expect(pdf.pages).toHaveLength(n);
    for (const p of pdf.pages) expect([p.widthPt, p.heightPt]).toEqual([960, 540]);
  });

  it('slides without hidden slides', async () => {
    const { report } = await exported(name, { layout: 'slides', includeHidden: false });
    expect(report.pages).toBe(deck.slides.filter((s) => !s.hidden).length);
  });

  it.each(HANDOUTS_PER_PAGE)('handouts, %i per page: A4 portrait, ceil(slides / n) pages', async (perPage) => {
    const { bytes, report } = await exported(name, { layout: 'handouts', includeHidden: true, perPage });
    const pdf = await readPdf(bytes);
    expect(report).toMatchObject({ pages: Math.ceil(n / perPage), layout: `handouts-${perPage}`, warnings: [] });
    expect(pdf.pages).toHaveLength(report.pages);
    for (const p of pdf.pages) {
      expect(p.widthPt).toBeCloseTo(A4.w, 1);
      expect(p.heightPt).toBeCloseTo(A4.h, 1);
    }
  });

  it('notes: A4, at least one page per slide, each slide on its own page first', async () => {
    const { bytes, report } = await exported(name, { layout: 'notes', includeHidden: true });
    const pdf = await readPdf(bytes);
    expect(report.layout).toBe('notes');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(n);
    for (const p of pdf.pages) expect(p.widthPt).toBeCloseTo(A4.w, 1);
    // Every slide's notes page says which slide it is.
    deck.slides.forEach((s, i) => expect(pdf.pages.some((p) => p.text.includes(`第${i + 1}张`))).toBe(true));
  });

  it('memo: A4 pages', async () => {
    const { bytes, report } = await exported(name, { layout: 'memo', report: bundledReport(name) });
    const pdf = await readPdf(bytes);
    expect(report).toMatchObject({ layout: 'memo', warnings: [] });
    expect(pdf.pages.length).toBe(report.pages);
    expect(report.pages).toBeGreaterThanOrEqual(1);
    for (const p of pdf.pages) expect(p.heightPt).toBeCloseTo(A4.h, 1);
  });
});

describe('exportPdf options and errors', () => {
  const deck = bundledDeck('china-2025');

  it('the memo needs the report', async () => {
    await expect(exportPdf(deck, { layout: 'memo', fonts: fonts() })).rejects.toThrow(PdfExportError);
  });

  it('handouts accept only 1, 2, 3, 4 or 6 per page', async () => {
    await expect(exportPdf(deck, { layout: 'handouts', perPage: 5 as never, fonts: fonts() })).rejects.toThrow(
      /perPage/,
    );
  });

  it('an unknown layout is an error', async () => {
    await expect(exportPdf(deck, { layout: 'poster' as never, fonts: fonts() })).rejects.toThrow(/layout/);
  });

  it('a deck with nothing to print is an error', async () => {
    await expect(
      exportPdf(
        { ...deck, slides: deck.slides.map((s) => ({ ...s, hidden: true })) },
        { layout: 'slides', includeHidden: false, fonts: fonts() },
      ),
    ).rejects.toThrow(/nothing to print/);
  });

  it('reports progress page by page', async () => {
    const seen: [number, number][] = [];
    const { report } = await exportPdf(deck, {
      layout: 'handouts',
      perPage: 2,
      fonts: fonts(),
      onProgress: (d, t) => seen.push([d, t]),
    });
    expect(seen).toEqual(Array.from({ length: report.pages }, (_, i) => [i + 1, report.pages]));
  });

  it('reports its wall time with the given clock', async () => {
    let t = 0;
    const { report } = await exportPdf(deck, { layout: 'slides', fonts: fonts(), now: () => (t += 100) });
    expect(report.ms).toBe(100);
  });

  it('gives the same bytes for the same input, date and file id', async () => {
    const a = await exportPdf(deck, { layout: 'handouts', perPage: 2, fonts: fonts(), ...REPRODUCIBLE });
    const b = await exportPdf(deck, { layout: 'handouts', perPage: 2, fonts: fonts(), ...REPRODUCIBLE });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  const oneLine = (text: string) => {
    const slide = deck.slides[0]!;
    return {
      ...deck,
      slides: [
        {
          ...slide,
          elements: [
            {
              kind: 'text' as const,
              role: 'body' as const,
              box: { x: 100, y: 100, w: 1000, h: 60 },
              lines: [{ runs: [{ text }] }],
              fontSizePx: 40,
              lineHeightPx: 60,
              weight: 'regular' as const,
              color: '#000000',
              align: 'left' as const,
              valign: 'top' as const,
            },
          ],
        },
      ],
    };
  };

  it('draws characters outside the BMP that the font has through Private Use Area stand-ins', async () => {
    const { bytes, report } = await exportPdf(oneLine('姓名：李𠂇（测试）'), { layout: 'slides', fonts: fonts() });
    expect(report.warnings.join('\n')).toMatch(/U\+20087/);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.text).toBe('姓名：李\ue000（测试）');
  });

  it('warns about characters the font cannot draw and still draws the rest of the line', async () => {
    const odd = oneLine('前文😀后文\u0007完');
    const { bytes, report } = await exportPdf(odd, { layout: 'slides', fonts: fonts() });
    expect(report.warnings.join('\n')).toMatch(/U\+1F600/);
    expect(report.warnings.join('\n')).toMatch(/U\+0007/);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.text).toBe('前文后文完');
  });
});
