/**
 * Keyboard and accessibility: an axe-core scan (WCAG 2 A/AA rules) finds no serious or critical
 * violation in the editor, the briefing builder, the export dialog, the show and the presenter
 * view; rail items are reachable with Tab; chart parts inside thumbnails are not.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('editor: no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('briefing builder (方案设置 open): no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('briefing-panel-toggle').click();
  await expect(page.getByTestId('briefing-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('export dialog: no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('show: no serious or critical axe violations', async ({ page }) => {
  await openApp(page, 'show');
  expect(await seriousViolations(page)).toEqual([]);
});

test('presenter view: no serious or critical axe violations', async ({ page }) => {
  await openApp(page, 'presenter');
  expect(await seriousViolations(page)).toEqual([]);
});

/** Whether the focused element is inside the element matching the selector. */
function focusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const d = (
      globalThis as unknown as {
        document: { activeElement: unknown; querySelector(s: string): { contains(e: unknown): boolean } | null };
      }
    ).document;
    return d.querySelector(sel)?.contains(d.activeElement) ?? false;
  }, selector);
}

test('rail items are focusable and Enter picks one; nothing inside a thumbnail takes focus', async ({ page }) => {
  await openApp(page);
  const rail = page.getByTestId('rail');
  const item = rail.locator('.rail-item[data-index="2"]');
  await item.focus();
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toHaveAttribute('data-index', '2');
  // Tab on through the rail (slides with charts among them): never into a thumbnail.
  await rail.locator('.rail-item[data-index="0"]').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[data-testid="rail"] .thumb'), `Tab ${i + 1}`).toBe(false);
  }
  // The chart parts drawn in thumbnails are there, and inert.
  const parts = rail.locator('.thumb svg');
  expect(await parts.count()).toBeGreaterThan(0);
  expect(await parts.evaluateAll((els) => els.every((e) => e.closest('[inert]') !== null))).toBe(true);
});

test('the keyboard focus is visible', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('briefing-panel-toggle').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCSS('outline-style', 'solid');
  const width = await focused.evaluate(
    (e) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { outlineWidth: string } }).getComputedStyle(e)
        .outlineWidth,
  );
  expect(Number.parseFloat(width)).toBeGreaterThanOrEqual(2);
});

test('the help dialog takes the focus, keeps it, and gives it back on Esc', async ({ page }) => {
  await openApp(page);
  const button = page.getByTestId('help-button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('help')).toBeVisible();
  expect(await focusInside(page, '[data-testid="help"] [role="dialog"]')).toBe(true);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[data-testid="help"] [role="dialog"]'), `Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toHaveCount(0);
  await expect(button).toBeFocused();
});
