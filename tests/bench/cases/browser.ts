/**
 * Browser timings of the web renderer in Debian's Chromium (`npm run bench -- browser` once
 * wired into CASES in tests/bench/run.ts; standalone: `npx tsx tests/bench/cases/browser.ts`):
 *   - first slide painted: navigation start → the first `.slide-canvas` in the DOM with the deck
 *     font loaded (both weights), plus one animation frame and the task after it (the frame that
 *     shows it has been produced). Median of 5 loads, each in a fresh browser context (empty
 *     cache), in the slideshow (#/show) and in the editor (#/). Target ≤ 1 s.
 *   - slide switch in the slideshow: keydown dispatched (at a random moment within a frame, as a
 *     real key arrives) → the first animation frame whose DOM has the new data-index, with style
 *     and layout of the new slide forced in that frame. Median of 40 switches over the Shanxi
 *     deck. Target ≤ 16 ms. For information, the app's own part: keydown → DOM updated and laid
 *     out, without the wait for the frame.
 *   - overview of a generated 300-slide deck (opened through the editor's file picker): `G`
 *     keydown → the frame where the grid is laid out and every thumbnail in view is drawn.
 *     Median of 5 opens; the grid alone and the first (cold) open for information. Target ≤ 300 ms.
 * All times are measured inside the page with performance.now(), so Playwright's round trips
 * are not in them. The web build goes to .bench/web (git-ignored), served on 127.0.0.1.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateLargeReport } from '../../generators/report-arbitrary';
import { buildAndServe, REPO_ROOT } from '../../e2e/support/web';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium';
import type { BenchRow } from '../run';

const LOADS = 5;
const SWITCHES = 40;
const OVERVIEW_OPENS = 5;
const VIEWPORT = { width: 1280, height: 720 };

function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// In-page code is plain JavaScript in strings: the Node-side tsconfig has no DOM types, and a
// transpiler's helpers (esbuild's __name) must not leak into functions serialised to the page.

/** Init script: resolves window.__govbriefPainted with the time the first slide was shown. */
const PAINT_PROBE = `(() => {
  window.__govbriefPainted = new Promise((resolve) => {
    const fontsLoaded = () => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && f.status === 'loaded').length >= 2;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.slide-canvas')) return;
      observer.disconnect();
      document.fonts.ready.then(() => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ ms: performance.now(), fonts: fontsLoaded() });
          channel.port2.postMessage(0);
        });
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
})();`;

/**
 * In page: `count` slide switches by keydown. Each key is dispatched at a random moment within a
 * frame, as a real key press arrives (dispatching right after a frame would always wait a whole
 * frame for the next). Returns, per switch, the ms to the first frame showing the new slide, and
 * the ms until the app's own work is done (the DOM updated, style and layout of the new slide
 * computed) without waiting for a frame.
 */
const SWITCH_PROBE = `async (count) => {
  const root = () => document.querySelector('[data-testid=slideshow]');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const toFrame = [];
  const work = [];
  let key = 'ArrowRight';
  for (let attempt = 0; toFrame.length < count && attempt < count * 3; attempt++) {
    await frame();
    await sleep(Math.random() * 12);
    const before = root().getAttribute('data-index');
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    // React renders a discrete event's update in a microtask queued during the dispatch.
    await Promise.resolve();
    if (root().getAttribute('data-index') !== before) {
      root().querySelector('.slide-canvas').getBoundingClientRect();
      work.push(performance.now() - t0);
    }
    let moved = false;
    for (let f = 0; f < 60 && !moved; f++) {
      await frame();
      if (root().getAttribute('data-index') !== before) {
        root().querySelector('.slide-canvas').getBoundingClientRect();
        toFrame.push(performance.now() - t0);
        moved = true;
      }
    }
    // At either end of the deck nothing moves: turn round (not counted).
    if (!moved) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  }
  return { toFrame, work };
}`;

/** In page: open the overview with G, time it, close it again. */
const OVERVIEW_PROBE = `async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const overview = () => document.querySelector('[data-testid=overview]');
  const thumbsInViewDrawn = () => {
    const items = [...overview().querySelectorAll('.overview-item')];
    const inView = items.filter((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; });
    return inView.length > 0 && inView.every((el) => el.querySelector('.slide-canvas'));
  };
  const press = (key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const t0 = performance.now();
  press('g');
  let grid;
  let drawn;
  for (let f = 0; f < 600 && drawn === undefined; f++) {
    await frame();
    if (!overview()) continue;
    overview().getBoundingClientRect();
    grid ??= performance.now() - t0;
    if (thumbsInViewDrawn()) drawn = performance.now() - t0;
  }
  const items = overview() ? overview().querySelectorAll('.overview-item').length : 0;
  press('g');
  for (let f = 0; f < 600 && overview(); f++) await frame();
  for (let f = 0; f < 5; f++) await frame();
  return { grid, drawn, items };
}`;

