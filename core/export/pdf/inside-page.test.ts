/**
 * No glyph is drawn outside the page: every text item (its baseline start, its advance, its
 * ascent) lies within the page box, in every layout, watermark included.
 */
import { describe, expect, it } from 'vitest';
import type { PdfExportOptions } from '../pdf';
import { BUNDLED, bundledReport, exported } from '../../../tests/support/pdf-fixtures';
import { readPdf } from '../../../tests/support/pdf-reader';

const EPS = 0.5;
const LAYOUTS: [string, (name: (typeof BUNDLED)[number]) => Omit<PdfExportOptions, 'fonts'>][] = [
  ['slides', () => ({ layout: 'slides', watermark: '内部资料', dateLine: '2025年3月5日印发' })],
  ['handouts-1', () => ({ layout: 'handouts', perPage: 1 })],
  ['handouts-2', () => ({ layout: 'handouts', perPage: 2 })],
  ['handouts-3', () => ({ layout: 'handouts', perPage: 3, watermark: '内部资料', dateLine: '2025年3月5日印发' })],
  ['handouts-4', () => ({ layout: 'handouts', perPage: 4 })],
  ['handouts-6', () => ({ layout: 'handouts', perPage: 6 })],
  ['notes', () => ({ layout: 'notes', watermark: '内部资料' })],
  [
    'memo',
    (name) => ({ layout: 'memo', report: bundledReport(name), watermark: '内部资料', dateLine: '2025年3月5日印发' }),
  ],
];

describe.each(BUNDLED)('every glyph inside the page: %s', (name) => {
  it.each(LAYOUTS)('%s', async (_, options) => {
    const pdf = await readPdf((await exported(name, options(name))).bytes);
    const outside: string[] = [];
    pdf.pages.forEach((page, p) => {
      for (const it of page.items) {
        if (it.rotated) {
          // The watermark: its start and its end along the diagonal.
          const inside = (x: number, y: number) =>
            x >= -EPS && y >= -EPS && x <= page.widthPt + EPS && y <= page.heightPt + EPS;
          if (!inside(it.x, it.y)) outside.push(`page ${p + 1}: watermark starts outside`);
          if (!inside(it.x + it.width * it.dir[0], it.y + it.width * it.dir[1]))
            outside.push(`page ${p + 1}: watermark ends outside`);
          continue;
        }
        const right = it.x + it.width;
        const top = it.y + it.size;
        if (it.x < -EPS || right > page.widthPt + EPS || it.y < -EPS || top > page.heightPt + EPS) {
          outside.push(
            `page ${p + 1}: "${it.str}" at x ${it.x.toFixed(1)}–${right.toFixed(1)}, y ${it.y.toFixed(1)}–${top.toFixed(1)}`,
          );
        }
      }
    });
    expect(outside).toEqual([]);
  });
});
