/**
 * 保存为报告文件… in the desktop app (Chromium over the fake preload, support/fake-govbrief.ts;
 * main's side is electron/main/import-save.*.test.ts): the reviewed draft goes to main with its
 * source text instead of being downloaded; the saved file as main reopened it becomes the open
 * report, and a problem found on reopening is shown with its line and column.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { importReportText } from '../../core/import/draft';
import { fakeCalls, fakeData, installFakeGovbrief, openedReply, setReplies } from './support/fake-govbrief';
import { appUrl, expect, test } from './support/fixtures';
import { REPO_ROOT } from './support/web';

const county = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/import/county-2025.txt'), 'utf8');
const draft = importReportText(county);
if (!draft.ok) throw new Error(draft.message.en);
const saved = { ...draft.report, source: { ...draft.report.source, text: undefined, textFile: '某县.source.txt' } };

async function importCounty(page: Page) {
  await installFakeGovbrief(page, fakeData());
  await page.goto(`${appUrl()}#/import`);
  await expect(page.getByTestId('import-view')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-paste').fill(county);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-entry').first()).toBeVisible();
}

test('the draft and its source text go to main, and the reopened report opens in the editor', async ({ page }) => {
  await importCounty(page);
  await setReplies(page, {
    saveImport: { ok: true, path: '/home/u/某县.json', opened: openedReply('/home/u/某县.json', saved) },
  });
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('editor')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('editor')).toContainText(draft.report.title.slice(0, 6));
  const [call] = (await fakeCalls(page)).filter((c) => c[0] === 'saveImport');
  const [, reportText, sourceText, fileName] = call as [string, string, string, string];
  expect(sourceText).toBe(county);
  expect(fileName).toBe(`${draft.report.id}.json`);
  expect(JSON.parse(reportText).title).toBe(draft.report.title);
});

test('a saved file that reopens with a problem says where, and the review stays open', async ({ page }) => {
  await importCounty(page);
  const problem = {
    severity: 'error',
    code: 'quote-not-found',
    file: '/home/u/某县.json',
    line: 12,
    column: 17,
    path: '/summary/source',
    message: { zh: '原文中找不到引文', en: 'quote not found' },
    hint: { zh: '核对引文', en: 'check the quote' },
  };
  const opened = { file: '/home/u/某县.json', result: { ok: false, errors: [problem], warnings: [] } };
  await setReplies(page, { saveImport: { ok: true, path: '/home/u/某县.json', opened } });
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('import-save-note')).toContainText('第 12 行第 17 列：原文中找不到引文');
  await expect(page.getByTestId('import-view')).toBeVisible();
});
