// `npm test` prints why tests were skipped (scripts/test-summary.mjs), read from the runners'
// JSON reports; the report shapes below are cut from real Playwright 1.65 and vitest 4 output.
import { describe, expect, it } from 'vitest';
import { formatSkips, playwrightSkips, vitestSkips } from '../../scripts/test-summary.mjs';

const NO_BINARY = 'Electron binary not installed (it downloads on first launch, which needs internet)';
const NO_DISPLAY = 'No display (DISPLAY / WAYLAND_DISPLAY unset): run the Electron tests under xvfb-run.';

function pwTest(status: string, annotations: { type: string; description?: string }[]) {
  return {
    timeout: 30000,
    annotations,
    expectedStatus: status,
    projectId: '',
    results: [{ status, annotations }],
    status,
  };
}

const playwrightReport = {
  stats: { expected: 1, skipped: 3, unexpected: 0, flaky: 0 },
  suites: [
    {
      title: 'electron/app.spec.ts',
      file: 'electron/app.spec.ts',
      specs: [],
      suites: [
        {
          title: 'GovBrief desktop app',
          file: 'electron/app.spec.ts',
          specs: [
            {
              title: 'the window is served from app://',
              file: 'electron/app.spec.ts',
              tests: [
                pwTest('skipped', [
                  { type: 'skip', description: NO_BINARY },
                  { type: 'skip', description: NO_DISPLAY },
                ]),
              ],
            },
            {
              title: 'export PPTX',
              file: 'electron/app.spec.ts',
              tests: [
                pwTest('skipped', [
                  { type: 'skip', description: NO_BINARY },
                  { type: 'skip', description: NO_DISPLAY },
                ]),
              ],
            },
          ],
        },
      ],
    },
    {
      title: 'e2e/show.spec.ts',
      file: 'e2e/show.spec.ts',
      specs: [
        { title: 'passes', file: 'e2e/show.spec.ts', tests: [pwTest('expected', [])] },
        { title: 'bare skip', file: 'e2e/show.spec.ts', tests: [pwTest('skipped', [{ type: 'skip' }])] },
      ],
    },
  ],
};

const vitestReport = {
  numPendingTests: 3,
  testResults: [
    {
      name: '/repo/core/export/pptx.libreoffice.test.ts',
      assertionResults: [
        {
          ancestorTitles: ['LibreOffice Impress opens the Shanxi PPTX (skipped: soffice is not on PATH)'],
          fullName: 'LibreOffice Impress opens the Shanxi PPTX (skipped: soffice is not on PATH) every slide',
          status: 'skipped',
          title: 'every slide',
        },
        {
          ancestorTitles: ['LibreOffice Impress opens the Shanxi PPTX (skipped: soffice is not on PATH)'],
          fullName: 'x',
          status: 'skipped',
          title: 'the bar labels',
        },
        { ancestorTitles: [], fullName: 'runs', status: 'passed', title: 'runs' },
      ],
    },
    {
      name: '/repo/core/a.test.ts',
      assertionResults: [{ ancestorTitles: ['pdftotext checks'], fullName: 'y', status: 'skipped', title: 'y' }],
    },
  ],
};

describe('skip reasons in the npm test summary', () => {
  it('groups skipped Playwright tests by file with every skip annotation as the reason', () => {
    expect(playwrightSkips(playwrightReport)).toEqual([
      { runner: 'playwright', file: 'electron/app.spec.ts', reason: `${NO_BINARY} / ${NO_DISPLAY}`, count: 2 },
      { runner: 'playwright', file: 'e2e/show.spec.ts', reason: 'no reason given', count: 1 },
    ]);
  });

  it('reads a vitest skip reason from a “(skipped: …)” title, else names the outer title', () => {
    expect(vitestSkips(vitestReport, '/repo')).toEqual([
      { runner: 'vitest', file: 'core/export/pptx.libreoffice.test.ts', reason: 'soffice is not on PATH', count: 2 },
      { runner: 'vitest', file: 'core/a.test.ts', reason: 'no reason given (pdftotext checks)', count: 1 },
    ]);
  });

  it('prints one line per file and reason, and nothing when nothing was skipped', () => {
    expect(formatSkips(playwrightSkips(playwrightReport))).toEqual([
      'skipped:',
      `  2 × electron/app.spec.ts (playwright): ${NO_BINARY} / ${NO_DISPLAY}`,
      '  1 × e2e/show.spec.ts (playwright): no reason given',
    ]);
    expect(formatSkips([])).toEqual([]);
  });
});
