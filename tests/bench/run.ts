/**
 * `npm run bench`: timings against their targets, printed as one table.
 *
 * Each bench case is a named function returning rows { name, value, unit, target }; later issues
 * add cases (PPTX export, PDF export, browser timings) to CASES. A missed target is marked
 * "MISSED" but the exit code stays 0: timings on a shared machine are a signal, not a gate.
 *
 *   npm run bench                 all cases
 *   npm run bench -- compile      only cases whose name contains "compile"
 */
import { cpus, loadavg } from 'node:os';
import { compileDeck } from '../../core/deck/compile';
import { loadReportFile } from '../../core/node/report-file';
import type { Report } from '../../core/report/schema';
import { generateLargeReport } from '../generators/report-arbitrary';
import { browserBench } from './cases/browser';
import { cliBench } from './cases/cli';
import { importBench } from './cases/import';
import { limitsBench } from './cases/limits';
import { memoryBench } from './cases/memory';
import { oneLineProblemsBench } from './cases/one-line-problems';
import { pdfBench } from './cases/pdf';
import { pptxCases } from './cases/pptx';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Upper bound the value should stay within (for timings: ≤ target); undefined: informational. */
  target?: number;
}

export interface BenchCase {
  name: string;
  run: () => BenchRow[] | Promise<BenchRow[]>;
}

export const WARMUP_RUNS = 3;
export const MEASURED_RUNS = 15;

/** Median wall time of `fn` over MEASURED_RUNS runs after WARMUP_RUNS warm-ups, ms. */
export function medianMs(fn: () => unknown, runs = MEASURED_RUNS, warmups = WARMUP_RUNS): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

function loadBundled(name: string): Report {
  const r = loadReportFile(new URL(`../../data/reports/${name}.json`, import.meta.url).pathname);
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

/** The 300-slide report, generated once (deterministic: the same report on every machine). */
let large: Report | undefined;
export function largeReport(): Report {
  large ??= generateLargeReport({ slidesTarget: 300, distinctChars: 3800, seed: 2025 });
  return large;
}

export const CASES: BenchCase[] = [
  {
    name: 'compile: Shanxi 2025',
    run: () => {
      const report = loadBundled('shanxi-2025');
      const slides = compileDeck(report).slides.length;
      return [
        {
          name: 'compileDeck(shanxi-2025), median',
          value: medianMs(() => compileDeck(report)),
          unit: 'ms',
          target: 20,
        },
        { name: 'slides', value: slides, unit: 'slides' },
      ];
    },
  },
  {
    name: 'compile: generated 300-slide report',
    run: () => {
      const report = largeReport();
      const slides = compileDeck(report).slides.length;
      return [
        {
          name: 'compileDeck(generated 300 slides), median',
          value: medianMs(() => compileDeck(report)),
          unit: 'ms',
          target: 300,
        },
        { name: 'slides', value: slides, unit: 'slides' },
      ];
    },
  },
  // A hostile report: ~1 MB on one line with 70,000 unknown keys (77 s before positioning was linear).
  { name: 'validate 1 MB one-line file with 70k problems ≤ 1 s', run: oneLineProblemsBench },
  ...pptxCases,
  { name: 'pdf export', run: pdfBench },
  // The built CLI in a fresh process per run (start-up included), against the in-process work.
  { name: 'cli: govbrief export, start-up included', run: cliBench },
  // The 300-slide report to PPTX and PDF in a fresh process: times and peak memory (≤ 1 GB).
  { name: 'memory: 300-slide PPTX and PDF export', run: memoryBench },
  { name: 'browser (Chromium, web build)', run: browserBench },
  // Load, compile and export of reports at the input limits (core/report/limits.ts): ~2 min.
  { name: 'limits: reports at the input limits', run: limitsBench },
  { name: 'import: report text to draft', run: importBench },
];

function formatValue(row: BenchRow): string {
  const v = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(1);
  return `${v} ${row.unit}`;
}

export async function runBench(
  cases: readonly BenchCase[],
  filter = '',
): Promise<{ rows: (BenchRow & { case: string })[]; missed: number }> {
  const rows: (BenchRow & { case: string })[] = [];
  for (const c of cases) {
    if (filter && !c.name.toLowerCase().includes(filter.toLowerCase())) continue;
    for (const row of await c.run()) rows.push({ ...row, case: c.name });
  }
  return { rows, missed: rows.filter((r) => r.target !== undefined && r.value > r.target).length };
}

export function formatTable(rows: readonly (BenchRow & { case: string })[]): string {
  const table = rows.map((r) => [
    r.case,
    r.name,
    formatValue(r),
    r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`,
    r.target === undefined ? '' : r.value <= r.target ? 'ok' : 'MISSED',
  ]);
  const head = ['case', 'measure', 'value', 'target', 'status'];
  // Widths in columns: CJK would count double, but names here are ASCII.
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...table.map(line)].join('\n');
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  // Timings on a busy machine run slow: the load average says how busy it was.
  const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
  console.log(
    `GovBrief bench — node ${process.version}, ${load}, median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-ups\n`,
  );
  const { rows, missed } = await runBench(CASES, filter);
  console.log(formatTable(rows));
  console.log(missed > 0 ? `\n${missed} target(s) MISSED` : '\nall targets met');
}

if (import.meta.url === new URL(process.argv[1]!, 'file://').href || process.argv[1]?.endsWith('tests/bench/run.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
