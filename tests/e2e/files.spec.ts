/**
 * Opening report files in the editor (the file picker, data-testid=file-input): a broken file
 * shows the error panel with line:column and leaves the open deck as it was; a good file
 * replaces the deck.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deckOf, shanxiDeck } from './support/deck';
import { expect, openApp, test } from './support/fixtures';
import { REPO_ROOT } from './support/web';

const BAD = resolve(REPO_ROOT, 'tests/fixtures/bad-reports');
const expected = JSON.parse(readFileSync(resolve(BAD, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; line: number; column: number }
>;
const MINIMAL = 'tests/fixtures/good-reports/minimal.json';

for (const name of ['syntax-missing-comma.json', 'schema-missing-field.json']) {
  test(`a broken report (${name}) shows where it is broken and keeps the deck`, async ({ page }) => {
    const want = expected[name]!;
    const shanxi = shanxiDeck();
    const editor = await openApp(page, 'editor');
    const title = page.getByTestId('report-title');
    await expect(title).toHaveText(shanxi.meta.title);
    await page.getByTestId('rail').locator('.rail-item[data-index="3"]').click();
    await expect(editor).toHaveAttribute('data-index', '3');

    await page.getByTestId('file-input').setInputFiles(resolve(BAD, name));
    const panel = page.getByTestId('error-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(name);
    await expect(panel.locator('.problem').first().locator('code').first()).toHaveText(`${want.line}:${want.column}`);

    // The previous deck is still there, at the same slide.
    await expect(title).toHaveText(shanxi.meta.title);
    await expect(editor).toHaveAttribute('data-index', '3');
    await expect(page.getByTestId('rail').locator('.rail-item')).toHaveCount(shanxi.slides.length);
    const current = page.locator('main.current .slide-canvas');
    await expect(current).toBeVisible();
    await expect(current).toHaveAttribute('data-slide-id', shanxi.slides[3]!.id);

    await panel.getByRole('button').click();
    await expect(panel).toHaveCount(0);
    await expect(current).toHaveAttribute('data-slide-id', shanxi.slides[3]!.id);
  });
}

test('a good local report replaces the deck (and clears an earlier error)', async ({ page }) => {
  const minimal = deckOf(MINIMAL);
  const shanxi = shanxiDeck();
  expect(minimal.meta.title).not.toBe(shanxi.meta.title);
  await openApp(page, 'editor');
  await page.getByTestId('file-input').setInputFiles(resolve(BAD, 'syntax-missing-comma.json'));
  await expect(page.getByTestId('error-panel')).toBeVisible();

  await page.getByTestId('file-input').setInputFiles(resolve(REPO_ROOT, MINIMAL));
  await expect(page.getByTestId('report-title')).toHaveText(minimal.meta.title);
  await expect(page.getByTestId('report-title')).toHaveAttribute('title', 'minimal.json');
  await expect(page.getByTestId('error-panel')).toHaveCount(0);
  await expect(page.getByTestId('rail').locator('.rail-item')).toHaveCount(minimal.slides.length);
  await expect(page.locator('main.current .slide-canvas')).toHaveAttribute('data-slide-id', minimal.slides[0]!.id);

  // And it is what the show presents.
  await page.keyboard.press('F5');
  const show = page.getByTestId('slideshow');
  await expect(show).toHaveAttribute('data-count', String(minimal.slides.length));
  await expect(show.locator('.slide-canvas')).toHaveAttribute('data-slide-id', minimal.slides[0]!.id);
});
