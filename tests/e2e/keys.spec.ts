/**
 * Every slideshow key does what the help says (PowerPoint conventions, nav/keys.ts), driven as a
 * presenter or a clicker would: real key presses on the built app in Chromium.
 */
import type { Locator, Page } from '@playwright/test';
import { shanxiDeck } from './support/deck';
import { expect, jumpTo, openApp, showState, test } from './support/fixtures';

const deck = shanxiDeck();
const hidden = deck.slides.map((s) => s.hidden);
/** The last slide of the talk (the closing slide): the backups follow it as an appendix. */
const lastIndex = hidden.lastIndexOf(false);
/** The first backup slide, and the last: the appendix runs to the deck's end. */
const firstBackup = deck.slides.findIndex((s) => s.kind === 'project-backup');
const lastBackup = deck.slides.length - 1;

test.beforeAll(() => {
  // The deck these tests walk must have what they test: the talk, then a run of backup slides
  // after its last slide (the appendix, issue 14).
  expect(firstBackup).toBeGreaterThan(1);
  expect(firstBackup).toBe(lastIndex + 1);
  expect(lastBackup).toBeGreaterThan(firstBackup);
  expect(hidden.slice(firstBackup).every(Boolean)).toBe(true);
  expect(hidden.slice(0, firstBackup).some(Boolean)).toBe(false);
});

async function at(show: Locator, index: number, blank = 'none'): Promise<void> {
  await expect(show).toHaveAttribute('data-index', String(index));
  await expect(show).toHaveAttribute('data-blank', blank);
  await expect(show.locator('.slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[index]!.id);
}

async function fullscreenElement(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const d = (globalThis as unknown as { document: { fullscreenElement: { tagName: string } | null } }).document;
    return d.fullscreenElement?.tagName ?? null;
  });
}

