/**
 * `npm run shots -- --out DIR [--report FILE] [--theme T] [--compare ID]`: a PNG of every slide,
 * taken from the web build in Debian's Chromium, for visual review. The default is the bundled
 * Shanxi deck; --report opens a local report file through the app's own file picker.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';

const USAGE =
  'usage: npm run shots -- --out DIR [--report FILE] [--theme official|blue|contrast] [--compare BUNDLED_ID]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        out: { type: 'string' },
        report: { type: 'string' },
        theme: { type: 'string' },
        compare: { type: 'string' },
        'no-build': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.out) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  if (!args['no-build'])
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  const server = await serveStatic('dist-web');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const params = new URLSearchParams();
    if (args.theme) params.set('theme', args.theme);
    if (args.compare) params.set('compare', args.compare);
    await page.goto(`${server.url}#/?${params}`);
    await page.getByTestId('editor').waitFor();
    if (args.report) {
      await page.getByTestId('file-input').setInputFiles(resolve(args.report));
      const outcome = await Promise.race([
        page
          .getByTestId('error-panel')
          .waitFor()
          .then(() => 'error' as const),
        page
          .locator(`[data-testid=report-title][title=${JSON.stringify(args.report.split(/[\\/]/).pop())}]`)
          .waitFor()
          .then(() => 'ok' as const),
      ]);
      if (outcome === 'error') {
        console.error(await page.getByTestId('error-panel').innerText());
        return 1;
      }
    }
    await page.keyboard.press('F5');
    const show = page.getByTestId('slideshow');
    await show.waitFor();
    const count = Number(await show.getAttribute('data-count'));
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        await page.keyboard.type(String(i + 1));
        await page.keyboard.press('Enter');
      }
      await page.locator(`[data-testid=slideshow][data-index="${i}"]`).waitFor();
      const file = join(out, `slide-${String(i + 1).padStart(3, '0')}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`shots: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
