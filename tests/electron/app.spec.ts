/**
 * The desktop app end to end, driven through Playwright's Electron support: launch the built app
 * (electron-vite build → out/), open a bundled report, go to slide 3 with the keyboard, export
 * PPTX and check the file is a PowerPoint zip. The save dialog is bypassed with
 * GOVBRIEF_TEST_SAVE_DIR (honoured only by an unpackaged app, see electron/main/index.ts).
 *
 * The Electron binary is fetched on first launch (it is not part of the npm package); on a
 * machine without it (offline CI) the test is skipped with the reason. This file never calls
 * require('electron'), which would try to download it.
 */
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

const REPO = resolve(import.meta.dirname, '../..');
const BUNDLED_ID = 'shanxi-2025';
const BUNDLED_TITLE = (
  JSON.parse(readFileSync(join(REPO, 'data/reports', `${BUNDLED_ID}.json`), 'utf8')) as { title: string }
).title;

/** Where the electron package would run the binary from, or why it cannot. */
function electronExecutable(): { path: string } | { missing: string } {
  const pkg = join(REPO, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json')))
    return { missing: 'node_modules/electron is not installed (run npm install)' };
  const pathTxt = join(pkg, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : undefined;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const exe = join(override, relative ?? 'electron');
    return existsSync(exe)
      ? { path: exe }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set but ${exe} does not exist` };
  }
  if (!relative) return { missing: 'node_modules/electron/path.txt is missing' };
  const exe = join(pkg, 'dist', relative);
  if (!existsSync(exe)) return { missing: `${exe} does not exist` };
  return { path: exe };
}

const binary = electronExecutable();
const noDisplay = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];

test.describe('GovBrief desktop app', () => {
  test.skip(
    'missing' in binary,
    `Electron binary not installed (it downloads on first launch, which needs internet): ${'missing' in binary ? binary.missing : ''}. ` +
      'Run `node scripts/ensure-electron.mjs` (npm start runs it) for the ways to provide it.',
  );
  test.skip(noDisplay, 'No display (DISPLAY / WAYLAND_DISPLAY unset): run the Electron tests under xvfb-run.');

  let app: ElectronApplication;
  let page: Page;
  let work: string;
  let saveDir: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // Test what is in the tree now: build main, preload and renderer into out/.
    execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    expect(existsSync(join(REPO, 'out/main/index.js'))).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'govbrief-electron-'));
    saveDir = join(work, 'exports');
    mkdirSync(saveDir);
    const args = [REPO, `--user-data-dir=${join(work, 'user-data')}`];
    // Chromium's sandbox cannot run as root (containers): only then is it turned off.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // The built renderer over app://, not a dev server a parent process may have announced.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL',
      ),
    );
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args,
      cwd: REPO,
      env: { ...env, GOVBRIEF_TEST_SAVE_DIR: saveDir },
      timeout: 60_000,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the window is served from app://, with no Node in the page', async () => {
    await expect(page.getByTestId('editor')).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toMatch(/^app:\/\/govbrief\/index\.html/);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBeGreaterThan(0);
    // Isolated and without Node: the page sees the bridge object only, not require/process/ipcRenderer.
    const globals = await page.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      const bridge = (w['govbrief'] ?? {}) as Record<string, unknown>;
      return {
        require: typeof w['require'],
        process: typeof w['process'],
        govbrief: typeof w['govbrief'],
        ipcRenderer: 'ipcRenderer' in bridge,
      };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', govbrief: 'object', ipcRenderer: false });
  });

  test('open the bundled report, go to slide 3 with the keyboard, export PPTX', async () => {
    test.setTimeout(120_000);
    const editor = page.getByTestId('editor');
    await expect(editor).toBeVisible({ timeout: 30_000 });

    await page.getByTestId('bundled-select').selectOption(BUNDLED_ID);
    await expect(page.getByTestId('report-title')).toHaveText(BUNDLED_TITLE);
    await expect(page.locator('main.current .slide-canvas')).toBeVisible();

    // The editor ignores keys typed into the <select>: move the focus back to the page.
    await page.evaluate(() =>
      (
        globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }
      ).document.activeElement?.blur?.(),
    );
    await page.keyboard.press('Home');
    await expect(editor).toHaveAttribute('data-index', '0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    await expect(editor).toHaveAttribute('data-index', '2');

    await page.keyboard.press('ControlOrMeta+E');
    const panel = page.getByTestId('export-panel');
    await expect(panel).toBeVisible();
    await page.getByTestId('export-format-pptx').check();
    await page.getByTestId('export-run').click();
    await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved', { timeout: 90_000 });

    const files = readdirSync(saveDir);
    const pptx = files.filter((f) => f.endsWith('.pptx'));
    expect(pptx, `files in ${saveDir}: ${files.join(', ')}`).toHaveLength(1);
    // Atomic save: no temp file left next to it.
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const bytes = readFileSync(join(saveDir, pptx[0]!));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4": a zip
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/).length).toBeGreaterThan(2);
  });

  test('F5 opens the show in its own window; Esc in it ends the show and the editor is left', async () => {
    test.setTimeout(60_000);
    // Out of the export panel and any field: the editor's keys.
    await page.getByTestId('report-title').click();
    const opened = app.waitForEvent('window');
    await page.keyboard.press('F5');
    const show = await opened;
    await expect(show.getByTestId('slideshow')).toBeVisible({ timeout: 30_000 });
    expect(show.url()).toContain('#/show');
    const closed = show.waitForEvent('close');
    await show.keyboard.press('Escape');
    await closed;
    await expect.poll(() => app.windows().length).toBe(1);
    await expect(page.getByTestId('editor')).toBeVisible();
  });

  test('Alt+F5 starts the show with the presenter view beside it; Esc in the presenter view ends both', async () => {
    test.setTimeout(60_000);
    await page.getByTestId('report-title').click();
    await page.keyboard.press('Alt+F5');
    await expect
      .poll(
        () =>
          app
            .windows()
            .map((w) => new URL(w.url()).hash)
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual(['#/', '#/presenter', '#/show']);
    const presenter = app.windows().find((w) => w.url().includes('#/presenter'))!;
    await expect(presenter.getByTestId('presenter')).toBeVisible({ timeout: 30_000 });
    // The audience's window still shows the show, not the notes.
    const show = app.windows().find((w) => w.url().includes('#/show'))!;
    await expect(show.getByTestId('slideshow')).toBeVisible();
    await presenter.keyboard.press('Escape');
    await expect.poll(() => app.windows().length, { timeout: 15_000 }).toBe(1);
    await expect(page.getByTestId('editor')).toBeVisible();
  });
});
