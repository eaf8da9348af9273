/**
 * exportPdf on arbitrary compiled decks (fast-check; 1,000 runs in CI, fewer locally — see
 * tests/support/fuzz-runs.ts): pdf.js opens every file, it has one page per slide, and each page's
 * text holds its slide's drawn title — as the exporter documents it: characters the deck font
 * lacks (emoji, control characters) are left out with a warning naming them, characters outside
 * the BMP that it has go through Private Use Area stand-ins (tests/support/pdf-text.ts). A second
 * property does the same for the handout and notes layouts (any slides per page). The decks are 1–6 slides of compiled
 * generated reports (tests/generators/deck-arbitrary.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../core/deck/types';
import { exportPdf, HANDOUTS_PER_PAGE, type PdfExportOptions } from '../../core/export/pdf';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { drawnTitle, smallDeckArbitrary, titleElement } from '../generators/deck-arbitrary';
import { fuzzRuns, fuzzTimeout } from '../support/fuzz-runs';
import { pdfDrawnText, pdfPageTexts } from '../support/pdf-text';

const fonts = readExportFonts();
const RUNS = fuzzRuns(40);
const PAPER_RUNS = fuzzRuns(10);

/** The drawn title of each slide as a PDF page shows it, and whether the font lacked a character of it. */
function expectedTitle(deck: Deck, i: number): { text: string; lacking: boolean } {
  const slide = deck.slides[i]!;
  const weight = titleElement(slide)?.weight ?? 'bold';
  const raw = drawnTitle(slide);
  const text = pdfDrawnText(raw, weight, fonts);
  const lacking =
    pdfDrawnText(raw.replace(/[\uD800-\uDFFF]/g, ''), weight, fonts).length <
    raw.replace(/[\s\uD800-\uDFFF]/g, '').length;
  return { text, lacking };
}

async function slidesPdfProblems(deck: Deck): Promise<string[]> {
  const { bytes, report } = await exportPdf(deck, { layout: 'slides', fonts });
  const pages = await pdfPageTexts(bytes);
  const problems: string[] = [];
  if (pages.length !== deck.slides.length) problems.push(`${pages.length} pages for ${deck.slides.length} slides`);
  if (report.pages !== pages.length) problems.push(`report.pages ${report.pages} ≠ ${pages.length}`);
  deck.slides.forEach((slide, i) => {
    const page = pages[i];
    if (page === undefined) return;
    const { text, lacking } = expectedTitle(deck, i);
    if (!page.includes(text))
      problems.push(
        `page ${i + 1} (${slide.kind} ${slide.id}): title "${text.slice(0, 60)}" not in "${page.slice(0, 160)}"`,
      );
    if (lacking && report.warnings.length === 0)
      problems.push(`page ${i + 1}: the font lacks a character of the title, but there is no warning`);
  });
  return problems;
}

describe('exportPdf on arbitrary compiled decks', () => {
  it(
    `slides: pdf.js reads every file, one page per slide, each showing its title (${RUNS} runs)`,
    async () => {
      let pages = 0;
      await fc.assert(
        fc.asyncProperty(smallDeckArbitrary(), async (deck) => {
          expect(await slidesPdfProblems(deck)).toEqual([]);
          pages += deck.slides.length;
        }),
        { numRuns: RUNS },
      );
      expect(pages).toBeGreaterThanOrEqual(RUNS);
    },
    fuzzTimeout(RUNS, 35),
  );

  it(
    `handouts and notes pages: pdf.js reads every file and every slide's title is on its pages (${PAPER_RUNS} runs)`,
    async () => {
      const layout: fc.Arbitrary<Pick<PdfExportOptions, 'layout' | 'perPage'>> = fc.oneof(
        fc.constantFrom(...HANDOUTS_PER_PAGE).map((perPage) => ({ layout: 'handouts' as const, perPage })),
        fc.constant({ layout: 'notes' as const }),
      );
      await fc.assert(
        fc.asyncProperty(smallDeckArbitrary({ maxSlides: 4 }), layout, async (deck, options) => {
          // includeHidden: every slide, backups and the closing slide too (left out by default).
          const { bytes, report } = await exportPdf(deck, { ...options, includeHidden: true, fonts });
          const pages = await pdfPageTexts(bytes);
          expect(pages.length).toBe(report.pages);
          const all = pages.join('');
          const missing = deck.slides.map((_, i) => expectedTitle(deck, i).text).filter((t) => !all.includes(t));
          expect(missing).toEqual([]);
        }),
        { numRuns: PAPER_RUNS },
      );
    },
    fuzzTimeout(PAPER_RUNS, 35),
  );
});
