/**
 * The app works offline: no request leaves the page's origin. The guard fixture checks this for
 * every test (and fails on any console error); this spec walks through a whole session in one
 * context and checks that the guard really saw the app's own requests.
 */
import { resolve } from 'node:path';
import { appOrigin, expect, isLocalRequest, openApp, test } from './support/fixtures';
import { REPO_ROOT } from './support/web';

test('the guard tells local requests from the rest', () => {
  const origin = appOrigin();
  expect(isLocalRequest(`${origin}/assets/x.js`, origin)).toBe(true);
  expect(isLocalRequest('data:font/ttf;base64,AAAA', origin)).toBe(true);
  expect(isLocalRequest(`blob:${origin}/0b7c`, origin)).toBe(true);
  expect(isLocalRequest('https://fonts.googleapis.com/css2?family=Noto+Sans+SC', origin)).toBe(false);
  expect(isLocalRequest(`${origin.replace(/:\d+$/, ':1')}/x`, origin)).toBe(false);
  expect(isLocalRequest('http://localhost/x', origin)).toBe(false);
});

test('a whole session (editor, file, show, overview, presenter and audience) stays on the origin', async ({
  page,
  guard,
}) => {
  await openApp(page, 'editor');
  await page.getByTestId('file-input').setInputFiles(resolve(REPO_ROOT, 'tests/fixtures/good-reports/minimal.json'));
  await expect(page.getByTestId('report-title')).toHaveAttribute('title', 'minimal.json');
  await page.getByTestId('bundled-select').selectOption('shanxi-2025');
  await expect(page.getByTestId('report-title')).toHaveAttribute('title', /shanxi-2025\.json$/);
  await page.getByTestId('compare-select').selectOption('china-2025');
  await page.keyboard.press('F5');
  const show = page.getByTestId('slideshow');
  await expect(show).toBeVisible();
  await page.keyboard.press('g');
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor')).toBeVisible();

  const audiencePage = await page.context().newPage();
  await openApp(page, 'presenter');
  const audience = await openApp(audiencePage, 'audience');
  await expect(audience.locator('.slide-canvas')).toBeVisible();

  const paths = guard.requests.map((u) =>
    u.startsWith('data:') || u.startsWith('blob:') ? u.slice(0, 5) : new URL(u).pathname,
  );
  expect(paths).toContain('/');
  expect(paths.some((p) => /\/assets\/index-[^/]+\.js$/.test(p))).toBe(true);
  expect(paths.filter((p) => p.endsWith('.ttf')).length).toBeGreaterThanOrEqual(2);
  // The guard's own check (in the fixture) runs after this test; here, the same in plain sight.
  expect(guard.requests.filter((u) => !isLocalRequest(u))).toEqual([]);
});
