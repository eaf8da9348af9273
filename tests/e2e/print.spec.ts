/**
 * Ctrl+P (打印讲义) prints the handout PDF core makes — the very file the export dialog's 讲义
 * PDF saves — opened in a window of its own whose print dialog is called (web build). No HTML
 * handout layout is left in the page. window.open and URL.createObjectURL are wrapped before the
 * app loads, to catch the PDF and the print call (headless Chromium has no print dialog).
 */
import { readFileSync } from 'node:fs';
import { pdfPageTexts } from '../support/pdf-text';
import { expect, openApp, test } from './support/fixtures';

interface Printed {
  url: string;
  printed: boolean;
  bytes: number[] | null;
}

test('Ctrl+P opens the export dialog’s handout PDF from core and prints it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const w = globalThis as unknown as {
      __printed: Printed[];
      open: (url: string) => unknown;
      URL: { createObjectURL: (b: Blob) => string };
    };
    // The page's CSP lets nobody fetch a blob: URL: the blob is kept as it is made.
    const blobs = new Map<string, Blob>();
    const make = w.URL.createObjectURL.bind(w.URL);
    w.URL.createObjectURL = (b: Blob) => {
      const url = make(b);
      blobs.set(url, b);
      return url;
    };
    w.__printed = [];
    w.open = (url: string) => {
      const rec: Printed = { url, printed: false, bytes: null };
      w.__printed.push(rec);
      void blobs
        .get(url)
        ?.arrayBuffer()
        .then((b) => (rec.bytes = Array.from(new Uint8Array(b))));
      return {
        addEventListener: (type: string, f: () => void) => type === 'load' && setTimeout(f, 0),
        print: () => (rec.printed = true),
      };
    };
  });
  await openApp(page);
  await page.keyboard.press('Control+p');
  const printed = () =>
    page.evaluate(() => (globalThis as unknown as { __printed: Printed[] }).__printed.map((p) => ({ ...p })));
  await expect.poll(async () => (await printed())[0]?.printed ?? false, { timeout: 60_000 }).toBe(true);
  await expect.poll(async () => (await printed())[0]?.bytes !== null, { timeout: 10_000 }).toBe(true);
  const [rec, ...more] = await printed();
  expect(more).toEqual([]);
  expect(rec!.url.startsWith('blob:')).toBe(true);
  const bytes = new Uint8Array(rec!.bytes!);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  // No HTML handouts in the page.
  await expect(page.locator('[data-testid="print-handouts"], .print-only')).toHaveCount(0);

  // The export dialog's handout PDF, with its defaults: the same pages, the same text.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-handout').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const saved = await download;
  const exported = await pdfPageTexts(new Uint8Array(readFileSync(await saved.path())));
  const printedPages = await pdfPageTexts(bytes);
  // Handout pages, three slides each, numbered as the handout layout numbers them.
  expect(printedPages.length).toBeGreaterThan(1);
  expect(printedPages[0]).toContain(`第1页/共${printedPages.length}页`);
  expect(printedPages).toEqual(exported);
});
