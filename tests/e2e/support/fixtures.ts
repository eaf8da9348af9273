/**
 * The `test` every browser spec uses. Its automatic fixture watches the whole browser context of
 * each test (every page, popup and worker in it) and fails the test if
 *   - any page logged a console error or threw an uncaught error, or
 *   - any request left the app's origin (data: and blob: URLs are allowed): the app works offline.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { APP_URL_ENV } from './web';

export { expect };

export function appUrl(): string {
  const url = process.env[APP_URL_ENV];
  if (!url)
    throw new Error(
      `${APP_URL_ENV} is not set: run the browser tests through playwright.config.ts (its global setup serves the app)`,
    );
  return url;
}

export function appOrigin(): string {
  return new URL(appUrl()).origin;
}

/** Whether a request URL stays on the page's origin (or never leaves the page at all). */
export function isLocalRequest(url: string, origin = appOrigin()): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export interface PageGuard {
  /** Every request URL the context made, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, with the page URL they came from. */
  errors: string[];
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context }, use) => {
      const guard: PageGuard = { requests: [], errors: [] };
      context.on('request', (r) => guard.requests.push(r.url()));
      context.on('console', (m) => {
        if (m.type() === 'error') guard.errors.push(`console.error on ${m.page()?.url() ?? '?'}: ${m.text()}`);
      });
      context.on('weberror', (e) =>
        guard.errors.push(`uncaught on ${e.page()?.url() ?? '?'}: ${e.error().stack ?? e.error().message}`),
      );
      await use(guard);
      const origin = appOrigin();
      const foreignRequests = guard.requests.filter((u) => !isLocalRequest(u, origin));
      expect(
        { errors: guard.errors, foreignRequests },
        `console errors, uncaught page errors and requests that left ${origin}`,
      ).toEqual({ errors: [], foreignRequests: [] });
    },
    { auto: true },
  ],
});

export type Route = 'editor' | 'show' | 'presenter' | 'audience';

const LOAD_TIMEOUT_MS = 15_000;

const ROOT_TESTID: Record<Route, string> = {
  editor: 'editor',
  show: 'slideshow',
  presenter: 'presenter',
  audience: 'audience',
};

/** Opens the app at a route (with URL parameters) and waits for its view. */
export async function openApp(
  page: Page,
  route: Route = 'editor',
  params: Record<string, string> = {},
): Promise<Locator> {
  const q = new URLSearchParams(params).toString();
  await page.goto(`${appUrl()}#/${route === 'editor' ? '' : route}${q ? `?${q}` : ''}`);
  const root = page.getByTestId(ROOT_TESTID[route]);
  // A fresh load fetches and decodes the deck font (2 × 10 MB) first: allow for a busy machine.
  await expect(root).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  // The slide is drawn once the deck font is in and the stage has its scale.
  await expect(root.locator('.slide-canvas').first()).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  return root;
}

/** The slideshow's position and blank state. */
export async function showState(root: Locator): Promise<{ index: number; blank: string }> {
  const [index, blank] = await Promise.all([root.getAttribute('data-index'), root.getAttribute('data-blank')]);
  return { index: Number(index), blank: blank ?? '' };
}

/** Types a 1-based slide number and Enter (the slideshow's "number then Enter" jump). */
export async function jumpTo(page: Page, index: number): Promise<void> {
  await page.keyboard.type(String(index + 1));
  await page.keyboard.press('Enter');
}

/** Hex colour (#RRGGBB) as the rgb() string getComputedStyle returns. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
