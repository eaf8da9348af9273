/**
 * Bench case: validating a hostile one-line report — ~1 MB, 70,000 unknown keys, no line break
 * (tests/generators/one-line-problems.ts). Positioning counted columns from the line start for
 * every problem, before the 100-problem cap: 77 s on this shape (20,000 keys: 5 s). Now one pass
 * indexes line starts and only the first 100 problems are described. Target: ≤ 1 s.
 */
import { loadReport } from '../../../core/report/load';
import { oneLineUnknownKeysReport } from '../../generators/one-line-problems';
import { medianMs, type BenchRow } from '../run';

export const ONE_LINE_TARGET_MS = 1000;
export const ONE_LINE_PROBLEMS = 70_000;

export function oneLineProblemsBench(): BenchRow[] {
  const bytes = new TextEncoder().encode(oneLineUnknownKeysReport(ONE_LINE_PROBLEMS));
  const result = loadReport('one-line.json', bytes);
  if (result.ok || result.errorsTotal !== ONE_LINE_PROBLEMS) throw new Error('expected 70,000 problems');
  return [
    {
      name: 'validate 1 MB one-line file with 70k problems, median',
      value: medianMs(() => loadReport('one-line.json', bytes), 5, 1),
      unit: 'ms',
      target: ONE_LINE_TARGET_MS,
    },
    { name: 'file size', value: Math.round(bytes.length / 1024), unit: 'KiB' },
  ];
}
