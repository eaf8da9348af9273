/**
 * Scale, in `npm test`: the generated report of ~300 slides drawing 3,800 distinct characters
 * (generateLargeReport, the bench's) exports to PPTX and to PDF; both files read back whole — every
 * PPTX XML part parses, the PDF has a page per slide — with every slide's title, and this test
 * process's peak memory stays within the 1 GB target. Times are checked against 3× the bench
 * targets (a busy CI machine runs other test files beside this one); `npm run bench -- memory`
 * prints the exact figures (measured: PPTX 1.6 s, PDF 1.6 s, peak 452 MB).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../core/deck/compile';
import type { Deck } from '../../core/deck/types';
import { exportPdf } from '../../core/export/pdf';
import { exportPptx } from '../../core/export/pptx';
import { stripControlChars } from '../../core/export/text-safety';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { PDF_300_TARGET_MS, PEAK_RSS_TARGET_MB, PPTX_300_TARGET_MS } from '../bench/cases/memory';
import { drawnTitle, titleElement } from '../generators/deck-arbitrary';
import { generateLargeReport } from '../generators/report-arbitrary';
import { pdfDrawnText, pdfPageTexts, squash } from '../support/pdf-text';
import { readPptx } from '../support/pptx-read';

const fonts = readExportFonts();
let deck: Deck;
beforeAll(() => {
  deck = compileDeck(generateLargeReport({ slidesTarget: 300, distinctChars: 3800, seed: 2025 }));
}, 60_000);

describe('the 300-slide, 3,800-character report', () => {
  it('is that large (guard)', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(290);
    const chars = new Set<string>();
    for (const s of deck.slides)
      for (const ch of JSON.stringify(s.elements)) if (/[\u4e00-\u9fa5]/.test(ch)) chars.add(ch);
    expect(chars.size).toBeGreaterThanOrEqual(3800);
  });

  it('exports to PPTX: every XML part parses, every slide shows its title', async () => {
    const t0 = performance.now();
    const { bytes } = await exportPptx(deck);
    const ms = performance.now() - t0;
    const pkg = readPptx(bytes);
    expect(pkg.parseProblems).toEqual([]);
    expect(pkg.slides).toHaveLength(deck.slides.length);
    const missing = deck.slides
      .filter((s, i) => !squash(pkg.slides[i]!.text).includes(squash(stripControlChars(drawnTitle(s)))))
      .map((s) => s.id);
    expect(missing).toEqual([]);
    expect(ms).toBeLessThan(3 * PPTX_300_TARGET_MS);
  }, 120_000);

  it('exports to PDF: pdf.js reads a page per slide, each with its title', async () => {
    const t0 = performance.now();
    const { bytes } = await exportPdf(deck, { layout: 'slides', fonts });
    const ms = performance.now() - t0;
    const pages = await pdfPageTexts(bytes);
    expect(pages).toHaveLength(deck.slides.length);
    const missing = deck.slides
      .filter((s, i) => !pages[i]!.includes(pdfDrawnText(drawnTitle(s), titleElement(s)?.weight ?? 'bold', fonts)))
      .map((s) => s.id);
    expect(missing).toEqual([]);
    expect(ms).toBeLessThan(3 * PDF_300_TARGET_MS);
  }, 120_000);

  it(`the process's peak memory after both exports is within ${PEAK_RSS_TARGET_MB} MB`, () => {
    // maxRSS (KB) of this test file's own process: report, deck, fonts, both exports and both read-backs.
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(PEAK_RSS_TARGET_MB);
  });
});
