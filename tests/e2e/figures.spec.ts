/**
 * Every figure on a slide is a button (.figure-hit) that shows where the figure comes from: the
 * report's own wording, quoted. Esc closes the quote and nothing else.
 */
import { figuresOfElement } from '../../core/deck/element-figures';
import type { FigureRef, Slide } from '../../core/deck/types';
import { shanxiDeck } from './support/deck';
import { expect, jumpTo, openApp, test } from './support/fixtures';

const deck = shanxiDeck();

/** The figures of each element that has any, in drawing order (one .figure-hit each). */
function hits(slide: Slide): FigureRef[][] {
  return slide.elements.map(figuresOfElement).filter((f) => f.length > 0);
}

const targetsIndex = deck.slides.findIndex((s) => s.kind === 'targets');
const chartIndex = deck.slides.findIndex((s) => s.elements.some((e) => e.kind === 'chart'));

test('a figure in the slideshow shows its source quote; Esc closes only the quote', async ({ page }) => {
  const show = await openApp(page, 'show');
  await jumpTo(page, targetsIndex);
  await expect(show).toHaveAttribute('data-index', String(targetsIndex));
  const slide = deck.slides[targetsIndex]!;
  const expected = hits(slide);
  const buttons = show.locator('.figure-hit');
  await expect(buttons).toHaveCount(expected.length);
  expect(expected.length).toBeGreaterThan(0);
  // Hovering shows the same: each figure with its quote (the button's tooltip).
  for (const [i, figures] of expected.entries()) {
    const tip = await buttons.nth(i).getAttribute('title');
    for (const f of figures) expect(tip).toContain(`${f.label}：${f.display}\n原文：“${f.quote}”`);
  }

  await buttons.first().click();
  const popover = page.locator('.figure-popover');
  await expect(popover).toBeVisible();
  const first = expected[0]!;
  await expect(popover.locator('.figure-source')).toHaveCount(first.length);
  await expect(popover.locator('.figure-display').first()).toHaveText(first[0]!.display);
  await expect(popover.locator('blockquote').first()).toHaveText(`“${first[0]!.quote}”`);
  // Clicking a figure does not advance the slide.
  await expect(show).toHaveAttribute('data-index', String(targetsIndex));

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  // Still presenting, same slide.
  await expect(show).toBeVisible();
  await expect(show).toHaveAttribute('data-index', String(targetsIndex));
  await expect(show).toHaveAttribute('data-blank', 'none');

  // A chart's figures: one quote per bar or segment.
  await jumpTo(page, chartIndex);
  await expect(show).toHaveAttribute('data-index', String(chartIndex));
  const chart = deck.slides[chartIndex]!.elements.find((e) => e.kind === 'chart')!;
  const chartHit = show
    .locator(`.figure-hit[data-figure-count="${chart.kind === 'chart' ? chart.data.length : 0}"]`)
    .last();
  await chartHit.click();
  await expect(popover.locator('.figure-source')).toHaveCount(chart.kind === 'chart' ? chart.data.length : 0);
  // The close button closes it too.
  await popover.getByRole('button').click();
  await expect(popover).toHaveCount(0);
  await expect(show).toHaveAttribute('data-index', String(chartIndex));

  // A quote belongs to its slide: moving on closes it.
  await chartHit.click();
  await expect(popover).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-index', String(chartIndex + 1));
  await expect(popover).toHaveCount(0);
  // The figure button keeps the focus, but Space and Enter advance as on any slide (a clicker).
  await page.keyboard.press('Space');
  await expect(show).toHaveAttribute('data-index', String(chartIndex + 2));
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('data-index', String(chartIndex + 3));
  await expect(popover).toHaveCount(0);

  // With the quote closed, Esc ends the show as usual.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor')).toBeVisible();
});

test('a figure in the editor shows its source quote; Esc closes it', async ({ page }) => {
  const editor = await openApp(page, 'editor');
  await page.getByTestId('rail').locator(`.rail-item[data-index="${targetsIndex}"]`).click();
  await expect(editor).toHaveAttribute('data-index', String(targetsIndex));
  const expected = hits(deck.slides[targetsIndex]!);
  const buttons = page.locator('main.current .figure-hit');
  await expect(buttons).toHaveCount(expected.length);
  const last = expected[expected.length - 1]!;
  await buttons.last().click();
  const popover = page.locator('.figure-popover');
  await expect(popover).toBeVisible();
  await expect(popover.locator('blockquote').first()).toHaveText(`“${last[0]!.quote}”`);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(editor).toBeVisible();
  await expect(editor).toHaveAttribute('data-index', String(targetsIndex));
  // Moving to another slide closes an open quote.
  await buttons.first().click();
  await expect(popover).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(editor).toHaveAttribute('data-index', String(targetsIndex + 1));
  await expect(popover).toHaveCount(0);
  // Thumbnails have no figure buttons.
  await expect(page.getByTestId('rail').locator('.figure-hit')).toHaveCount(0);
});
