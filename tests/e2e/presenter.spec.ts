/**
 * The presenter view as a speaker uses it (web build in Chromium): previous/next buttons and a
 * click on the slide advance (skipping backups), the position counts visible slides with the
 * backups apart, a large banner says when the audience sees black, white or the end screen, the
 * briefing's target length counts down and turns red once over (the target is saved with the
 * briefing), the slide strip jumps anywhere, and after the last slide comes the end-of-show
 * screen. In the show the pointer hides after 2 s without movement; F5 in the editor asks for
 * full screen.
 */
import type { Locator, Page } from '@playwright/test';
import { shanxiDeck } from './support/deck';
import { expect, openApp, rgb, test } from './support/fixtures';

const deck = shanxiDeck();
const hidden = deck.slides.map((s) => s.hidden);
const VISIBLE = hidden.filter((h) => !h).length;
const BACKUPS = hidden.length - VISIBLE;
const firstBackup = hidden.indexOf(true);
const lastVisible = hidden.lastIndexOf(false);

test.beforeAll(() => {
  // The deck must have what these tests walk: the talk, then a run of backups after its last
  // slide (the appendix, issue 14).
  expect(firstBackup).toBeGreaterThan(1);
  expect(firstBackup).toBe(lastVisible + 1);
  expect(BACKUPS).toBeGreaterThan(1);
});

async function at(presenter: Locator, index: number): Promise<void> {
  await expect(presenter).toHaveAttribute('data-index', String(index));
}

test.describe('presenter view', () => {
  let presenter: Locator;
  test.beforeEach(async ({ page }) => {
    presenter = await openApp(page, 'presenter');
  });

  test('counts visible slides, with the backups counted apart', async () => {
    await expect(presenter.getByTestId('presenter-position')).toHaveText(`第 1 / ${VISIBLE} 页 · 备用 ${BACKUPS}`);
  });

  test('下一页 / 上一页 buttons and a click on the slide move through the run, skipping backups', async ({ page }) => {
    await presenter.getByTestId('presenter-next').click();
    await at(presenter, 1);
    await presenter.getByTestId('presenter-current').click();
    await at(presenter, 2);
    await presenter.getByTestId('presenter-prev').click();
    await at(presenter, 1);
    // Past the last slide of the talk: the end of the show, not the backups after it.
    await page.keyboard.type(String(lastVisible + 1));
    await page.keyboard.press('Enter');
    await at(presenter, lastVisible);
    await expect(presenter.getByTestId('presenter-position')).toHaveText(
      `第 ${VISIBLE} / ${VISIBLE} 页 · 备用 ${BACKUPS}`,
    );
    await presenter.getByTestId('presenter-next').click();
    await expect(presenter).toHaveAttribute('data-ended', 'true');
    await at(presenter, lastVisible);
    // From the last backup, 上一页 goes back over the other backups to the talk's last slide.
    await page.keyboard.type(String(hidden.length));
    await page.keyboard.press('Enter');
    await at(presenter, hidden.length - 1);
    await presenter.getByTestId('presenter-prev').click();
    await at(presenter, lastVisible);
  });

  test('the slide strip jumps to any slide, a backup too, and names it as a backup', async () => {
    const strip = presenter.getByTestId('slide-strip');
    await expect(strip.locator('.strip-item')).toHaveCount(deck.slides.length);
    await strip.locator(`.strip-item[data-index="${firstBackup}"]`).click();
    await at(presenter, firstBackup);
    await expect(presenter.getByTestId('presenter-position')).toHaveText(`备用页 1 / ${BACKUPS}`);
    await expect(strip.locator('.strip-item.current')).toHaveAttribute('data-index', String(firstBackup));
  });

  test('a large banner shows while the audience sees black or white', async ({ page }) => {
    const banner = presenter.getByTestId('presenter-blank');
    await expect(banner).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(banner).toContainText('黑屏');
    // Large: across the current slide, in big type.
    const box = (await banner.boundingBox())!;
    const stage = (await presenter.getByTestId('presenter-current').boundingBox())!;
    expect(box.width).toBeGreaterThan(stage.width * 0.9);
    await expect(banner).toHaveCSS('font-size', /^(2[4-9]|[3-9]\d)(\.\d+)?px$/);
    await presenter.getByRole('button', { name: '白屏' }).click();
    await expect(banner).toContainText('白屏');
    await presenter.getByRole('button', { name: '白屏' }).click();
    await expect(banner).toHaveCount(0);
  });

  test('after the last slide comes the end-of-show screen; back goes to the last slide; Esc ends', async ({ page }) => {
    await page.keyboard.press('End');
    await at(presenter, lastVisible);
    await presenter.getByTestId('presenter-next').click();
    await expect(presenter).toHaveAttribute('data-ended', 'true');
    await expect(presenter.getByTestId('presenter-blank')).toContainText('结束画面');
    await expect(presenter.getByTestId('presenter-current')).toContainText('放映结束');
    await presenter.getByTestId('presenter-prev').click();
    await expect(presenter).toHaveAttribute('data-ended', 'false');
    await at(presenter, lastVisible);
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveAttribute('data-ended', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('editor')).toBeVisible();
  });
});