test.describe('slideshow keys', () => {
  let show: Locator;
  test.beforeEach(async ({ page }) => {
    show = await openApp(page, 'show');
    await at(show, 0);
  });

  test('→ ↓ Space Enter PageDown N n go to the next slide', async ({ page }) => {
    const keys = ['ArrowRight', 'ArrowDown', 'Space', 'Enter', 'PageDown', 'N', 'n'];
    for (const [k, key] of keys.entries()) {
      await page.keyboard.press(key);
      await at(show, k + 1);
    }
  });

  test('← ↑ Backspace PageUp P p go to the previous slide', async ({ page }) => {
    const keys = ['ArrowLeft', 'ArrowUp', 'Backspace', 'PageUp', 'P', 'p'];
    await jumpTo(page, keys.length);
    await at(show, keys.length);
    for (const [k, key] of keys.entries()) {
      await page.keyboard.press(key);
      await at(show, keys.length - k - 1);
    }
    // Nothing before the first slide.
    await page.keyboard.press('ArrowLeft');
    await at(show, 0);
  });

  test('Home and End go to the first and last slide', async ({ page }) => {
    await page.keyboard.press('End');
    await at(show, lastIndex);
    // Nothing after the last slide.
    await page.keyboard.press('ArrowRight');
    await at(show, lastIndex);
    await page.keyboard.press('Home');
    await at(show, 0);
  });

  test('a number then Enter jumps, to a hidden backup slide too', async ({ page }) => {
    await page.keyboard.type('1');
    await page.keyboard.type('2');
    await expect(page.getByTestId('jump')).toContainText('12');
    await at(show, 0); // typing a number alone does not move
    await page.keyboard.press('Enter');
    await at(show, 11);
    await expect(page.getByTestId('jump')).toHaveCount(0);

    await jumpTo(page, firstBackup);
    await at(show, firstBackup);
    await expect(show.locator('.slide-canvas')).toHaveAttribute('data-slide-kind', 'project-backup');

    // A number beyond the deck goes nowhere.
    await jumpTo(page, 998);
    await at(show, firstBackup);
  });

  test('advancing skips hidden backup slides, both ways', async ({ page }) => {
    // Past the last slide of the talk comes the end of the show, not the appendix of backups.
    await jumpTo(page, lastIndex);
    await at(show, lastIndex);
    await page.keyboard.press('ArrowRight');
    await expect(show).toHaveAttribute('data-ended', 'true');
    await expect(show).toHaveAttribute('data-index', String(lastIndex));
    await page.keyboard.press('ArrowLeft');
    await expect(show).toHaveAttribute('data-ended', 'false');
    await at(show, lastIndex);
    // From the last backup, back over the other backups to the last slide of the talk.
    await jumpTo(page, lastBackup);
    await at(show, lastBackup);
    await page.keyboard.press('ArrowLeft');
    await at(show, lastIndex);
  });

  test('B and . black screen, W and , white screen: each toggles, the next key ends it', async ({ page }) => {
    await page.keyboard.press('ArrowRight');
    await at(show, 1);
    const blank = page.getByTestId('blank');
    for (const [key, colour, rgb] of [
      ['b', 'black', 'rgb(0, 0, 0)'],
      ['.', 'black', 'rgb(0, 0, 0)'],
      ['w', 'white', 'rgb(255, 255, 255)'],
      [',', 'white', 'rgb(255, 255, 255)'],
      ['B', 'black', 'rgb(0, 0, 0)'],
      ['W', 'white', 'rgb(255, 255, 255)'],
    ] as const) {
      await page.keyboard.press(key);
      await at(show, 1, colour);
      await expect(blank).toBeVisible();
      await expect(blank).toHaveCSS('background-color', rgb);
      await page.keyboard.press(key);
      await at(show, 1);
      await expect(blank).toHaveCount(0);
    }
    // Next or previous on a blank screen ends it and stays on the slide (as in PowerPoint).
    await page.keyboard.press('b');
    await at(show, 1, 'black');
    await page.keyboard.press('ArrowRight');
    await at(show, 1);
    await page.keyboard.press('w');
    await at(show, 1, 'white');
    await page.keyboard.press('ArrowLeft');
    await at(show, 1);
    // White on black switches to white.
    await page.keyboard.press('b');
    await page.keyboard.press('w');
    await at(show, 1, 'white');
    await page.keyboard.press('Escape');
    await at(show, 1);
    await expect(page.getByTestId('slideshow')).toBeVisible();
  });

  test('G and O toggle the overview; clicking a thumbnail jumps there', async ({ page }) => {
    const overview = page.getByTestId('overview');
    for (const key of ['g', 'G', 'o', 'O']) {
      await page.keyboard.press(key);
      await expect(overview).toBeVisible();
      await page.keyboard.press(key);
      await expect(overview).toHaveCount(0);
    }
    await page.keyboard.press('g');
    await expect(overview.locator('.overview-item')).toHaveCount(deck.slides.length);
    await expect(overview.locator('.overview-item.hidden-slide')).toHaveCount(hidden.filter(Boolean).length);
    await expect(overview.locator('.overview-item.current')).toHaveAttribute('data-index', '0');
    // Laid out in reading order within the window: slide 1 first, the first row drawn.
    const viewport = page.viewportSize()!;
    for (let i = 0; i < 4; i++) {
      const item = overview.locator(`.overview-item[data-index="${i}"]`);
      await expect(item.locator('.slide-canvas')).toHaveAttribute('data-slide-id', deck.slides[i]!.id);
      const box = (await item.boundingBox())!;
      expect(box.x, `overview item ${i + 1} left`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `overview item ${i + 1} right`).toBeLessThanOrEqual(viewport.width);
      if (i > 0) {
        const prev = (await overview.locator(`.overview-item[data-index="${i - 1}"]`).boundingBox())!;
        expect(box.y, `overview item ${i + 1} is on the first row`).toBe(prev.y);
        expect(box.x, `overview item ${i + 1} is right of item ${i}`).toBeGreaterThan(prev.x);
      }
    }
    const target = 9;
    await overview.locator(`.overview-item[data-index="${target}"]`).click();
    await expect(overview).toHaveCount(0);
    await at(show, target);
    // Opened again, the overview marks where the show is.
    await page.keyboard.press('o');
    await expect(overview.locator('.overview-item.current')).toHaveAttribute('data-index', String(target));
    await page.keyboard.press('Escape');
    await expect(overview).toHaveCount(0);
    await at(show, target);
  });

  test('Ctrl+F searches the slides; Enter jumps to the hit', async ({ page }) => {
    const search = page.getByTestId('search');
    const input = search.getByRole('textbox');
    // A title found on one backup slide only: search reaches hidden slides.
    const unique = deck.slides.find((s) => s.hidden && s.title.includes('惠商保'))!;
    await page.keyboard.press('Control+f');
    await expect(search).toBeVisible();
    await expect(input).toBeFocused();
    await page.keyboard.type(unique.title);
    await expect(input).toHaveValue(unique.title);
    const hits = search.locator('.search-hits li');
    await expect(hits).toHaveCount(1);
    const hit = Number(await hits.first().getAttribute('data-index'));
    expect(deck.slides[hit]!.id).toBe(unique.id);
    await at(show, 0); // typing a query, keys like N or P are text, not navigation
    await page.keyboard.press('Enter');
    await expect(search).toHaveCount(0);
    await at(show, hit);

    // Several hits: ↓ picks the second.
    await page.keyboard.press('Control+F');
    await expect(input).toBeFocused();
    await input.fill('');
    await page.keyboard.type('惠商保');
    await expect.poll(() => hits.count()).toBeGreaterThan(1);
    const second = Number(await hits.nth(1).getAttribute('data-index'));
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(1)).toHaveClass(/selected/);
    await page.keyboard.press('Enter');
    await at(show, second);
    expect((await show.locator('.slide-canvas').textContent()) ?? '').toContain('惠商保');

    // Esc in the search box closes it and nothing else.
    await page.keyboard.press('Control+f');
    await expect(search).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search).toHaveCount(0);
    await at(show, second);
  });

  test('F toggles full screen', async ({ page }) => {
    expect(await fullscreenElement(page)).toBeNull();
    await page.keyboard.press('f');
    // Headless Chromium grants full screen to a key press (a user gesture).
    await expect.poll(() => fullscreenElement(page)).toBe('HTML');
    await page.keyboard.press('F');
    await expect.poll(() => fullscreenElement(page)).toBeNull();
    await at(show, 0);
  });

  test('? shows the help; Esc closes overlays one by one, then ends the show', async ({ page }) => {
    const help = page.getByTestId('help');
    await page.keyboard.press('ArrowRight');
    await at(show, 1);
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(help.locator('tr')).not.toHaveCount(0);
    await page.keyboard.press('?');
    await expect(help).toHaveCount(0);

    // Overview, help, a half-typed number and a black screen, all at once: Esc peels them off.
    await page.keyboard.press('b');
    await page.keyboard.press('g');
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(page.getByTestId('overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.getByTestId('overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('overview')).toHaveCount(0);
    await at(show, 1, 'black');
    await page.keyboard.press('4');
    await expect(page.getByTestId('jump')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('jump')).toHaveCount(0);
    await at(show, 1, 'black');
    await page.keyboard.press('Escape');
    await at(show, 1);
    expect(await showState(show)).toEqual({ index: 1, blank: 'none' });

    // Nothing left open: Esc ends the show, back in the editor at the same slide.
    await page.keyboard.press('Escape');
    const editor = page.getByTestId('editor');
    await expect(editor).toBeVisible();
    await expect(page.getByTestId('slideshow')).toHaveCount(0);
    await expect(editor).toHaveAttribute('data-index', '1');
    expect(new URL(page.url()).hash).toBe('#/');
  });
});

