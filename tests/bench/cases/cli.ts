/**
 * The built CLI as a user runs it (`govbrief export --format F`, Shanxi, a fresh process each
 * time, start-up included): median wall time of RUNS runs after one warm-up, against 300 ms; beside
 * it the same export done in process (warm: the work alone) and the ratio wall / work, which shows
 * what start-up still costs. A batch run (three formats in one process) shows the fixed cost paid
 * once. The CLI is built first if stale (scripts/build-cli.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDeck } from '../../../core/pipeline/make-deck';
import type { ExportFormat } from '../../../core/export/names';
import { runExport } from '../../../core/export/run';
import { readExportFonts } from '../../../core/node/fonts-bytes';
import { bundledReportPath } from '../../../core/node/project-dir';
import { loadReportFile } from '../../../core/node/report-file';
import { ensureCli } from '../../../scripts/build-cli.mjs';
import { GOVBRIEF_BIN } from '../../support/built-cli';
import type { BenchRow } from '../run';

const RUNS = 7;
/** The target for one export from the command line, start-up included. */
export const CLI_WALL_TARGET_MS = 300;
const FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'memo', 'handout'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [GOVBRIEF_BIN, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`govbrief ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function medianWall(args: string[]): number {
  wallMs(args);
  return median(Array.from({ length: RUNS }, () => wallMs(args)));
}

async function inProcessMs(format: ExportFormat): Promise<number> {
  const loaded = loadReportFile(bundledReportPath('shanxi-2025'));
  if (!loaded.ok) throw new Error('shanxi-2025 does not load');
  const fonts = readExportFonts();
  const once = async () => {
    const t0 = performance.now();
    const deck = makeDeck({ report: loaded.report }).deck;
    await runExport({ format, report: loaded.report, deck, ...(format !== 'pptx' ? { fonts } : {}) });
    return performance.now() - t0;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  return median(times);
}

export async function cliBench(): Promise<BenchRow[]> {
  await ensureCli({ quiet: true });
  const out = mkdtempSync(join(tmpdir(), 'govbrief-cli-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const format of FORMATS) {
      const wall = medianWall(['export', '--format', format, '--out', out]);
      const work = await inProcessMs(format);
      rows.push(
        {
          name: `govbrief export --format ${format} (Shanxi), wall`,
          value: wall,
          unit: 'ms',
          target: CLI_WALL_TARGET_MS,
        },
        { name: `  the same export in process (warm)`, value: work, unit: 'ms' },
        { name: `  wall / in-process work`, value: wall / work, unit: '×' },
      );
    }
    rows.push({
      name: 'govbrief export --format pdf,pptx,memo (one process), wall',
      value: medianWall(['export', '--format', 'pdf,pptx,memo', '--out', out]),
      unit: 'ms',
    });
    rows.push({
      name: 'govbrief validate (Shanxi), wall',
      value: medianWall(['validate', bundledReportPath('shanxi-2025')]),
      unit: 'ms',
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
