/**
 * PDF export timings and sizes (`npm run bench -- pdf` once wired into CASES in tests/bench/run.ts):
 *   - slides PDF of the Shanxi deck: median of 5, ms and KB (targets ≤ 500 ms, ≤ 500 KB);
 *   - handouts, 3 per page: likewise;
 *   - memo of the Shanxi report: ≤ 500 ms;
 *   - memo of a generated report drawing ≥ 3,800 distinct characters: ≤ 1.5 s, and the same
 *     memo once with stock jsPDF (its quadratic GlyfTable.encode; ~10 s), with the ratio;
 *   - for information: the slides PDF when jsPDF is given the full TTF instead of our subset.
 */
import { compileDeck } from '../../../core/deck/compile';
import type { Deck } from '../../../core/deck/types';
import { exportPdf, type JsPdfMode, type PdfExportOptions } from '../../../core/export/pdf';
import { DisplayList } from '../../../core/export/pdf/display-list';
import { layoutMemo } from '../../../core/export/pdf/memo';
import { notoSansScMetrics } from '../../../core/fonts/metrics';
import { readExportFonts } from '../../../core/node/fonts-bytes';
import { loadReportFile } from '../../../core/node/report-file';
import type { Report } from '../../../core/report/schema';
import { generateLargeReport } from '../../generators/report-arbitrary';
import type { BenchRow } from '../run';

const RUNS = 5;

function bundled(name: string): Report {
  const r = loadReportFile(new URL(`../../../data/reports/${name}.json`, import.meta.url).pathname);
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median wall time over RUNS runs after one warm-up, the median CPU time of this process over the
 * same runs (a shared machine inflates wall time; CPU time much less), and the output size.
 */
async function measure(
  deck: Deck,
  options: Omit<PdfExportOptions, 'fonts'>,
  runs = RUNS,
): Promise<{ ms: number; cpuMs: number; kb: number; pages: number }> {
  const fonts = readExportFonts();
  const warm = await exportPdf(deck, { ...options, fonts });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await exportPdf(deck, { ...options, fonts });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), kb: warm.bytes.length / 1024, pages: warm.report.pages };
}

/** Distinct characters the memo of a report draws (both weights together). */
function memoDistinctChars(report: Report): number {
  const list = new DisplayList();
  layoutMemo(list, { metrics: notoSansScMetrics, report, compareWith: undefined, dateLine: undefined });
  const chars = new Set<string>();
  for (const page of list.pages) for (const op of page.ops) if (op.op === 'text') for (const c of op.text) chars.add(c);
  return chars.size;
}

export async function pdfBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const shanxi = bundled('shanxi-2025');
  const deck = compileDeck(shanxi);

  const slides = await measure(deck, { layout: 'slides' });
  rows.push({
    name: `slides PDF (shanxi-2025, ${slides.pages} pages), median of ${RUNS}`,
    value: slides.ms,
    unit: 'ms',
    target: 500,
  });
  rows.push({ name: 'slides PDF, CPU time, median', value: slides.cpuMs, unit: 'ms' });
  rows.push({ name: 'slides PDF size', value: slides.kb, unit: 'KB', target: 500 });

  const handouts = await measure(deck, { layout: 'handouts', perPage: 3 });
  rows.push({
    name: `handouts PDF, 3 per page (${handouts.pages} pages), median of ${RUNS}`,
    value: handouts.ms,
    unit: 'ms',
    target: 500,
  });
  rows.push({ name: 'handouts PDF, CPU time, median', value: handouts.cpuMs, unit: 'ms' });
  rows.push({ name: 'handouts PDF size', value: handouts.kb, unit: 'KB', target: 500 });

  const memo = await measure(deck, { layout: 'memo', report: shanxi });
  rows.push({
    name: `memo PDF (shanxi-2025, ${memo.pages} pages), median of ${RUNS}`,
    value: memo.ms,
    unit: 'ms',
    target: 500,
  });
  rows.push({ name: 'memo PDF, CPU time, median', value: memo.cpuMs, unit: 'ms' });
  rows.push({ name: 'memo PDF size', value: memo.kb, unit: 'KB' });

  // ≥ 3,800 distinct characters: the generated report at ~80 slides is the smallest whose memo
  // draws that many (deterministic: the same report on every machine).
  const large = generateLargeReport({ slidesTarget: 80, distinctChars: 3800, seed: 2025 });
  const largeDeck = compileDeck(large);
  const distinct = memoDistinctChars(large);
  const ours = await measure(largeDeck, { layout: 'memo', report: large });
  rows.push({
    name: `memo PDF, generated report (${ours.pages} pages), median of ${RUNS}`,
    value: ours.ms,
    unit: 'ms',
    target: 1500,
  });
  rows.push({ name: 'memo PDF, generated report: CPU time, median', value: ours.cpuMs, unit: 'ms' });
  rows.push({ name: 'memo PDF, generated report: distinct characters drawn', value: distinct, unit: 'chars' });
  rows.push({ name: 'memo PDF, generated report: size', value: ours.kb, unit: 'KB' });

  // Stock jsPDF once (its quadratic GlyfTable.encode): the same document, same font subset.
  const once = async (mode: JsPdfMode) => {
    const t0 = performance.now();
    await exportPdf(largeDeck, { layout: 'memo', report: large, fonts: readExportFonts(), jsPdfMode: mode });
    return performance.now() - t0;
  };
  const glyfFixOnly = await once('glyf-fix');
  rows.push({ name: 'same memo, GlyfTable fix only (jsPDF re-subsets), 1 run', value: glyfFixOnly, unit: 'ms' });
  const stock = await once('stock');
  rows.push({ name: 'same memo, stock jsPDF, 1 run', value: stock, unit: 'ms' });
  rows.push({ name: 'stock jsPDF / ours', value: stock / ours.ms, unit: '×' });
  console.log(
    `PDF memo with ${distinct} distinct characters: stock jsPDF ${stock.toFixed(0)} ms, ours ${ours.ms.toFixed(0)} ms (median) — ${(stock / ours.ms).toFixed(1)}× faster`,
  );

  // The font-subsetting consideration: the full TTF handed to jsPDF (its own subsetting only).
  const full = await measure(deck, { layout: 'slides', jsPdfMode: 'full-font' }, 1);
  rows.push({ name: 'slides PDF with the full TTF given to jsPDF, 1 run', value: full.ms, unit: 'ms' });
  rows.push({ name: 'slides PDF with the full TTF given to jsPDF: size', value: full.kb, unit: 'KB' });
  return rows;
}
