/**
 * Bench case: importing a report's text (core/import) — a 60,000-character report (a long
 * provincial report's length) in ≤ 1 s, and the seed digest.
 */
import { readFileSync } from 'node:fs';
import { importReportText } from '../../../core/import/draft';
import { longReportText } from '../../generators/import-text';
import { medianMs, type BenchRow } from '../run';

export const IMPORT_TARGET_MS = 1000;

export function importBench(): BenchRow[] {
  const long = longReportText(60_000);
  const seed = readFileSync(new URL('../../../data/sources/shanxi-2025.txt', import.meta.url), 'utf8');
  return [
    {
      name: `importReportText(${long.length} characters), median`,
      value: medianMs(() => importReportText(long), 7, 2),
      unit: 'ms',
      target: IMPORT_TARGET_MS,
    },
    { name: 'importReportText(shanxi-2025 digest), median', value: medianMs(() => importReportText(seed)), unit: 'ms' },
  ];
}
