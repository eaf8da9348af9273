/**
 * The presenter view drives the audience window over the web bridge's BroadcastChannel: two
 * pages of one browser context (same origin, same profile), as two tabs of one browser.
 */
import type { Locator, Page } from '@playwright/test';
import { shanxiDeck } from './support/deck';
import { expect, openApp, test } from './support/fixtures';

const deck = shanxiDeck();
const firstBackup = deck.slides.findIndex((s) => s.kind === 'project-backup');

/** The presenter's position and blank state, as its view shows them. */
async function presenterState(presenter: Locator): Promise<{ index: string; blank: string }> {
  const index = (await presenter.getAttribute('data-index')) ?? '';
  const indicator = presenter.getByTestId('presenter-blank');
  if ((await indicator.count()) === 0) return { index, blank: 'none' };
  const text = (await indicator.textContent()) ?? '';
  return { index, blank: text.includes('黑屏') ? 'black' : text.includes('白屏') ? 'white' : `unknown: ${text}` };
}

async function expectInStep(
  presenter: Locator,
  audience: Locator,
  where: string,
): Promise<{ index: string; blank: string }> {
  const p = await presenterState(presenter);
  await expect(audience, `${where}: audience slide`).toHaveAttribute('data-index', p.index);
  await expect(audience, `${where}: audience blank`).toHaveAttribute('data-blank', p.blank);
  await expect(audience.locator('.slide-canvas'), `${where}: audience draws the slide`).toHaveAttribute(
    'data-slide-id',
    deck.slides[Number(p.index)]!.id,
  );
  return p;
}

async function openPair(page: Page): Promise<{ presenter: Locator; audience: Locator; audiencePage: Page }> {
  const presenter = await openApp(page, 'presenter');
  const audiencePage = await page.context().newPage();
  const audience = await openApp(audiencePage, 'audience');
  await expect(audience.locator('.slide-canvas')).toBeVisible();
  return { presenter, audience, audiencePage };
}

test('20 mixed key presses on the presenter: the audience follows each one', async ({ page }) => {
  const { presenter, audience } = await openPair(page);
  await expectInStep(presenter, audience, 'start');
  // [key, expected presenter slide, expected blank] — the expectations keep the test honest: the
  // presenter must actually move, not merely agree with the audience. The jump goes to the first
  // backup slide by its two-digit number.
  const [d1, d2] = String(firstBackup + 1);
  expect(String(firstBackup + 1)).toHaveLength(2);
  const beforeBackup = deck.slides.findLastIndex((s, i) => i < firstBackup && !s.hidden);
  // End goes to the talk's last slide: the backups form an appendix after it (issue 14).
  const lastVisible = deck.slides.findLastIndex((s) => !s.hidden);
  const beforeLast = deck.slides.findLastIndex((s, i) => i < lastVisible && !s.hidden);
  expect(lastVisible).toBeLessThan(deck.slides.length - 1);
  const steps: [string, number, string][] = [
    ['ArrowRight', 1, 'none'],
    ['Space', 2, 'none'],
    ['b', 2, 'black'],
    ['ArrowRight', 2, 'none'], // the next key ends the black screen
    ['PageDown', 3, 'none'],
    ['w', 3, 'white'],
    ['w', 3, 'none'],
    ['End', lastVisible, 'none'],
    ['ArrowLeft', beforeLast, 'none'],
    ['Home', 0, 'none'],
    [d1!, 0, 'none'],
    [d2!, 0, 'none'],
    ['Enter', firstBackup, 'none'],
    ['.', firstBackup, 'black'],
    [',', firstBackup, 'white'],
    ['Backspace', firstBackup, 'none'],
    ['PageUp', beforeBackup, 'none'],
    ['9', beforeBackup, 'none'],
    ['Enter', 8, 'none'],
    ['b', 8, 'black'],
  ];
  expect(steps).toHaveLength(20);
  for (const [n, [key, index, blank]] of steps.entries()) {
    await page.keyboard.press(key);
    const where = `press ${n + 1} (${key})`;
    await expect(presenter, `${where}: presenter slide`).toHaveAttribute('data-index', String(index));
    const p = await expectInStep(presenter, audience, where);
    expect(p.blank, `${where}: presenter blank`).toBe(blank);
  }
});

