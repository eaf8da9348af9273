/**
 * A copy of the bundled reports in a folder of the test's own, laid out as a user's report folder
 * must be: each report's source text inside its folder (reports/sources/x.txt, named
 * "sources/x.txt"), since a report may not read outside its folder (core/node/source-path.ts).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** Copies data/reports into `dir`/reports with their source texts in reports/sources; returns the reports folder. */
export function copyBundledReports(dir: string): string {
  const reports = join(dir, 'reports');
  cpSync(join(REPO, 'data/reports'), reports, { recursive: true });
  cpSync(join(REPO, 'data/sources'), join(reports, 'sources'), { recursive: true });
  for (const name of readdirSync(reports).filter((n) => n.endsWith('.json'))) {
    const path = join(reports, name);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"textFile": "../sources/', '"textFile": "sources/'));
  }
  return reports;
}
