/**
 * 新建 › 从报告原文导入… (#/import) end to end in the web build: paste a report's text, see each
 * extracted entry marked in the source, accept / edit / delete entries with undo and redo, add
 * a selection from the source as a project, watch the slide preview follow, save the report
 * file (it validates and quotes its source), and read a .docx and a PDF in the browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkProvenance } from '../../core/report/provenance';
import { ReportSchema } from '../../core/report/schema';
import { appUrl, expect, test } from './support/fixtures';
import { REPO_ROOT } from './support/web';

const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/import');
const province = readFileSync(resolve(FIXTURES, 'province-2025.txt'), 'utf8');

test('paste, review, edit with undo/redo, add a selection, preview and save a report', async ({ page }) => {
  await page.goto(`${appUrl()}#/import`);
  const view = page.getByTestId('import-view');
  await expect(view).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-paste').fill(province);
  await page.getByTestId('import-run').click();

  const entries = page.getByTestId('import-entry');
  const projects = page.locator('[data-testid="import-entry"][data-kind="project"]');
  await expect(projects).toHaveCount(10);
  await expect(page.locator('[data-testid="import-entry"][data-kind="target"]')).toHaveCount(11);
  // Every entry is marked where its quote is in the source.
  const source = page.getByTestId('import-source');
  expect(await source.locator('mark').count()).toBeGreaterThanOrEqual(40);
  await expect(page.getByTestId('import-review-items')).toContainText('和经济增长同步');

  // Selecting an entry marks its quote and turns the preview to its slide.
  const firstTarget = page.locator('[data-testid="import-entry"][data-kind="target"]').first();
  const pointer = await firstTarget.getAttribute('data-pointer');
  await firstTarget.locator('.import-entry-text').click();
  await expect(source.locator(`mark[data-pointer="${pointer}"]`)).toHaveClass(/active/);
  await expect(page.getByTestId('import-preview').locator('.slide-canvas')).toBeVisible({ timeout: 30_000 });

  // Accept and edit.
  await firstTarget.getByTestId('import-accept').click();
  await expect(firstTarget.getByTestId('import-accept')).toHaveText('已接受');
  await firstTarget.getByTestId('import-edit').click();
  await firstTarget.getByTestId('import-edit-input').fill('地区生产总值增长5.5%左右（核对）');
  await firstTarget.getByRole('button', { name: '确定' }).click();
  await expect(firstTarget).toContainText('（核对）');

  // Delete a project, undo, redo, undo (Ctrl+Z).
  await projects.first().getByTestId('import-delete').click();
  await expect(projects).toHaveCount(9);
  await page.getByTestId('import-undo').click();
  await expect(projects).toHaveCount(10);
  await page.getByTestId('import-redo').click();
  await expect(projects).toHaveCount(9);
  await source.click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await expect(projects).toHaveCount(10);

  // A chart from a highlight's figures: a slide of the preview draws it.
  const preview = page.getByTestId('import-preview');
  const highlight = page.locator('[data-testid="import-entry"][data-kind="highlight"]', {
    hasText: '规模以上工业增加值',
  });
  await expect(highlight.getByTestId('import-chart-bar')).toBeEnabled();
  const chartsBefore = await preview.locator('.chart').count();
  await highlight.getByTestId('import-chart-bar').click();
  await highlight.locator('.import-entry-text').click();
  await expect(preview.locator('.chart')).toHaveCount(chartsBefore + 1);

  // Select text in the source and add it as a project: its quote is the selection.
  // (A string: the spec is typechecked without the DOM library.)
  await page.evaluate(`(() => {
    const pre = document.querySelector('[data-testid="import-source"]');
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent.indexOf('完成营造林');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + '完成营造林２１０万亩'.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return;
    }
    throw new Error('text not found');
  })()`);
  await page.getByTestId('import-add-project').click();
  await expect(projects).toHaveCount(11);
  await expect(projects.last()).toContainText('210万亩');

  // Save: the file is a report that validates and quotes its (inline) source.
  const download = page.waitForEvent('download');
  await page.getByTestId('import-save').click();
  const file = await download;
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(ReportSchema.safeParse(saved).success).toBe(true);
  expect(saved.source.text).toBe(province);
  expect(checkProvenance(saved, province)).toEqual([]);
  expect(saved.sections.find((s: { kind: string }) => s.kind === 'projects').projects).toHaveLength(11);
  expect(saved.sections.find((s: { kind: string }) => s.kind === 'review').themes[0].charts).toHaveLength(1);
  await expect(page.getByTestId('import-save-note')).toContainText('已保存');
  expect(await entries.count()).toBeGreaterThan(40);
});

test('a .docx is read in the browser; a .docx that is not one gets a message', async ({ page }) => {
  await page.goto(`${appUrl()}#/import`);
  await expect(page.getByTestId('import-view')).toBeVisible({ timeout: 60_000 });
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  await expect(page.getByTestId('import-error')).toContainText('不是有效的 .docx');
  await page.getByTestId('import-file').setInputFiles(resolve(FIXTURES, 'city-2025.docx'));
  await expect(page.locator('[data-testid="import-entry"][data-kind="project"]')).toHaveCount(10, { timeout: 30_000 });
  await expect(page.getByTestId('import-source')).toContainText('鹭江市第十七届人民代表大会第五次会议');
});

test("a PDF's text layer is read in the browser (pdf.js worker served by the web build)", async ({ page }) => {
  await page.goto(`${appUrl()}#/import`);
  await expect(page.getByTestId('import-view')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-file').setInputFiles(resolve(FIXTURES, 'county-2025.pdf'));
  await expect(page.locator('[data-testid="import-entry"][data-kind="project"]')).toHaveCount(6, { timeout: 30_000 });
  await expect(page.locator('[data-testid="import-entry"][data-kind="task"]')).toHaveCount(3);
});