test.describe('starting the show', () => {
  test('F5 starts from slide 1, Shift+F5 from the current slide', async ({ page }) => {
    const editor = await openApp(page, 'editor');
    await page.getByTestId('rail').locator('.rail-item[data-index="5"]').click();
    await expect(editor).toHaveAttribute('data-index', '5');

    await page.keyboard.press('Shift+F5');
    const show = page.getByTestId('slideshow');
    await at(show, 5);
    await page.keyboard.press('ArrowRight');
    await at(show, 6);
    await page.keyboard.press('Escape');
    await expect(editor).toHaveAttribute('data-index', '6');

    await page.keyboard.press('F5');
    await at(show, 0);
    await page.keyboard.press('Escape');
    await expect(editor).toHaveAttribute('data-index', '0');

    // The toolbar buttons do the same.
    await page.getByTestId('rail').locator('.rail-item[data-index="3"]').click();
    await page.getByTitle('Shift+F5').click();
    await at(show, 3);
    await page.keyboard.press('Escape');
    await page.getByTitle('F5', { exact: true }).click();
    await at(show, 0);
  });

  test('the slide URL parameter opens the show at that slide', async ({ page }) => {
    const show = await openApp(page, 'show', { slide: '5' });
    await at(show, 4);
  });
});

test.describe('the list of keys in the editor', () => {
  test('? shows the editor’s keys, Esc closes them; a show started afterwards has no list open', async ({ page }) => {
    const editor = await openApp(page, 'editor');
    const help = page.getByTestId('help');
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute('data-help', 'editor');
    // The editor's keys (README, "in the editor"), not the show's.
    for (const keys of ['Alt+↑ / Alt+↓', 'Ctrl+E', 'Ctrl+S / Ctrl+Shift+O', 'F5 / Shift+F5'])
      await expect(help.locator('td.keys', { hasText: keys }).first()).toBeVisible();
    await expect(help.locator('td.keys', { hasText: 'B 或 .' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(editor).toBeVisible();

    await page.keyboard.press('F5');
    const show = page.getByTestId('slideshow');
    await at(show, 0);
    await expect(help).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(editor).toBeVisible();

    // Open when the show starts: the show starts without it.
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await page.keyboard.press('F5');
    await at(show, 0);
    await expect(help).toHaveCount(0);
  });

  test('? typed in the notes is text, not the list', async ({ page }) => {
    await openApp(page, 'editor');
    const notes = page.getByTestId('notes');
    await notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('？?');
    await expect(notes).toHaveValue(/？\?$/);
    await expect(page.getByTestId('help')).toHaveCount(0);
  });

  test('Alt+F5 opens the presenter view at the current slide', async ({ page }) => {
    const editor = await openApp(page, 'editor');
    await page.getByTestId('rail').locator('.rail-item[data-index="3"]').click();
    await expect(editor).toHaveAttribute('data-index', '3');
    await page.keyboard.press('Alt+F5');
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();
    await expect(presenter).toHaveAttribute('data-index', '3');
  });
});
