/**
 * A report with more problems than the app lists is refused with the first ones and the count of
 * all: the error panel says "显示前 100 条，共 N 条 / first 100 of N" (the count comes from the
 * loader, not from the panel's own list). A report with few problems shows no such line.
 */
import { oneLineUnknownKeysReport } from '../generators/one-line-problems';
import { expect, openApp, test } from './support/fixtures';

const asFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a report with 250 problems: the error panel says it lists the first 100 of 250', async ({ page }) => {
  await openApp(page, 'editor');
  await page.getByTestId('file-input').setInputFiles([asFile('many.json', oneLineUnknownKeysReport(250))]);
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('error-count')).toHaveText('显示前 100 条，共 250 条 / first 100 of 250');
  await page.screenshot({ path: '/tmp/shots-w2-17/error-panel-first-100-of-250.png' });
});

test('a report with 3 problems: no count line, all three listed', async ({ page }) => {
  await openApp(page, 'editor');
  await page.getByTestId('file-input').setInputFiles([asFile('few.json', oneLineUnknownKeysReport(3))]);
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.problem')).toHaveCount(3);
  await expect(panel.getByTestId('error-count')).toHaveCount(0);
});
