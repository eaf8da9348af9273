/**
 * The editor's toolbar at the window sizes staff use (1366×768 laptops, 1920×1080 screens): one
 * row, the groups in the same order at both widths with export and the show at the right end,
 * every button with a bundled icon and a name, a visible 帮助 that opens the keys, and 数据提示
 * opening below the toolbar with a close button.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Each toolbar control's name and box, in document order. */
async function controls(page: Page) {
  const items = page.getByRole('toolbar').locator('button, select');
  const n = await items.count();
  const out: { name: string; x: number; y: number; right: number; bottom: number }[] = [];
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const box = (await item.boundingBox())!;
    const name = (await item.getAttribute('aria-label')) ?? (await item.getAttribute('data-testid')) ?? '';
    out.push({ name, x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height });
  }
  return out;
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: one row, every control inside the window, export and the show at the right end`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    const all = await controls(page);
    expect(all.length).toBeGreaterThan(12);
    const top = Math.min(...all.map((c) => c.y));
    for (const c of all) {
      // One row: every control starts within a few pixels of the first.
      expect(Math.abs(c.y - top), `${c.name} is on another row`).toBeLessThan(8);
      expect(c.right, `${c.name} is cut off`).toBeLessThanOrEqual(size.width);
    }
    // Left to right in document order: nothing reorders.
    for (let i = 1; i < all.length; i++) expect(all[i]!.x, all[i]!.name).toBeGreaterThan(all[i - 1]!.x);
    const names = all.map((c) => c.name);
    expect(names.slice(-4)).toEqual(['导出…', '演讲者视图', '从当前页放映', '从头放映']);
    // 从头放映 sits at the right edge.
    expect(size.width - all.at(-1)!.right).toBeLessThan(24);
  });
}

test('every toolbar button has an icon drawn from the bundle and a name', async ({ page }) => {
  await page.setViewportSize(SIZES[0]!);
  await openApp(page);
  const buttons = page.getByRole('toolbar').getByRole('button');
  const n = await buttons.count();
  for (let i = 0; i < n; i++) {
    const b = buttons.nth(i);
    await expect(b.locator('svg.icon')).toHaveCount(1);
    // Inline SVG paths, no image to fetch.
    await expect(b.locator('svg.icon path')).toHaveCount(1);
    expect(((await b.getAttribute('aria-label')) ?? '').length).toBeGreaterThan(0);
  }
});

test('帮助 is visible and opens the keys; 数据提示 opens below the toolbar and closes', async ({ page }) => {
  await page.setViewportSize(SIZES[0]!);
  await openApp(page);
  const help = page.getByRole('button', { name: '帮助' });
  await expect(help).toBeVisible();
  await expect(help).toHaveText('帮助');
  await help.click();
  await expect(page.getByText('快捷键')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('快捷键')).toHaveCount(0);

  await page.getByTestId('warnings-toggle').click();
  const panel = page.getByTestId('warnings');
  await expect(panel).toBeVisible();
  const bar = (await page.getByRole('toolbar').boundingBox())!;
  expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await expect(page.getByTestId('warnings-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('warnings-close').click();
  await expect(panel).toHaveCount(0);
});
