/**
 * The Shanxi PPTX opened by a real presentation program: LibreOffice Impress converts it to PDF
 * (hidden slides included), and the PDF must have one page per deck slide, no blank page, and each
 * slide's title and figures on its page. Runs where `soffice` is installed (.ci/run installs
 * libreoffice-impress); skipped with the reason elsewhere. One conversion serves every assertion.
 *
 * Fonts: LibreOffice gets a fontconfig file of its own that adds the bundled Noto Sans SC (the
 * font the deck was measured with) and maps 微软雅黑 / Microsoft YaHei to it, so the check does not
 * depend on which CJK fonts the machine happens to have.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import type { Deck, Slide, TextBlock } from '../deck/types';
import { loadReportFile } from '../node/report-file';
import { exportPptx } from './pptx';
import { fontconfig } from '../../tests/support/pptx/libreoffice';

const hasSoffice = (process.env['PATH'] ?? '')
  .split(delimiter)
  .some((dir) => dir !== '' && existsSync(join(dir, 'soffice')));
const SKIP_REASON =
  'soffice (LibreOffice) is not installed: apt-get install --no-install-recommends libreoffice-impress';
if (!hasSoffice) console.warn(`pptx.libreoffice.test.ts skipped: ${SKIP_REASON}`);

const CONVERT_TIMEOUT_MS = 120_000;
const PDF_FILTER = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}';

/** LibreOffice may put spaces between CJK and Latin text, and breaks lines: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Emphasised runs a slide shows as text boxes (the page number is a field, bars are the chart's). */
function figureRuns(slide: Slide): string[] {
  const blocks: TextBlock[] = slide.elements.flatMap((el): TextBlock[] => {
    switch (el.kind) {
      case 'text':
        return el.role === 'page-number' ? [] : [el];
      case 'kpi':
        return [el.value, el.label];
      case 'list':
        return el.items.map((it) => it.block);
      case 'table':
        return el.rows.flatMap((row) => row.map((c) => c.block));
      case 'chart':
        return [
          el.title,
          ...(el.chartKind === 'donut'
            ? [...(el.geometry.centre ? [el.geometry.centre] : []), ...el.geometry.legend.map((l) => l.block)]
            : []),
        ];
      case 'shape':
        return [];
    }
  });
  return blocks.flatMap((b) =>
    b.lines.flatMap((l) => l.runs.filter((r) => r.emphasis && r.text.trim()).map((r) => r.text)),
  );
}

describe.skipIf(!hasSoffice)(
  `LibreOffice Impress opens the Shanxi PPTX${hasSoffice ? '' : ` (skipped: ${SKIP_REASON})`}`,
  () => {
    let work: string;
    let deck: Deck;
    let pages: string[];
    let convertMs: number;

    beforeAll(async () => {
      const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
      if (!r.ok) throw new Error('shanxi-2025.json does not load');
      deck = compileDeck(r.report);
      work = mkdtempSync(join(tmpdir(), 'govbrief-lo-'));
      const file = join(work, 'shanxi.pptx');
      writeFileSync(file, (await exportPptx(deck)).bytes);
      const out = join(work, 'out');
      mkdirSync(out);
      const started = Date.now();
      // A fresh profile per run: parallel runs and CI do not share (or lock) one.
      await promisify(execFile)(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          PDF_FILTER,
          '--outdir',
          out,
          file,
        ],
        { timeout: CONVERT_TIMEOUT_MS, env: { ...process.env, FONTCONFIG_FILE: fontconfig(work), HOME: work } },
      );
      convertMs = Date.now() - started;
      const pdf = join(out, 'shanxi.pdf');
      expect(existsSync(pdf), `soffice wrote no PDF; ${out} has ${readdirSync(out).join(', ')}`).toBe(true);
      pages = await pdfPageTexts(new Uint8Array(readFileSync(pdf)));
    }, CONVERT_TIMEOUT_MS + 60_000);

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('has one page per deck slide, hidden backup slides included', () => {
      expect(convertMs).toBeLessThan(CONVERT_TIMEOUT_MS);
      expect(pages).toHaveLength(deck.slides.length);
      expect(deck.slides.some((s) => s.hidden)).toBe(true);
    });

    it('has no blank page: every page has text', () => {
      const blank = pages.map((p, i) => (squash(p) === '' ? i + 1 : 0)).filter(Boolean);
      expect(blank).toEqual([]);
    });

    it('shows every slide title, each on its own slide’s page', () => {
      const all = squash(pages.join(''));
      const missing = deck.slides.filter((s) => !all.includes(squash(s.title))).map((s) => s.title);
      expect(missing).toEqual([]);
      deck.slides.forEach((s, i) => expect(squash(pages[i]!), `page ${i + 1}`).toContain(squash(s.title)));
    });

    it('shows every figure of each slide on its page (text boxes, and the bar charts’ data labels)', () => {
      const missing: string[] = [];
      deck.slides.forEach((s, i) => {
        const page = squash(pages[i]!);
        for (const f of figureRuns(s)) if (!page.includes(squash(f))) missing.push(`page ${i + 1}: ${f}`);
        for (const el of s.elements) {
          if (el.kind === 'chart' && el.chartKind === 'bar')
            for (const d of el.data)
              if (!page.includes(squash(d.display))) missing.push(`page ${i + 1} chart: ${d.display}`);
        }
      });
      expect(missing).toEqual([]);
    });
  },
);
