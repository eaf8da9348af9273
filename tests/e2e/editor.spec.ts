/**
 * The editor: the slide rail with thumbnails, selecting a slide, its notes, and the theme.
 */
import { shanxiDeck } from './support/deck';
import { expect, openApp, rgb, test } from './support/fixtures';

const deck = shanxiDeck();

test('the rail lists every slide; clicking one selects it and shows its notes', async ({ page }) => {
  const editor = await openApp(page, 'editor');
  const rail = page.getByTestId('rail');
  const items = rail.locator('.rail-item');
  await expect(items).toHaveCount(deck.slides.length);
  await expect(rail.locator('.rail-item.hidden-slide')).toHaveCount(deck.slides.filter((s) => s.hidden).length);
  // Thumbnails in view are drawn (the rest lazily, when scrolled to).
  await expect(items.first().locator('.slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[0]!.id);
  await expect(items.nth(1).locator('.slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[1]!.id);
  await expect(items.first()).toHaveAttribute('aria-current', 'true');

  const notes = page.getByTestId('notes');
  for (const i of [2, 7, 20, deck.slides.length - 1]) {
    const item = items.nth(i);
    await item.scrollIntoViewIfNeeded();
    await expect(item.locator('.slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[i]!.id);
    await item.click();
    await expect(editor).toHaveAttribute('data-index', String(i));
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(item).toHaveClass(/current/);
    await expect(rail.locator('.rail-item.current')).toHaveCount(1);
    await expect(page.locator('main.current .slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[i]!.id);
    // The notes are editable (the briefing keeps edits): the field holds the slide's notes.
    await expect(notes).toHaveValue(deck.slides[i]!.notes);
  }

  // The editor's own keys move through every slide, backups included.
  await items.nth(19).click();
  await page.keyboard.press('ArrowDown');
  await expect(editor).toHaveAttribute('data-index', '20');
  await expect(page.locator('main.current .slide-canvas')).toHaveAttribute('data-slide-kind', deck.slides[20]!.kind);
});

test('the theme select switches the theme', async ({ page }) => {
  await openApp(page, 'editor');
  const blue = shanxiDeck('blue');
  // A slide with figures, read from the deck: since issue 14 slide 2 is a section divider.
  const at = deck.slides.findIndex((s) => s.kind === 'targets');
  expect(at).toBeGreaterThan(0);
  await page.getByTestId('rail').locator(`.rail-item[data-index="${at}"]`).click();
  const current = page.locator('main.current .slide-canvas');
  await expect(current).toHaveCSS('background-color', rgb(deck.slides[at]!.background));
  expect(blue.slides[at]!.background.toLowerCase()).not.toBe(deck.slides[at]!.background.toLowerCase());

  await page.getByTestId('theme-select').selectOption('blue');
  await expect(current).toHaveCSS('background-color', rgb(blue.slides[at]!.background));
  await expect(page.getByTestId('editor')).toHaveAttribute('data-index', String(at));
  // Thumbnails follow.
  await expect(page.getByTestId('rail').locator('.rail-item').first().locator('.slide-canvas')).toHaveCSS(
    'background-color',
    rgb(blue.slides[0]!.background),
  );
  // And the figures take the theme's figure colour.
  const figure = current.locator('.figure-run').first();
  await expect(figure).toHaveCSS('color', rgb(blue.theme.colors.figure));

  await page.getByTestId('theme-select').selectOption('official');
  await expect(current).toHaveCSS('background-color', rgb(deck.slides[at]!.background));
});

test('the theme URL parameter opens the deck in that theme', async ({ page }) => {
  await openApp(page, 'show', { theme: 'blue' });
  const blue = shanxiDeck('blue');
  await expect(page.getByTestId('slideshow').locator('.slide-canvas')).toHaveCSS(
    'background-color',
    rgb(blue.slides[0]!.background),
  );
});

test('the editor’s own keys and search move through every slide, backups included', async ({ page }) => {
  const editor = await openApp(page, 'editor');
  await page.keyboard.press('End');
  await expect(editor).toHaveAttribute('data-index', String(deck.slides.length - 1));
  await page.keyboard.press('Home');
  await expect(editor).toHaveAttribute('data-index', '0');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(editor).toHaveAttribute('data-index', '2');
  await page.keyboard.press('ArrowUp');
  await expect(editor).toHaveAttribute('data-index', '1');

  const backup = deck.slides.findIndex((s) => s.hidden);
  await page.keyboard.press('Control+f');
  const search = page.getByTestId('search');
  await expect(search.getByRole('textbox')).toBeFocused();
  await page.keyboard.type(deck.slides[backup]!.title);
  await expect(search.locator('.search-hits li').first()).toHaveAttribute('data-index', String(backup));
  await page.keyboard.press('Enter');
  await expect(search).toHaveCount(0);
  await expect(editor).toHaveAttribute('data-index', String(backup));
  await expect(page.locator('main.current .slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[backup]!.id);
  await expect(page.getByTestId('rail').locator(`.rail-item[data-index="${backup}"]`)).toBeInViewport();
});