async function firstPaint(browser: Browser, url: string): Promise<{ ms: number; fonts: boolean }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    return (await page.evaluate('window.__govbriefPainted')) as { ms: number; fonts: boolean };
  } finally {
    await context.close();
  }
}

async function openLargeReport(page: Page, appUrl: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-bench-'));
  try {
    const file = join(dir, 'large-300.json');
    writeFileSync(
      file,
      JSON.stringify(generateLargeReport({ slidesTarget: 300, distinctChars: 3800, seed: 2025 }), null, 2),
    );
    await page.goto(`${appUrl}#/`);
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('[data-testid=report-title][title="large-300.json"]').waitFor({ timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page.keyboard.press('F5');
  const show = page.getByTestId('slideshow');
  await show.locator('.slide-canvas').waitFor();
  return Number(await show.getAttribute('data-count'));
}

export async function browserBench(): Promise<BenchRow[]> {
  const server = await buildAndServe(resolve(REPO_ROOT, '.bench/web'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const rows: BenchRow[] = [];

    for (const [where, hash] of [
      ['slideshow', '#/show'],
      ['editor', '#/'],
    ] as const) {
      const loads: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const r = await firstPaint(browser, `${server.url}${hash}`);
        if (!r.fonts) throw new Error(`first paint (${where}): the slide was shown before the deck font loaded`);
        loads.push(r.ms);
      }
      rows.push({
        name: `first slide painted, ${where} (${hash}), median of ${LOADS} fresh loads`,
        value: median(loads),
        unit: 'ms',
        target: 1000,
      });
    }

    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}#/show`);
      await page.getByTestId('slideshow').locator('.slide-canvas').waitFor();
      const switches = (await page.evaluate(`(${SWITCH_PROBE})(${SWITCHES})`)) as { toFrame: number[]; work: number[] };
      if (switches.toFrame.length < SWITCHES)
        throw new Error(`slide switch: only ${switches.toFrame.length} of ${SWITCHES} switches happened`);
      rows.push({
        name: `slide switch (keydown → frame with the new slide), median of ${SWITCHES}`,
        value: median(switches.toFrame),
        unit: 'ms',
        target: 16,
      });
      rows.push({ name: 'slide switch (keydown → frame), slowest', value: Math.max(...switches.toFrame), unit: 'ms' });
      // The app's own part: render, commit, style and layout (paint and the wait for vsync excluded).
      if (switches.work.length === switches.toFrame.length)
        rows.push({
          name: `slide switch, render + layout only, median of ${SWITCHES}`,
          value: median(switches.work),
          unit: 'ms',
        });

      const slides = await openLargeReport(page, server.url);
      rows.push({ name: 'generated deck for the overview', value: slides, unit: 'slides' });
      const opens: { grid: number; drawn: number; items: number }[] = [];
      for (let i = 0; i < OVERVIEW_OPENS; i++)
        opens.push((await page.evaluate(`(${OVERVIEW_PROBE})()`)) as { grid: number; drawn: number; items: number });
      if (opens.some((o) => o.items !== slides || typeof o.drawn !== 'number'))
        throw new Error(`overview: did not open with ${slides} thumbnails: ${JSON.stringify(opens)}`);
      rows.push({
        name: `overview of ${slides} slides, thumbnails in view drawn, median of ${OVERVIEW_OPENS}`,
        value: median(opens.map((o) => o.drawn)),
        unit: 'ms',
        target: 300,
      });
      rows.push({
        name: `overview of ${slides} slides, grid only, median of ${OVERVIEW_OPENS}`,
        value: median(opens.map((o) => o.grid)),
        unit: 'ms',
      });
      rows.push({ name: `overview of ${slides} slides, first (cold) open`, value: opens[0]!.drawn, unit: 'ms' });
    } finally {
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'tests/bench/cases/browser.ts')) {
  // No top-level await: run.ts imports this file, and awaiting it here would deadlock the cycle.
  Promise.all([import('../run'), browserBench()]).then(
    ([{ formatTable }, rows]) => console.log(formatTable(rows.map((r) => ({ ...r, case: 'browser' })))),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
