/**
 * Chinese line breaking follows the deck's rules everywhere the PDF wraps or draws lines: no
 * text line starts with closing punctuation 、，。；：！？）」 and none ends with an opening
 * bracket （「 (lines read back from the PDF: items on one baseline, split at wide gaps).
 */
import { describe, expect, it } from 'vitest';
import type { PdfExportOptions } from '../pdf';
import { exportPdf } from '../pdf';
import { BUNDLED, bundledDeck, bundledReport, exported, fonts } from '../../../tests/support/pdf-fixtures';
import { pageLines, readPdf } from '../../../tests/support/pdf-reader';

const NO_LINE_START = '、，。；：！？）」';
const NO_LINE_END = '（「';

const LAYOUTS: [string, (name: (typeof BUNDLED)[number]) => Omit<PdfExportOptions, 'fonts'>][] = [
  ['slides', () => ({ layout: 'slides' })],
  ['handouts-3', () => ({ layout: 'handouts', perPage: 3 })],
  ['notes', () => ({ layout: 'notes' })],
  ['memo', (name) => ({ layout: 'memo', report: bundledReport(name) })],
  [
    'memo with comparison',
    (name) => ({
      layout: 'memo',
      report: bundledReport(name),
      compareWith: bundledReport(name === 'shanxi-2025' ? 'china-2025' : 'shanxi-2025'),
    }),
  ],
];

describe.each(BUNDLED)('line starts and ends: %s', (name) => {
  it.each(LAYOUTS)('%s', async (_, options) => {
    const pdf = await readPdf((await exported(name, options(name))).bytes);
    const bad: string[] = [];
    let lines = 0;
    pdf.pages.forEach((page, p) => {
      for (const line of pageLines(page)) {
        lines++;
        const text = line.text.trim();
        if (text.length === 0) continue;
        if (NO_LINE_START.includes(text[0]!)) bad.push(`page ${p + 1} starts: ${text}`);
        if (NO_LINE_END.includes(text[text.length - 1]!)) bad.push(`page ${p + 1} ends: ${text}`);
      }
    });
    expect(lines).toBeGreaterThan(pdf.pages.length);
    expect(bad).toEqual([]);
  });
});

it('the check sees a line that starts with closing punctuation (so passing means something)', async () => {
  const deck = bundledDeck('china-2025');
  const block = (y: number, text: string) => ({
    kind: 'text' as const,
    role: 'body' as const,
    box: { x: 100, y, w: 1000, h: 50 },
    lines: [{ runs: [{ text }] }],
    fontSizePx: 32,
    lineHeightPx: 48,
    weight: 'regular' as const,
    color: '#000000',
    align: 'left' as const,
    valign: 'top' as const,
  });
  const bad = { ...deck, slides: [{ ...deck.slides[0]!, elements: [block(100, '第一行（'), block(160, '，第二行')] }] };
  const pdf = await readPdf((await exportPdf(bad, { layout: 'slides', fonts: fonts() })).bytes);
  expect(pageLines(pdf.pages[0]!).map((l) => l.text)).toEqual(expect.arrayContaining(['第一行（', '，第二行']));
});

it('the PDF code never wraps with jsPDF’s splitTextToSize (it puts 、，。 at line starts)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('.', import.meta.url).pathname;
  const sources = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => dir + f),
    new URL('../pdf.ts', import.meta.url).pathname,
  ];
  for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/splitTextToSize|maxWidth\s*:/);
});
