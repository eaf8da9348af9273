/**
 * The web build opens a report with its separate source text: picked together (two files), dropped
 * together, or as a folder (reports/ beside sources/). The quotes are checked against that text —
 * not against a text the app ships under the same name; a report picked without its source text
 * is refused with a message saying to pick both.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './support/web';
import { expect, openApp, test } from './support/fixtures';

const read = (path: string) => readFileSync(resolve(REPO_ROOT, path), 'utf8');
const SHANXI_TEXT = read('data/sources/shanxi-2025.txt');
const CHINA_TEXT = read('data/sources/china-2025.txt');
const MINIMAL = JSON.parse(read('tests/fixtures/good-reports/minimal.json')) as {
  title: string;
  source: { textFile: string };
};

function reportNaming(textFile: string): string {
  return JSON.stringify({ ...MINIMAL, source: { ...MINIMAL.source, textFile } }, null, 2);
}

const asFile = (name: string, text: string, mimeType: string) => ({ name, mimeType, buffer: Buffer.from(text) });

async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.getByTestId('editor').evaluate((el, fs) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void } };
      DragEvent: new (type: string, init: object) => unknown;
    };
    const dt = new g.DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name));
    const target = el as unknown as { dispatchEvent(e: unknown): boolean };
    target.dispatchEvent(new g.DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new g.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

async function expectOpened(page: Page, warned: boolean): Promise<void> {
  await expect(page.getByTestId('report-title')).toHaveText(MINIMAL.title);
  await expect(page.getByTestId('error-panel')).toHaveCount(0);
  const toggle = page.getByTestId('warnings-toggle');
  if (warned) await expect(toggle).toHaveClass(/\bhas\b/);
  else await expect(toggle).not.toHaveClass(/\bhas\b/);
}

test('two files picked together: checked against the text picked with the report', async ({ page }) => {
  await openApp(page, 'editor');
  const report = asFile('mine.json', reportNaming('../sources/own.txt'), 'application/json');
  await page.getByTestId('file-input').setInputFiles([report, asFile('own.txt', SHANXI_TEXT, 'text/plain')]);
  await expectOpened(page, false);
  // The same report with another text: its quotes are not found there, and the data warnings say so.
  await page.getByTestId('file-input').setInputFiles([report, asFile('own.txt', CHINA_TEXT, 'text/plain')]);
  await expectOpened(page, true);
});

test('two files dropped together open the report with its source text', async ({ page }) => {
  await openApp(page, 'editor');
  await dropFiles(page, [
    { name: 'own.txt', text: SHANXI_TEXT },
    { name: 'mine.json', text: reportNaming('../sources/own.txt') },
  ]);
  await expectOpened(page, false);
});

test('a folder: the report finds its source text beside it', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-folder-'));
  try {
    mkdirSync(join(dir, 'reports'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'reports', 'mine.json'), reportNaming('../sources/own.txt'));
    writeFileSync(join(dir, 'sources', 'own.txt'), SHANXI_TEXT);
    await openApp(page, 'editor');
    await page.getByTestId('folder-input').setInputFiles(dir);
    await expectOpened(page, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('picked without its source text, named like a shipped one: refused, saying to pick both', async ({ page }) => {
  await openApp(page, 'editor');
  await page
    .getByTestId('file-input')
    .setInputFiles(asFile('mine.json', reportNaming('../sources/shanxi-2025.txt'), 'application/json'));
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('请同时选择报告和原文两个文件');
});
