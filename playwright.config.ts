/**
 * Browser tests: tests/e2e drives the web build in Debian's Chromium (never a downloaded
 * browser); tests/electron drives the packaged Electron app. One worker: CI is a 2-core machine.
 * Global setup builds the web renderer once and serves it on 127.0.0.1 (tests/e2e/support).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/{e2e,electron}/**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    // DOM snapshots only: trace screenshots (a film strip) would slow every test by a third.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    video: 'off',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
});
