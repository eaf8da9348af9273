/**
 * The PDF date line is the briefing's, like its watermark: set once in the export panel, it is
 * autosaved (kept over a reload), offered checked with its text at the next export, and written
 * into the saved `.govbrief.json`.
 */
import { readFileSync } from 'node:fs';
import { loadBriefing } from '../../core/briefing/load';
import { expect, openApp, test } from './support/fixtures';

test('the date line chosen for a PDF is kept in the briefing: over a reload and in the saved file', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const DATE_LINE = '2025年3月5日印发';
  await openApp(page, 'editor');
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-memo').check();
  await page.getByTestId('export-date-line').check();
  await page.getByTestId('export-date-line-text').fill(DATE_LINE);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  await download;
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('export-panel').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('export-panel')).toBeHidden();

  await expect(page.getByTestId('autosave')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-pdf').check();
  await expect(page.getByTestId('export-date-line')).toBeChecked();
  await expect(page.getByTestId('export-date-line-text')).toHaveValue(DATE_LINE);
  await page.getByTestId('export-panel').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('export-panel')).toBeHidden();

  const saved = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await saved;
  const loaded = loadBriefing(file.suggestedFilename(), readFileSync(await file.path()));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message.en).join('; '));
  expect(loaded.briefing.dateLine).toBe(DATE_LINE);
});
