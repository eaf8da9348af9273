/**
 * How many cases a fuzz property runs. CI (the `CI` variable set, as `.ci/run` and most CI
 * services do) runs the count the hardening issue asks for, 1,000, with the fixed seed of
 * tests/support/fast-check-setup.ts; a local `npx vitest run` runs fewer so the edit-test loop
 * stays quick (and draws new cases every time). `FUZZ_RUNS=<n>` overrides both, e.g. to soak a
 * property overnight: `FUZZ_RUNS=20000 npx vitest run tests/fuzz`.
 */
export const CI_FUZZ_RUNS = 1000;

export function fuzzRuns(local: number, ci: number = CI_FUZZ_RUNS): number {
  const forced = Number(process.env['FUZZ_RUNS']);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return process.env['CI'] ? ci : local;
}

/**
 * A test timeout for a fuzz property of `runs` runs that take ~`msPerRun` each on a quiet machine:
 * 4× that, for a CI machine running other test files beside it (and FUZZ_RUNS soaks), and never
 * less than vitest's default of 60 s. (1,000 PPTX exports took 36 s alone, 41 s in the full suite:
 * the default 60 s was too close.)
 */
export function fuzzTimeout(runs: number, msPerRun: number): number {
  return Math.max(60_000, Math.ceil(runs * msPerRun * 4));
}