/** Sets the briefing's target length in the editor's 方案设置 panel. */
async function setTarget(page: Page, minutes: string): Promise<void> {
  await page.getByTestId('briefing-panel-toggle').click();
  await page.getByTestId('target-minutes').fill(minutes);
}

test('the target length, saved with the briefing, counts down and turns red once over', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await setTarget(page, '3');
  await expect(page.getByTestId('autosave')).toHaveAttribute('data-state', 'saved');
  // Saved with the briefing: a reload brings it back.
  await page.reload();
  await expect(page.getByTestId('editor')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('briefing-panel-toggle').click();
  await expect(page.getByTestId('target-minutes')).toHaveValue('3');
  await page.getByRole('button', { name: '演讲者视图' }).click();
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-state', 'left');
  await expect(countdown).toContainText('00:03:00');
  // Amber in the last two minutes.
  await page.clock.runFor(70_000);
  await expect(countdown).toHaveAttribute('data-state', 'wind-up');
  await expect(countdown.locator('.big-time')).toHaveCSS('color', rgb('#ffd166'));
  await page.clock.runFor(125_000);
  await expect(countdown).toHaveAttribute('data-state', 'over');
  await expect(countdown).toContainText('+00:00:15');
  await expect(countdown.locator('.big-time')).toHaveCSS('color', rgb('#ff6b6b'));
});

test('an untimed briefing shows no countdown', async ({ page }) => {
  const presenter = await openApp(page, 'presenter');
  await expect(presenter.getByTestId('elapsed')).toBeVisible();
  await expect(presenter.getByTestId('countdown')).toHaveCount(0);
});

test('in the show the pointer hides after 2 s without movement and comes back when moved', async ({ page }) => {
  await page.clock.install();
  const show = await openApp(page, 'show');
  await page.mouse.move(300, 300);
  await expect(show).toHaveAttribute('data-pointer', 'shown');
  await expect(show).toHaveCSS('cursor', 'auto');
  await page.clock.runFor(1_500);
  await expect(show).toHaveAttribute('data-pointer', 'shown');
  await page.clock.runFor(600);
  await expect(show).toHaveAttribute('data-pointer', 'hidden');
  await expect(show).toHaveCSS('cursor', 'none');
  await page.mouse.move(320, 310);
  await expect(show).toHaveAttribute('data-pointer', 'shown');
});

test('the show ends with the end-of-show screen; a click on it ends the show', async ({ page }) => {
  const show = await openApp(page, 'show');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(show.getByTestId('end-screen')).toHaveText('放映结束，按 Esc 退出');
  await show.click();
  await expect(page.getByTestId('editor')).toBeVisible();
});

test('F5 in the editor starts the show full screen', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('slideshow')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { fullscreenElement: { tagName: string } | null } }).document
            .fullscreenElement?.tagName ?? null,
      ),
    )
    .toBe('HTML');
});
