/**
 * The renderer as it runs in Electron, in Chromium over a fake preload (support/fake-govbrief.ts):
 * Electron itself is never launched here, so these tests stop at window.govbrief; main's side of
 * each call is tested in electron/main (show, menu routing, report files, IPC payloads).
 *
 *  - Esc with nothing open ends the show in every show window (show, audience, presenter view),
 *    by asking main (which closes the show windows and lets the display sleep); so does the
 *    presenter view's 结束放映.
 *  - 演讲者视图 (button, Alt+F5, the menu) starts the show with the presenter view in main's
 *    windows; the editor window stays the editor.
 *  - The file named at launch is asked for at start and opens instead of the bundled default.
 *  - A dropped report is opened by main (by its path); the page reads it only when it has none.
 *  - Replies and events from main are checked: malformed ones are dropped or shown as errors.
 *  - The menu's 快捷键 opens the editor's key list; its 搜索 (Ctrl+F) is ignored while typing in
 *    the notes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  deckMessage,
  emitFromMain,
  fakeCalls,
  fakeData,
  installFakeGovbrief,
  openedReply,
  reportOf,
  setReplies,
} from './support/fake-govbrief';
import { expect, openApp, test } from './support/fixtures';
import { REPO_ROOT } from './support/web';

const shanxi = reportOf('shanxi-2025');
const china = reportOf('china-2025');

async function calledWith(page: Page, name: string): Promise<unknown[][]> {
  return (await fakeCalls(page)).filter((c) => c[0] === name).map((c) => c.slice(1));
}

/** Drops a file on the editor as a user would (a drag of files from the desktop). */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('editor').evaluate(
    (el, [n, t]) => {
      // Page globals (this file is compiled for Node, without the DOM types).
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        DragEvent: new (type: string, init: object) => unknown;
      };
      const dt = new g.DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      const target = el as unknown as { dispatchEvent(e: unknown): boolean };
      target.dispatchEvent(new g.DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new g.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}

test.describe('ending the show (Electron windows)', () => {
  for (const route of ['show', 'audience', 'presenter'] as const) {
    test(`Esc in the ${route} window, with nothing open, asks main to end the show`, async ({ page }) => {
      await installFakeGovbrief(page, fakeData({ follow: { deck: deckMessage(shanxi), index: 2 } }));
      const root = await openApp(page, route);
      await expect(root).toHaveAttribute('data-index', '2');
      // Something open: Esc closes it first (here a black screen), the show goes on.
      await page.keyboard.press('b');
      await page.keyboard.press('Escape');
      await expect(root).toBeVisible();
      expect(await calledWith(page, 'showEnd')).toEqual([]);
      await page.keyboard.press('?');
      await expect(page.getByTestId('help')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('help')).toHaveCount(0);
      expect(await calledWith(page, 'showEnd')).toEqual([]);
      // Nothing open: the show ends (main closes this window and the others).
      await page.keyboard.press('Escape');
      await expect.poll(() => calledWith(page, 'showEnd')).toEqual([[]]);
      // Not turned into a second editor.
      await expect(page.getByTestId('editor')).toHaveCount(0);
    });
  }

  test('the presenter view has a 结束放映 button that ends the show', async ({ page }) => {
    await installFakeGovbrief(page, fakeData({ follow: { deck: deckMessage(shanxi), index: 0 } }));
    const presenter = await openApp(page, 'presenter');
    const button = presenter.getByRole('button', { name: '结束放映' });
    await expect(button).toBeVisible();
    await button.click();
    await expect.poll(() => calledWith(page, 'showEnd')).toEqual([[]]);
  });
});

test.describe('the presenter view (Electron)', () => {
  test('演讲者视图, Alt+F5 and the menu start the show with the presenter view in main; the editor stays the editor', async ({
    page,
  }) => {
    await installFakeGovbrief(page, fakeData());
    const editor = await openApp(page, 'editor');
    await page.getByTestId('rail').locator('.rail-item[data-index="4"]').click();
    await expect(editor).toHaveAttribute('data-index', '4');

    await page.getByRole('button', { name: '演讲者视图' }).click();
    await expect.poll(() => calledWith(page, 'showStart')).toEqual([[4, true]]);
    await page.locator('main.current').click();
    await page.keyboard.press('Alt+F5');
    await expect
      .poll(() => calledWith(page, 'showStart'))
      .toEqual([
        [4, true],
        [4, true],
      ]);
    await emitFromMain(page, 'menu', 'presenter');
    await expect.poll(() => calledWith(page, 'showStart')).toHaveLength(3);
    // F5 is the show without the presenter view, from the first slide.
    await page.keyboard.press('F5');
    await expect.poll(async () => (await calledWith(page, 'showStart')).at(-1)).toEqual([0, false]);

    await expect(editor).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#/');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
  });
});

test.describe('report files (Electron)', () => {
  test('the file named at launch is asked for at start and opens instead of the bundled default', async ({ page }) => {
    await installFakeGovbrief(page, fakeData({ initial: openedReply('/home/user/报告/china-2025.json', china) }));
    await openApp(page, 'editor');
    await expect(page.getByTestId('report-title')).toHaveText(china.title);
    await expect(page.getByTestId('report-title')).toHaveAttribute('title', '/home/user/报告/china-2025.json');
    expect(await calledWith(page, 'initialReport')).toEqual([[]]);
    expect(await calledWith(page, 'openBundled')).toEqual([]);
  });

  for (const file of [
    '/opt/GovBrief/resources/data/reports/china-2025.json',
    'C:\\Program Files\\GovBrief\\resources\\data\\reports\\china-2025.json',
  ]) {
    test(`a reloaded editor that showed a bundled report names it in the report picker (${file})`, async ({ page }) => {
      await installFakeGovbrief(page, fakeData({ initial: openedReply(file, china) }));
      await openApp(page, 'editor');
      await expect(page.getByTestId('report-title')).toHaveText(china.title);
      await expect(page.getByTestId('bundled-select')).toHaveValue('china-2025');
    });
  }

  test('a launch file outside the bundled folder leaves the report picker unset', async ({ page }) => {
    await installFakeGovbrief(page, fakeData({ initial: openedReply('/home/user/报告/china-2025.json', china) }));
    await openApp(page, 'editor');
    await expect(page.getByTestId('report-title')).toHaveText(china.title);
    await expect(page.getByTestId('bundled-select')).toHaveValue('');
  });

  test('a launch file with errors: the bundled report opens and the error panel says why', async ({ page }) => {
    const problem = {
      severity: 'error',
      code: 'json-syntax',
      file: '/home/user/broken.json',
      line: 3,
      column: 7,
      path: '',
      message: { zh: '缺少逗号', en: 'missing comma' },
      hint: { zh: '补上逗号', en: 'add the comma' },
    };
    await installFakeGovbrief(
      page,
      fakeData({ initial: { file: '/home/user/broken.json', result: { ok: false, errors: [problem], warnings: [] } } }),
    );
    await openApp(page, 'editor');
    await expect(page.getByTestId('report-title')).toHaveText(shanxi.title);
    const panel = page.getByTestId('error-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('broken.json');
    await expect(panel.locator('.problem code').first()).toHaveText('3:7');
  });

  test('a dropped report is opened by main, by its path', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    await expect(page.getByTestId('report-title')).toHaveText(shanxi.title);
    await setReplies(page, { openDropped: openedReply('/home/user/报告/china-2025.json', china) });
    // The bytes do not matter: main reads the file from its path.
    await dropFile(page, 'china-2025.json', '{}');
    await expect(page.getByTestId('report-title')).toHaveText(china.title);
    await expect(page.getByTestId('report-title')).toHaveAttribute('title', '/home/user/报告/china-2025.json');
    expect(await calledWith(page, 'openDropped')).toEqual([['china-2025.json']]);
    await expect(page.getByTestId('error-panel')).toHaveCount(0);
  });

  test('a dropped file with no path on disk is read in the page', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    await setReplies(page, { openDropped: undefined });
    await dropFile(page, 'china-2025.json', readFileSync(resolve(REPO_ROOT, 'data/reports/china-2025.json'), 'utf8'));
    await expect(page.getByTestId('report-title')).toHaveText(china.title);
    await expect(page.getByTestId('report-title')).toHaveAttribute('title', 'china-2025.json');
    expect(await calledWith(page, 'openDropped')).toEqual([['china-2025.json']]);
  });
});

