import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMeaning } from '../report/checks';
import { checkProvenance } from '../report/provenance';
import { ReportSchema, type Report } from '../report/schema';
import { compareReports, formatComparison } from './compare';
import { importReportText } from './draft';

const source = readFileSync('data/sources/shanxi-2025.txt', 'utf8');
const expected = JSON.parse(readFileSync('data/reports/shanxi-2025.json', 'utf8')) as Report;

describe('import of the seed digest (data/sources/shanxi-2025.txt)', () => {
  const result = importReportText(source, { id: 'shanxi-2025' });
  if (!result.ok) throw new Error(result.message.en);
  const draft = result.report;

  it('is a valid report whose every quote and figure wording is in the text', () => {
    expect(ReportSchema.safeParse(draft).success).toBe(true);
    expect(checkProvenance(draft, source)).toEqual([]);
    const meaning = checkMeaning(draft).filter((f) => f.kind === 'value-not-in-display' || f.kind === 'bound-mismatch');
    expect(meaning).toEqual([]);
  });

  it('recovers ≥ 95 % of the hand-checked figures with the same display, value and bound, all 15 projects and 7 work areas, with no disagreement', () => {
    const c = compareReports(expected, draft, source);
    console.log(formatComparison('shanxi-2025', c));
    expect(c.disagreements).toEqual([]);
    expect(c.recall).toBeGreaterThanOrEqual(0.95);
    expect(c.precision).toBeGreaterThanOrEqual(0.95);
    expect(c.projects).toEqual({ expected: 15, found: 15, sameText: 15 });
    expect(c.tasks.found).toBe(7);
    expect(c.tasks.sameTitle).toBe(7);
    expect(c.tasks.sameFoundPoints).toBe(c.tasks.expectedPoints);
  });
});
