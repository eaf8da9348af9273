/**
 * The export dialog as a new user meets it (web build in Chromium): it says what it will export
 * (slides, backups, slides left out) and can leave the backups out (checked in the downloaded
 * PPTX); choosing another format clears the last result; focus moves in, Tab stays inside, Esc
 * closes and focus goes back; the one watermark control is the toolbar's, seen on the preview.
 */
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { shanxiDeck } from './support/deck';
import { expect, openApp, test } from './support/fixtures';

const deck = shanxiDeck();
const BACKUPS = deck.slides.filter((s) => s.hidden).length;
const SHOWN = deck.slides.length - BACKUPS;

/** Whether the focused element is inside the export dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const d = (
      globalThis as unknown as {
        document: { activeElement: unknown; querySelector(s: string): { contains(e: unknown): boolean } | null };
      }
    ).document;
    return d.querySelector('[data-testid="export-panel"] [role="dialog"]')?.contains(d.activeElement) ?? false;
  });
}

test.beforeAll(() => expect(BACKUPS).toBeGreaterThan(0));

test('says what it will export; leaving the backups out leaves them out of the file', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  // Leave one slide out in the rail.
  const contents = page.locator('[data-testid="rail"] .rail-entry').nth(1);
  await contents.getByTestId('slide-include').uncheck();
  const leftOut = await contents.locator('.rail-item').count();
  await page.getByTestId('export-button').click();
  const summary = page.getByTestId('export-summary');
  await expect(summary).toHaveText(
    `将导出 ${deck.slides.length - leftOut} 页：${SHOWN - leftOut} 页放映，${BACKUPS} 页备用；未选的 ${leftOut} 页不导出`,
  );
  await page.getByTestId('export-backups').uncheck();
  await expect(summary).toHaveText(
    `将导出 ${SHOWN - leftOut} 页：${SHOWN - leftOut} 页放映；${BACKUPS} 页备用页不导出；未选的 ${leftOut} 页不导出`,
  );
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const saved = await download;
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved');
  const zip = await JSZip.loadAsync(readFileSync(await saved.path()));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(SHOWN - leftOut);
  // Another format: the last result no longer applies.
  await page.getByTestId('export-format-pdf').check();
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('export-status')).toHaveText('');
  // The memo is not slides: it says so, and offers no backups option.
  await page.getByTestId('export-format-memo').check();
  await expect(summary).toContainText('简报');
  await expect(page.getByTestId('export-backups')).toHaveCount(0);
});

test('focus moves in, Tab and Shift+Tab stay inside, Esc closes and focus goes back', async ({ page }) => {
  await openApp(page);
  const button = page.getByTestId('export-button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-format-pptx')).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `after ${i + 1} × Tab`).toBe(true);
  }
  await page.getByTestId('export-format-pptx').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('export-run')).toBeFocused();
  // Arrow keys choose a format in the dialog; they do not move the editor's slide behind it.
  const index = await page.getByTestId('editor').getAttribute('data-index');
  await page.getByTestId('export-format-pptx').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-format-pdf')).toBeChecked();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-index', index!);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-panel')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('one watermark control: the toolbar’s, seen on the preview and named in the dialog', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('preview-watermark')).toHaveCount(0);
  await page.getByTestId('watermark-select').selectOption('内部资料');
  await expect(page.getByTestId('preview-watermark')).toHaveText('内部资料');
  await expect(page.getByTestId('preview-watermark')).toBeVisible();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-pdf').check();
  const note = page.getByTestId('export-watermark');
  await expect(note).toContainText('水印：内部资料');
  // No second control for it in the dialog.
  await expect(page.getByTestId('export-panel').getByRole('checkbox', { name: /水印/ })).toHaveCount(0);
  await page.getByTestId('export-format-pptx').check();
  await expect(note).toHaveText('PPTX 不加水印。');
});
