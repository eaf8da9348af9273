/**
 * The show's overview and search (web build in Chromium): the overview is opaque (the slide
 * under it does not show through) and its title stays at the top while the grid scrolls; search
 * says how many slides it found, highlights the match, and its excerpts run from sentence to
 * sentence (the rule itself: renderer/src/app/slide-text.search-excerpt-at-sentence-boundaries.test.ts).
 */
import { expect, openApp, test } from './support/fixtures';

test('the overview is opaque and its title stays at the top as the grid scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, 'show');
  await page.keyboard.press('g');
  const overview = page.getByTestId('overview');
  await expect(overview).toHaveCSS('background-color', 'rgb(17, 17, 17)');
  const title = overview.locator('.overview-title');
  await expect(title).toHaveCSS('background-color', 'rgb(17, 17, 17)');
  await overview.evaluate((e) => (e.scrollTop = 2000));
  await expect.poll(() => overview.evaluate((e) => e.scrollTop)).toBeGreaterThan(500);
  expect((await title.boundingBox())!.y).toBeLessThanOrEqual(1);
});

test('search shows the hit count, highlights the match, and cuts excerpts at sentences', async ({ page }) => {
  // A word the deck uses both in full sentences (the review's highlights) and in short labels: since
  // issue 14 '就业' is found only in labels and card titles, whose excerpts end at the line end.
  const QUERY = '发展';
  await openApp(page, 'show');
  await page.keyboard.press('Control+f');
  await page.keyboard.type(QUERY);
  const items = page.locator('.search-hits li');
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  expect(n).toBeGreaterThan(1);
  await expect(page.getByTestId('search-count')).toHaveText(`找到 ${n} 页`);
  await expect(items.locator('mark')).toHaveText(Array.from({ length: n }, () => QUERY));
  // Excerpts run to a sentence end, not a cut mid-sentence.
  const excerpts = await items.locator('.excerpt').allTextContents();
  expect(excerpts.filter((e) => /[。；！？]$/.test(e)).length).toBeGreaterThan(0);
  await page.keyboard.type('没有这个词');
  await expect(page.getByTestId('search-count')).toHaveText('找到 0 页');
});
