import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProvenance } from '../report/provenance';
import { ReportSchema, type Report } from '../report/schema';
import { compareReports, formatComparison } from './compare';
import { importReportText } from './draft';
import { readImportFile } from './read';

/**
 * Three reports written for these tests in the style of real ones (a province's full report
 * with full-width digits, a city's in Word, a county's as PDF), each with a hand-checked report
 * file. The import reads the file as the app would and must recover what the hand check holds.
 */
const FIXTURES = [
  { name: 'province-2025', file: 'province-2025.txt', projects: 10, tasks: 5 },
  { name: 'city-2025', file: 'city-2025.docx', projects: 10, tasks: 4 },
  { name: 'county-2025', file: 'county-2025.pdf', projects: 6, tasks: 3 },
];
const dir = 'tests/fixtures/import/';

describe.each(FIXTURES)('import of $file', ({ name, file, projects, tasks }) => {
  const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) as Report;

  it('the hand-checked report is valid and quotes its text', () => {
    expect(ReportSchema.safeParse(expected).success).toBe(true);
    expect(checkProvenance(expected, readFileSync(`${dir}${name}.txt`, 'utf8'))).toEqual([]);
  });

  it('recovers ≥ 95 % of the figures with the same display, value and bound, every project and work area, with no disagreement', async () => {
    const read = await readImportFile(file, new Uint8Array(readFileSync(`${dir}${file}`)));
    if (!read.ok) throw new Error(read.message.en);
    const result = importReportText(read.text, { id: name });
    if (!result.ok) throw new Error(result.message.en);
    expect(checkProvenance(result.report, read.text)).toEqual([]);
    const c = compareReports(expected, result.report, read.text);
    console.log(formatComparison(file, c));
    expect(c.disagreements).toEqual([]);
    expect(c.recall).toBeGreaterThanOrEqual(0.95);
    expect(c.precision).toBeGreaterThanOrEqual(0.95);
    expect(c.projects).toEqual({ expected: projects, found: projects, sameText: projects });
    expect(c.tasks).toMatchObject({ expected: tasks, found: tasks, sameTitle: tasks });
    expect(c.tasks.sameFoundPoints).toBe(c.tasks.expectedPoints);
  });
});
