/**
 * Bench case: the generated 300-slide report with 3,800 distinct characters (the same as the
 * compile and PPTX benches) exported to PPTX and to PDF (slides), with the peak memory of the
 * process doing it. The exports run in a child process of their own (a fresh Node, as the app's
 * export worker is a fresh thread), so the peak is theirs and not the rest of the bench's:
 *
 *   peak RSS during the two exports (process.resourceUsage().maxRSS)   ≤ 1 GB (1,024 MB)
 *   exportPptx, 300 slides                                            ≤ 3,000 ms (as in pptx.ts)
 *   exportPdf (slides), 300 slides                                    ≤ 5,000 ms (10 × the
 *       Shanxi slides PDF's 500 ms, for 10 × its slides, as the PPTX targets scale)
 * and, for information, the resident memory sampled at every progress callback of each export
 * (the heap grows while pages are written, then the file is assembled). Each export runs once,
 * after a warm-up on 20 of the slides (the PPTX bench's median of 5 is in pptx.ts).
 *
 *   npm run bench -- memory
 *   npx tsx tests/bench/cases/memory.ts          (alone)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileDeck } from '../../../core/deck/compile';
import { exportPdf } from '../../../core/export/pdf';
import { exportPptx } from '../../../core/export/pptx';
import { readExportFonts } from '../../../core/node/fonts-bytes';
import { generateLargeReport } from '../../generators/report-arbitrary';
import type { BenchRow } from '../run';

export const PEAK_RSS_TARGET_MB = 1024;
export const PPTX_300_TARGET_MS = 3000;
export const PDF_300_TARGET_MS = 5000;

interface ChildResult {
  slides: number;
  distinctChars: number;
  baselineMb: number;
  pptxMs: number;
  pptxPeakSampleMb: number;
  pptxKb: number;
  pdfMs: number;
  pdfPeakSampleMb: number;
  pdfKb: number;
  pdfPages: number;
  maxRssMb: number;
}

const MB = 1024 * 1024;
const rssMb = () => process.memoryUsage().rss / MB;

async function child(): Promise<ChildResult> {
  const report = generateLargeReport({ slidesTarget: 300, distinctChars: 3800, seed: 2025 });
  const deck = compileDeck(report);
  const chars = new Set<string>();
  for (const s of deck.slides)
    for (const ch of JSON.stringify(s.elements)) if (/[\u4e00-\u9fa5]/.test(ch)) chars.add(ch);
  const fonts = readExportFonts();
  // Warm up on 20 slides, as the other benches do, so the timings are not the JIT's first run.
  const warm = { ...deck, slides: deck.slides.slice(0, 20) };
  await exportPptx(warm);
  await exportPdf(warm, { layout: 'slides', fonts });
  const baselineMb = rssMb();

  let peak = rssMb();
  const sample = () => {
    peak = Math.max(peak, rssMb());
  };
  let t0 = performance.now();
  const pptx = await exportPptx(deck, { onProgress: sample });
  const pptxMs = performance.now() - t0;
  sample();
  const pptxPeakSampleMb = peak;

  peak = rssMb();
  t0 = performance.now();
  const pdf = await exportPdf(deck, { layout: 'slides', fonts, onProgress: sample });
  const pdfMs = performance.now() - t0;
  sample();
  return {
    slides: deck.slides.length,
    distinctChars: chars.size,
    baselineMb,
    pptxMs,
    pptxPeakSampleMb,
    pptxKb: pptx.bytes.length / 1024,
    pdfMs,
    pdfPeakSampleMb: peak,
    pdfKb: pdf.bytes.length / 1024,
    pdfPages: pdf.report.pages,
    // maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export function memoryBench(): BenchRow[] {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (run.status !== 0 || !line)
    throw new Error(`memory bench child failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const r = JSON.parse(line) as ChildResult;
  return [
    {
      name: `exportPptx(generated, ${r.slides} slides, ${r.distinctChars} distinct characters), 1 run`,
      value: r.pptxMs,
      unit: 'ms',
      target: PPTX_300_TARGET_MS,
    },
    {
      name: `exportPdf slides (generated, ${r.pdfPages} pages), 1 run`,
      value: r.pdfMs,
      unit: 'ms',
      target: PDF_300_TARGET_MS,
    },
    { name: 'PDF file size (generated)', value: Math.round(r.pdfKb), unit: 'KB' },
    {
      name: 'peak RSS of the process during both exports (maxRSS)',
      value: Math.round(r.maxRssMb),
      unit: 'MB',
      target: PEAK_RSS_TARGET_MB,
    },
    {
      name: '  RSS before exporting (report, deck, fonts loaded, warm-up done)',
      value: Math.round(r.baselineMb),
      unit: 'MB',
    },
    { name: '  highest RSS sampled during the PPTX export', value: Math.round(r.pptxPeakSampleMb), unit: 'MB' },
    { name: '  highest RSS sampled during the PDF export', value: Math.round(r.pdfPeakSampleMb), unit: 'MB' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url) || process.argv[1]?.endsWith('tests/bench/cases/memory.ts')) {
  if (process.argv.includes('--child')) {
    child().then(
      (r) => console.log(JSON.stringify(r)),
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  } else {
    for (const r of memoryBench()) {
      const status =
        r.target === undefined ? '' : r.value <= r.target ? `  (≤ ${r.target}: ok)` : `  (≤ ${r.target}: MISSED)`;
      console.log(`${r.name}: ${Number.isInteger(r.value) ? r.value : r.value.toFixed(1)} ${r.unit}${status}`);
    }
  }
}