test('black screen from the presenter blanks the audience only', async ({ page }) => {
  const { presenter, audience } = await openPair(page);
  await page.keyboard.press('ArrowRight');
  await expectInStep(presenter, audience, 'after →');
  await page.keyboard.press('b');
  await expect(audience).toHaveAttribute('data-blank', 'black');
  const blank = audience.getByTestId('blank');
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  // The presenter still sees the slide, and that the audience does not.
  await expect(presenter.getByTestId('presenter-blank')).toBeVisible();
  await expect(presenter.getByTestId('presenter-blank')).toContainText('黑屏');
  await expect(presenter.getByTestId('blank')).toHaveCount(0);
  await expect(presenter.locator('.presenter-current .slide-canvas')).toHaveAttribute(
    'data-slide-id',
    deck.slides[1]!.id,
  );
  await expect(presenter.locator('.presenter-current .slide-canvas')).toBeVisible();
  // The toolbar's white screen does the same.
  await presenter.getByRole('button', { name: '白屏' }).click();
  await expect(audience).toHaveAttribute('data-blank', 'white');
  await expect(presenter.getByTestId('presenter-blank')).toContainText('白屏');
  await page.keyboard.press('w');
  await expect(audience).toHaveAttribute('data-blank', 'none');
  await expect(presenter.getByTestId('presenter-blank')).toHaveCount(0);
});

test('an audience window opened mid-show joins at the presenter’s slide and blank screen', async ({ page }) => {
  const presenter = await openApp(page, 'presenter');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(presenter).toHaveAttribute('data-index', '5');
  await page.keyboard.press('b');
  await expect(presenter.getByTestId('presenter-blank')).toBeVisible();
  const audiencePage = await page.context().newPage();
  const audience = await openApp(audiencePage, 'audience');
  await expect(audience).toHaveAttribute('data-index', '5');
  await expect(audience).toHaveAttribute('data-blank', 'black');
  // Joining must not move the presenter either.
  await expect(presenter).toHaveAttribute('data-index', '5');
  await expect(presenter.getByTestId('presenter-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expectInStep(presenter, audience, 'after b');
});

/** Whether the audience tab is gone: closed, or (a tab the page may not close) showing that the show ended. */
async function audienceEnded(audiencePage: Page): Promise<boolean> {
  if (audiencePage.isClosed()) return true;
  return (await audiencePage.getByTestId('show-ended').count()) > 0;
}

test.describe('ending the show (web)', () => {
  test('Esc in the presenter view: back to the editor, and the audience window it opened closes', async ({ page }) => {
    const presenter = await openApp(page, 'presenter');
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveAttribute('data-index', '1');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      presenter.getByRole('button', { name: '打开观众窗口' }).click(),
    ]);
    const audience = popup.getByTestId('audience');
    await expect(audience.locator('.slide-canvas')).toBeVisible({ timeout: 15_000 });
    await expect(audience).toHaveAttribute('data-index', '1');

    // Something open (the overview): Esc closes it, the show goes on.
    await page.keyboard.press('g');
    await expect(presenter.getByTestId('overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(presenter.getByTestId('overview')).toHaveCount(0);
    await expect(presenter).toBeVisible();

    await page.keyboard.press('Escape');
    const editor = page.getByTestId('editor');
    await expect(editor).toBeVisible();
    await expect(editor).toHaveAttribute('data-index', '1');
    expect(new URL(page.url()).hash).toBe('#/');
    await expect.poll(() => popup.isClosed()).toBe(true);
  });

  test('结束放映 in the presenter view does the same', async ({ page }) => {
    const { presenter, audiencePage } = await openPair(page);
    await presenter.getByRole('button', { name: '结束放映' }).click();
    await expect(page.getByTestId('editor')).toBeVisible();
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await expect.poll(() => audienceEnded(audiencePage)).toBe(true);
  });

  test('Esc in the audience tab ends the show in the presenter tab too; presenting again brings the audience back', async ({
    page,
  }) => {
    const { presenter, audience, audiencePage } = await openPair(page);
    await page.keyboard.press('ArrowRight');
    await expectInStep(presenter, audience, 'after →');
    await audiencePage.bringToFront();
    await audiencePage.keyboard.press('Escape');
    await expect(page.getByTestId('editor')).toBeVisible();
    await expect.poll(() => audienceEnded(audiencePage)).toBe(true);
    if (audiencePage.isClosed()) return;
    // A tab the page could not close says the show ended, and follows the next show.
    await expect(audiencePage.getByTestId('show-ended')).toContainText('放映已结束');
    await page.bringToFront();
    await page.getByRole('button', { name: '演讲者视图' }).click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(audiencePage.getByTestId('audience')).toHaveAttribute('data-index', '1');
    await expect(audiencePage.getByTestId('show-ended')).toHaveCount(0);
  });
});
