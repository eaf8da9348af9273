import { describe, expect, it } from 'vitest';
import { longReportText } from '../../tests/generators/import-text';
import { importReportText } from './draft';

/** The target of the bench (tests/bench/cases/import.ts): a 60,000-character report in ≤ 1 s. */
const TARGET_MS = 1000;

describe('import speed', () => {
  it('imports a 60,000-character report in under a second', () => {
    const text = longReportText(60_000);
    expect(text.length).toBeGreaterThanOrEqual(60_000);
    importReportText(text); // warm-up
    const t0 = performance.now();
    const result = importReportText(text);
    const ms = performance.now() - t0;
    console.log(`import of ${text.length} characters: ${ms.toFixed(0)} ms`);
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(TARGET_MS);
  });
});
