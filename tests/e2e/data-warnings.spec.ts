/**
 * Data warnings a user can act on (web build in Chromium): a report whose figure no longer says
 * what its quote says opens with one warning, listed by slide and figure ("第 N 页 · 晋创谷挂牌运营
 * 7个设区市：…"); a click goes to that slide and highlights the figure, which is marked as
 * unverified on the slide.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileDeck } from '../../core/deck/compile';
import { figuresOfElement } from '../../core/deck/element-figures';
import { loadReport } from '../../core/report/load';
import { REPO_ROOT } from './support/web';
import { expect, openApp, test } from './support/fixtures';

const original = readFileSync(resolve(REPO_ROOT, 'data/reports/shanxi-2025.json'), 'utf8');
// "6个设区市" → "7个设区市" (value too, so the report stays valid): no longer in its quote.
const changed = original.replace(
  '"display": "6个设区市",\n                  "value": 6,',
  '"display": "7个设区市",\n                  "value": 7,',
);
const source = readFileSync(resolve(REPO_ROOT, 'data/sources/shanxi-2025.txt'), 'utf8');

/** The slide that draws the changed figure, found in Node from the same report. */
function slideOfFigure(): number {
  const r = loadReport('x.json', changed, { provenance: 'warning', readSource: () => ({ ok: true, text: source }) });
  if (!r.ok) throw new Error('the changed report must load');
  const deck = compileDeck(r.report);
  return deck.slides.findIndex((s) =>
    s.elements.some((el) => figuresOfElement(el).some((f) => f.display === '7个设区市')),
  );
}

test('a warning is listed by slide and figure; a click goes there and highlights the figure', async ({ page }) => {
  expect(changed).not.toBe(original);
  const index = slideOfFigure();
  expect(index).toBeGreaterThan(0);
  await openApp(page);
  // The report with its source text, picked together (the web build reads no other file).
  await page.getByTestId('file-input').setInputFiles([
    { name: 'shanxi-changed.json', mimeType: 'application/json', buffer: Buffer.from(changed) },
    { name: 'shanxi-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(source) },
  ]);
  const toggle = page.getByTestId('warnings-toggle');
  await expect(toggle).toContainText('数据提示（1）');
  await toggle.click();
  const warning = page.getByTestId('warning');
  await expect(warning).toHaveCount(1);
  await expect(warning.getByRole('button')).toHaveText(
    `第 ${index + 1} 页 · 晋创谷挂牌运营 7个设区市：数字原话 "7个设区市" 不在其引文中。`,
  );
  await warning.getByRole('button').click();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-index', String(index));
  const stage = page.locator('main.current');
  await expect(stage.locator('.figure-hit.highlighted')).toHaveCount(1);
  await expect(stage.locator('.figure-hit.highlighted')).toHaveAttribute('aria-label', /7个设区市/);
  await expect(stage.locator('.figure-hit.unverified')).toHaveCount(1);
  // Elsewhere nothing is marked.
  await page.getByTestId('rail').locator('.rail-item[data-index="0"]').click();
  await expect(stage.locator('.figure-hit.unverified, .figure-hit.highlighted')).toHaveCount(0);
});
