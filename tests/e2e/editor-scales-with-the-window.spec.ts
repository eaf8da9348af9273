/**
 * The editor grows with the window: at 1366×768 and 1920×1080 the notes editor fills its pane,
 * the rail thumbnails widen with the rail (the slide's aspect kept), and the 备 (backup) marks in
 * the rail are
 * readable: the toggle, pressed or not, has contrast ≥ 4.5:1 from its computed colours (no
 * translucency on the way up), under every slide theme.
 */
import type { Page } from '@playwright/test';
import { THEME_IDS } from '../../core/deck/themes';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../../core/deck/units';
import { expect, openApp, test } from './support/fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}

async function thumbBox(page: Page): Promise<{ x: number; width: number; height: number }> {
  const thumb = page.getByTestId('rail').locator('.thumb').first();
  await expect(thumb).toBeVisible();
  const b = await thumb.boundingBox();
  if (!b) throw new Error('no thumbnail box');
  return b;
}

test('the notes editor fills its pane and grows with the window', async ({ page }) => {
  const heights: number[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await openApp(page, 'editor');
    const pane = await box(page, '.notes');
    const input = await box(page, '.notes-input');
    // The text box spans the pane (less its 16 px side padding) and takes what the heading leaves.
    expect(input.width).toBeGreaterThanOrEqual(pane.width - 34);
    expect(input.height).toBeGreaterThanOrEqual(pane.height - 60);
    expect(input.y + input.height).toBeLessThanOrEqual(pane.y + pane.height + 0.5);
    heights.push(input.height);
    await page.screenshot({ path: `/tmp/shots-w2-17/editor-${size.width}x${size.height}.png` });
  }
  // A taller window gives the notes more room, not the same 160 px.
  expect(heights[1]!).toBeGreaterThan(heights[0]! * 1.25);
});

test('rail thumbnails widen with the rail, keeping the slide’s aspect', async ({ page }) => {
  const widths: number[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await openApp(page, 'editor');
    const rail = await box(page, '[data-testid="rail"]');
    const t = await thumbBox(page);
    expect(t.height / t.width).toBeCloseTo(CANVAS_HEIGHT_PX / CANVAS_WIDTH_PX, 2);
    // The thumbnail fits inside the rail.
    expect(t.x + t.width).toBeLessThanOrEqual(rail.x + rail.width);
    widths.push(t.width);
  }
  expect(widths[1]!).toBeGreaterThan(widths[0]! * 1.3);
});

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha over the second, opaque). */
function contrast(fg: string, bg: string): number {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const [br, bgn, bb] = parse(bg);
  const [r, g, b, a = 1] = parse(fg);
  const mix = [r! * a + br! * (1 - a), g! * a + bgn! * (1 - a), b! * a + bb! * (1 - a)];
  const lum = (rgb: number[]) => {
    const [R, G, B] = rgb.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [l1, l2] = [lum(mix), lum([br!, bgn!, bb!])].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** Text colour and the opaque background behind it (the nearest ancestor with one), computed. */
async function colours(page: Page, selector: string): Promise<{ fg: string; bg: string; opacity: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      // The tests compile without the DOM library: the few browser parts used, typed here.
      type El = { parentElement: El | null };
      type Style = { color: string; backgroundColor: string; opacity: string };
      const cs = (e: El) => (globalThis as unknown as { getComputedStyle(e: El): Style }).getComputedStyle(e);
      const start = el as unknown as El;
      let bg = 'rgb(255, 255, 255)';
      let opacity = 1;
      for (let e: El | null = start; e; e = e.parentElement) opacity *= Number(cs(e).opacity);
      for (let e: El | null = start; e; e = e.parentElement) {
        const c = cs(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      return { fg: cs(start).color, bg, opacity };
    });
}

test('the 备 marks in the rail have contrast ≥ 4.5:1 in every theme', async ({ page }) => {
  await page.setViewportSize(SIZES[0]);
  await openApp(page, 'editor');
  const rail = page.getByTestId('rail');
  const measured: string[] = [];
  for (const theme of THEME_IDS) {
    await page.getByTestId('theme-select').selectOption(theme);
    const toggle = rail.getByTestId('slide-backup').first();
    for (const pressed of [false, true]) {
      if ((await toggle.getAttribute('aria-pressed')) !== String(pressed)) await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', String(pressed));
      const c = await colours(page, `[data-testid="rail"] [data-testid="slide-backup"][aria-pressed="${pressed}"]`);
      const ratio = contrast(c.fg, c.bg);
      measured.push(`${theme} ${pressed ? 'on' : 'off'} ${c.fg} on ${c.bg}: ${ratio.toFixed(2)}`);
      expect(c.opacity).toBe(1);
      expect(ratio, measured.at(-1)).toBeGreaterThanOrEqual(4.5);
    }
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  }
  console.log(measured.join('\n'));
});
