/**
 * Bench case: how load, compile and export scale up to the documented input limits
 * (core/report/limits.ts). For each report of tests/generators/limit-reports.ts — 1,000 items in
 * one list, 4,000-character texts, 200-character labels, each grown to the 5 MiB file limit —
 * it times loadReport (decode, position-keeping parse, schema, meaning and provenance checks),
 * compileDeck, exportPptx and exportPdf (slides), and prints the slide count. Standalone, it also
 * measures each shape at ¼ and ½ of its items (does time grow linearly?) and each report's peak
 * memory, in a fresh process per report.
 *
 * load and compile run on the UI side (main process, renderer), so they must stay within a few
 * seconds at the limits; exports run in a worker with progress. Targets (rows marked ≤): load
 * ≤ 2 s, compile ≤ 3 s.
 *
 *   npm run bench -- limits                                   (in the whole bench)
 *   npx tsx tests/bench/cases/limits.ts [--no-export] [key…]  (alone: the README's markdown table)
 */
import { compileDeck } from '../../../core/deck/compile';
import { exportPdf } from '../../../core/export/pdf';
import { exportPptx } from '../../../core/export/pptx';
import { readExportFonts } from '../../../core/node/fonts-bytes';
import { loadReport } from '../../../core/report/load';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  fileBytes,
  LIMIT_REPORT_KEYS,
  limitReports,
  type LimitReport,
  type LimitReportKey,
} from '../../generators/limit-reports';
import type { BenchRow } from '../run';

export const LOAD_TARGET_MS = 2000;
export const COMPILE_TARGET_MS = 3000;

export interface LimitMeasure {
  name: string;
  what: string;
  mib: number;
  loadMs: number;
  compileMs: number;
  slides: number;
  pptxMs: number | undefined;
  pdfMs: number | undefined;
}

const time = async <T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};

/** Times one report through every step (the load result must be ok: these reports are valid). */
export async function measureLimit(r: LimitReport, withExports = true): Promise<LimitMeasure> {
  const bytes = new TextEncoder().encode(r.json);
  const load = await time(() =>
    loadReport(`${r.name}.json`, bytes, { readSource: () => ({ ok: true, text: r.source }), provenance: 'error' }),
  );
  if (!load.value.ok)
    throw new Error(
      `${r.name}: ${load.value.errors
        .slice(0, 3)
        .map((e) => `${e.code} ${e.message.en}`)
        .join('; ')}`,
    );
  const report = load.value.report;
  const compile = await time(() => compileDeck(report));
  const deck = compile.value;
  let pptxMs: number | undefined;
  let pdfMs: number | undefined;
  if (withExports) {
    pptxMs = (await time(() => exportPptx(deck))).ms;
    pdfMs = (await time(() => exportPdf(deck, { layout: 'slides', fonts: readExportFonts() }))).ms;
  }
  return {
    name: r.name,
    what: r.what,
    mib: bytes.length / 1024 / 1024,
    loadMs: load.ms,
    compileMs: compile.ms,
    slides: deck.slides.length,
    pptxMs,
    pdfMs,
  };
}

/** The report with 1/part of the items of its one big list. */
export function shrink(r: LimitReport, part: number): LimitReport {
  const report = structuredClone(r.report);
  const cut = <T>(xs: T[]) => xs.slice(0, Math.max(1, Math.round(xs.length / part)));
  for (const s of report.sections) {
    if (s.kind === 'projects') s.projects = cut(s.projects);
    if (s.kind === 'targets') s.targets = cut(s.targets);
    if (s.kind === 'tasks') for (const t of s.tasks) for (const g of t.groups) g.points = cut(g.points);
    if (s.kind === 'review') {
      if (s.themes.length > 1) s.themes = cut(s.themes);
      else
        for (const t of s.themes) {
          t.highlights = cut(t.highlights);
          // Charts keep only the figures still there.
          const left = new Set(t.highlights.flatMap((h) => h.figures.map((f) => f.id)));
          t.charts = t.charts
            ?.map((c) => ({ ...c, figureIds: c.figureIds.filter((id) => left.has(id)) }))
            .filter((c) => c.figureIds.length > 0);
        }
    }
  }
  return { ...r, name: `${r.name} (1/${part})`, report, json: JSON.stringify(report, null, 2) };
}

export async function limitsBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const r of limitReports()) {
    const m = await measureLimit(r);
    rows.push(
      { name: `${m.name} (${m.mib.toFixed(2)} MiB): load`, value: m.loadMs, unit: 'ms', target: LOAD_TARGET_MS },
      { name: `  compile (${m.slides} slides)`, value: m.compileMs, unit: 'ms', target: COMPILE_TARGET_MS },
      { name: '  PPTX export', value: m.pptxMs!, unit: 'ms' },
      { name: '  PDF export (slides)', value: m.pdfMs!, unit: 'ms' },
    );
  }
  return rows;
}

const fmt = (ms: number | undefined) =>
  ms === undefined
    ? '–'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(0)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(1)} s`
        : `${ms.toFixed(0)} ms`;

/**
 * Standalone: a markdown table, each report measured in a fresh process of its own (so the peak
 * memory is that report's, and the times those of a first export in a fresh worker).
 *   npx tsx tests/bench/cases/limits.ts [--no-export] [key…]   (keys: limit-reports.ts)
 */
async function standalone(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    const [key, part] = [args[childAt + 1] as LimitReportKey, Number(args[childAt + 2])];
    const [r] = limitReports([key]);
    const m = await measureLimit(part > 1 ? shrink(r!, part) : r!, !args.includes('--no-export'));
    console.log(
      JSON.stringify({
        ...m,
        kb: fileBytes(part > 1 ? shrink(r!, part) : r!) / 1024,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
    return;
  }
  const keys = args.filter((a): a is LimitReportKey => (LIMIT_REPORT_KEYS as readonly string[]).includes(a));
  console.log('| report | file | load | compile | slides | PPTX | PDF | peak memory |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const key of keys.length > 0 ? keys : LIMIT_REPORT_KEYS) {
    for (const part of [4, 2, 1]) {
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          '--child',
          key,
          String(part),
          ...(args.includes('--no-export') ? ['--no-export'] : []),
        ],
        { encoding: 'utf8' },
      );
      const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line) throw new Error(`${key} 1/${part}: ${run.stderr.slice(-1500)}`);
      const m = JSON.parse(line) as LimitMeasure & { kb: number; maxRssMb: number };
      console.log(
        `| ${m.name} | ${m.kb.toFixed(0)} KB | ${fmt(m.loadMs)} | ${fmt(m.compileMs)} | ${m.slides} | ${fmt(m.pptxMs)} | ${fmt(m.pdfMs)} | ${m.maxRssMb.toFixed(0)} MB |`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('tests/bench/cases/limits.ts')) {
  standalone().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