test.describe('what main sends is checked', () => {
  test('a malformed report update is dropped (and logged); a good one is taken', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const title = page.getByTestId('report-title');
    await expect(title).toHaveText(shanxi.title);
    for (const bad of [
      { file: '/home/user/x.json', result: { ok: true, report: { title: '伪造的报告' }, warnings: [] } },
      { file: '/home/user/x.json', result: { ok: true, report: { ...shanxi, sections: 'none' }, warnings: [] } },
      { file: '/home/user/x.json', result: { ok: false, errors: 'boom', warnings: [] } },
      { file: 42, result: { ok: true, report: china, warnings: [] } },
      'report',
      null,
    ]) {
      await emitFromMain(page, 'report', bad);
    }
    await expect.poll(() => warnings.filter((w) => w.includes('malformed')).length).toBe(6);
    await expect(title).toHaveText(shanxi.title);
    await expect(page.getByTestId('error-panel')).toHaveCount(0);
    await expect(page.locator('main.current .slide-canvas')).toBeVisible();

    await emitFromMain(page, 'report', openedReply('/home/user/china-2025.json', china));
    await expect(title).toHaveText(china.title);
  });

  test('a malformed reply to opening a bundled report shows an error and keeps the deck', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    await setReplies(page, {
      openBundled: {
        file: 'data/reports/china-2025.json',
        result: { ok: true, report: { id: 'china-2025' }, warnings: [] },
      },
    });
    await page.getByTestId('bundled-select').selectOption('china-2025');
    await expect(page.getByTestId('error-panel')).toBeVisible();
    await expect(page.getByTestId('report-title')).toHaveText(shanxi.title);
  });
});

test.describe('menu commands in the editor (Electron)', () => {
  test('帮助 › 快捷键 shows the editor’s keys; Esc closes them', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    await emitFromMain(page, 'menu', 'help');
    const help = page.getByTestId('help');
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute('data-help', 'editor');
    await expect(help).toContainText('Ctrl+E');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
  });

  test('编辑 › 搜索幻灯片 (Ctrl+F) is ignored while typing in the notes, taken elsewhere', async ({ page }) => {
    await installFakeGovbrief(page, fakeData());
    await openApp(page, 'editor');
    const notes = page.getByTestId('notes');
    await notes.click();
    await expect(notes).toBeFocused();
    // Ctrl+F in the notes is the field's; Electron's menu accelerator still fires the command.
    await page.keyboard.press('Control+f');
    await emitFromMain(page, 'menu', 'search');
    await page.waitForTimeout(200);
    await expect(page.getByTestId('search')).toHaveCount(0);
    await expect(notes).toBeFocused();
    // The same for 快捷键's Shift+/ (typing "?" in the notes).
    await emitFromMain(page, 'menu', 'help');
    await page.waitForTimeout(200);
    await expect(page.getByTestId('help')).toHaveCount(0);

    await page.locator('main.current').click();
    await expect(notes).not.toBeFocused();
    await emitFromMain(page, 'menu', 'search');
    await expect(page.getByTestId('search')).toBeVisible();
  });
});
