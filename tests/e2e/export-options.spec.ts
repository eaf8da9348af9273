/**
 * Export options in the web build, checked in the downloaded file (pdf.js in Node):
 *   - the date line: off by default, today's date prefilled (to edit); set, it reaches the worker
 *     and is printed in the memo — which is headed with the briefing's cover title, as the file
 *     is named, not with the report's title;
 *   - warnings: a report with characters the deck font cannot draw (tests/generators/
 *     hostile-report.ts) exports, and the panel lists the exporter's warnings after the save.
 */
import { readFileSync } from 'node:fs';
import { runExport } from '../../core/export/run';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { loadReport } from '../../core/report/load';
import { hostileReport } from '../generators/hostile-report';
import { pdfPageTexts, squash } from '../support/pdf-text';
import { loadReport as loadReportFile, SHANXI } from './support/deck';
import { expect, openApp, test } from './support/fixtures';

const shanxi = loadReportFile(SHANXI);

/** Today in the browser's time zone (playwright.config.ts: Asia/Shanghai), as a date line is written. */
function todayInShanghai(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}年${parts['month']}月${parts['day']}日`;
}

test('date line: off by default, today prefilled; set, it is printed in the memo, which has the briefing’s cover title', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const TITLE = '省政府常务会议汇报';
  const DATE_LINE = '2025年3月5日印发';
  await openApp(page, 'editor');
  await page.getByTestId('briefing-panel-toggle').click();
  await page.getByTestId('cover-title').fill(TITLE);

  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-memo').check();
  const on = page.getByTestId('export-date-line');
  const text = page.getByTestId('export-date-line-text');
  await expect(on).not.toBeChecked();
  await expect(text).toBeDisabled();
  await expect(text).toHaveValue(todayInShanghai());
  await on.check();
  await expect(text).toBeEnabled();
  await text.fill(DATE_LINE);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const saved = await download;
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved');
  expect(saved.suggestedFilename()).toBe(`${TITLE}（简报）.pdf`);
  const pages = await pdfPageTexts(new Uint8Array(readFileSync(await saved.path())));
  expect(pages[0]).toContain(squash(TITLE));
  expect(pages[0]).toContain(DATE_LINE);
  expect(pages.join('')).not.toContain(squash(shanxi.title));
  // Running headers from the second page on: the cover title and the date line.
  for (const p of pages.slice(1)) {
    expect(p).toContain(squash(`${TITLE} · 简报`));
    expect(p).toContain(DATE_LINE);
  }
  await expect(page.getByTestId('export-warnings')).toHaveCount(0);

  // PowerPoint has no date line: the option is not offered.
  await page.getByTestId('export-format-pptx').check();
  await expect(on).toHaveCount(0);
});

test('warnings: characters the deck font cannot draw are listed after the save', async ({ page }) => {
  test.setTimeout(60_000);
  const report = hostileReport();
  const json = JSON.stringify(report, null, 2);
  const loaded = loadReport('hostile.json', json);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message.en).join('; '));
  // What the exporter warns about for this report, computed in Node with the same core.
  const expected = (await runExport({ format: 'pdf', report: loaded.report, fonts: readExportFonts() })).warnings;
  expect(expected.some((w) => w.includes('缺少'))).toBe(true);

  await openApp(page, 'editor');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('report-title')).toHaveText(report.title);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-pdf').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  await download;
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved');
  const list = page.getByTestId('export-warnings');
  await expect(list).toContainText(`有 ${expected.length} 条提示`);
  // Shown without invisible format characters (a U+202E in a warning would reverse the line);
  // the code point named beside each keeps it identifiable.
  await expect(list.locator('li')).toHaveText(expected.map((w) => w.replace(/\p{Cf}/gu, '')));
});
