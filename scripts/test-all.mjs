#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit tests (vitest), browser tests
// (Playwright on the built web renderer) — then one closing line "tests: N passed, N failed,
// N skipped" summed over the runners, so CI reads one verdict; above it, why each skipped test
// was skipped (scripts/test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { formatSkips, playwrightSkips, vitestSkips } from './test-summary.mjs';

const RESULTS_DIR = '.test-results';
rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const skips = [];
let ok = true;

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`=== ${name} failed (exit ${r.status ?? r.signal})`);
    ok = false;
  }
  return r.status === 0;
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);

const vitestJson = `${RESULTS_DIR}/vitest.json`;
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites ?? 0);
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  skips.push(...vitestSkips(v, process.cwd()));
} else {
  totals.failed += 1;
}

if (existsSync('playwright.config.ts')) {
  const pwJson = `${RESULTS_DIR}/playwright.json`;
  run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const report = JSON.parse(readFileSync(pwJson, 'utf8'));
    const s = report.stats ?? {};
    skips.push(...playwrightSkips(report));
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
  } else {
    totals.failed += 1;
  }
}

if (!ok && totals.failed === 0) totals.failed = 1; // a failed typecheck or lint counts as a failure
const skipLines = formatSkips(skips);
if (skipLines.length > 0) console.log(`\n${skipLines.join('\n')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
