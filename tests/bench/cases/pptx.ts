/**
 * Bench case: PPTX export (core/export/pptx.ts), median of 5 runs after 2 warm-ups.
 *
 *   Shanxi 2025 deck      ≤ 100 ms, file ≤ 200 KB
 *   generated 300 slides  ≤ 3,000 ms
 *
 * Beside the targets, informational rows split the Shanxi export into its phases — translation
 * (deck → pptxgenjs objects), pptxgenjs write() (XML generation and the charts' embedded
 * spreadsheets; it hands over the parts unzipped), and the one zip pass (repairs, DEFLATE) — so
 * a missed target says where the time goes.
 *
 * Register in tests/bench/run.ts with `...pptxCases` in CASES; or run alone:
 *   npx tsx tests/bench/cases/pptx.ts
 */
import PptxGenJS from 'pptxgenjs';
import { compileDeck } from '../../../core/deck/compile';
import type { Deck } from '../../../core/deck/types';
import { exportPptx } from '../../../core/export/pptx';
import { packageParts } from '../../../core/export/pptx/package-parts';
import { zipRepairedParts } from '../../../core/export/pptx/postprocess';
import { loadReportFile } from '../../../core/node/report-file';
import { generateLargeReport } from '../../generators/report-arbitrary';
import type { BenchCase, BenchRow } from '../run';

export const PPTX_RUNS = 5;
export const PPTX_WARMUPS = 2;

async function medianAsync(fn: () => Promise<unknown>, runs = PPTX_RUNS, warmups = PPTX_WARMUPS): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function shanxiDeck(): Deck {
  const r = loadReportFile(new URL('../../../data/reports/shanxi-2025.json', import.meta.url).pathname);
  if (!r.ok) throw new Error(`shanxi-2025: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return compileDeck(r.report);
}

/**
 * Where one export's time goes: pptxgenjs's write() is timed by wrapping it for the duration of
 * the call; the zip pass is timed again alone on the parts write() handed over.
 */
export async function exportPhases(
  deck: Deck,
): Promise<{ total: number; translate: number; write: number; postprocess: number; rawKb: number }> {
  const proto = PptxGenJS.prototype as { write: PptxGenJS['write'] };
  const original = proto.write;
  let writeStart = 0;
  let writeEnd = 0;
  let raw: unknown;
  proto.write = async function (this: PptxGenJS, ...args: Parameters<PptxGenJS['write']>) {
    writeStart = performance.now();
    const out = await original.apply(this, args);
    writeEnd = performance.now();
    raw = out;
    return out;
  };
  try {
    const t0 = performance.now();
    await exportPptx(deck);
    const total = performance.now() - t0;
    const t1 = performance.now();
    const parts = packageParts(raw);
    zipRepairedParts(parts, { eastAsianFont: '微软雅黑' });
    const postprocess = performance.now() - t1;
    const rawBytes = Object.values(parts).reduce((n, p) => n + (typeof p === 'string' ? p.length * 2 : p.length), 0);
    return { total, translate: writeStart - t0, write: writeEnd - writeStart, postprocess, rawKb: rawBytes / 1024 };
  } finally {
    proto.write = original;
  }
}

export async function shanxiRows(): Promise<BenchRow[]> {
  const deck = shanxiDeck();
  const ms = await medianAsync(() => exportPptx(deck));
  const { bytes } = await exportPptx(deck);
  const phases: Awaited<ReturnType<typeof exportPhases>>[] = [];
  for (let i = 0; i < PPTX_RUNS; i++) phases.push(await exportPhases(deck));
  const m = (k: keyof (typeof phases)[number]) => median(phases.map((p) => p[k]));
  return [
    {
      name: `exportPptx(shanxi-2025, ${deck.slides.length} slides), median of ${PPTX_RUNS}`,
      value: ms,
      unit: 'ms',
      target: 100,
    },
    { name: 'PPTX file size (shanxi-2025)', value: Math.round(bytes.length / 1024), unit: 'KB', target: 200 },
    { name: '  of which translation (deck → pptxgenjs), median', value: m('translate'), unit: 'ms' },
    { name: '  of which pptxgenjs write() (XML, embedded spreadsheets), median', value: m('write'), unit: 'ms' },
    { name: '  of which the one zip pass (repairs, DEFLATE), median', value: m('postprocess'), unit: 'ms' },
    {
      name: '  parts before the zip pass (text counted at 2 bytes a character)',
      value: Math.round(m('rawKb')),
      unit: 'KB',
    },
  ];
}

export async function largeRows(): Promise<BenchRow[]> {
  // The same report as the compile bench (tests/bench/run.ts): deterministic for a seed.
  const deck = compileDeck(generateLargeReport({ slidesTarget: 300, distinctChars: 3800, seed: 2025 }));
  const ms = await medianAsync(() => exportPptx(deck));
  const { bytes } = await exportPptx(deck);
  const p = await exportPhases(deck);
  return [
    {
      name: `exportPptx(generated, ${deck.slides.length} slides), median of ${PPTX_RUNS}`,
      value: ms,
      unit: 'ms',
      target: 3000,
    },
    { name: 'PPTX file size (generated)', value: Math.round(bytes.length / 1024), unit: 'KB' },
    { name: '  of which translation (one run)', value: p.translate, unit: 'ms' },
    { name: '  of which pptxgenjs write() (one run)', value: p.write, unit: 'ms' },
    { name: '  of which postprocess (one run)', value: p.postprocess, unit: 'ms' },
  ];
}

/** Every PPTX row: the Shanxi deck and the generated 300-slide deck. */
export async function pptxBench(): Promise<BenchRow[]> {
  return [...(await shanxiRows()), ...(await largeRows())];
}

export const pptxCases: BenchCase[] = [
  { name: 'pptx: Shanxi 2025', run: shanxiRows },
  { name: 'pptx: generated 300-slide report', run: largeRows },
];

if (process.argv[1]?.endsWith('tests/bench/cases/pptx.ts')) {
  pptxBench().then(
    (rows) => {
      for (const r of rows) {
        const status =
          r.target === undefined ? '' : r.value <= r.target ? `  (≤ ${r.target}: ok)` : `  (≤ ${r.target}: MISSED)`;
        console.log(`${r.name}: ${Number.isInteger(r.value) ? r.value : r.value.toFixed(1)} ${r.unit}${status}`);
      }
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
