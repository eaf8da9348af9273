/**
 * Bench case: importing a report's text (core/import) — a 60,000-character report (a long
 * provincial report's length) in ≤ 1 s, and the seed digest: its time, and the recall and
 * precision of its figures (same display, value and bound) against data/reports/shanxi-2025.json.
 */
import { readFileSync } from 'node:fs';
import { compareReports } from '../../../core/import/compare';
import { importReportText } from '../../../core/import/draft';
import type { Report } from '../../../core/report/schema';
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
    ...seedRecall(seed),
  ];
}

/** Recall and precision are floors (≥ 95 % in core/import/shanxi-recall.test.ts): shown, not bounded here. */
function seedRecall(seed: string): BenchRow[] {
  const expected = JSON.parse(
    readFileSync(new URL('../../../data/reports/shanxi-2025.json', import.meta.url), 'utf8'),
  ) as Report;
  const draft = importReportText(seed, { id: 'shanxi-2025' });
  if (!draft.ok) throw new Error(draft.message.en);
  const c = compareReports(expected, draft.report, seed);
  return [
    { name: 'import shanxi-2025: figure recall (same display, value, bound)', value: 100 * c.recall, unit: '%' },
    { name: 'import shanxi-2025: figure precision', value: 100 * c.precision, unit: '%' },
    {
      name: 'import shanxi-2025: figures whose value or bound disagree',
      value: c.disagreements.length,
      unit: '',
      target: 0,
    },
  ];
}
