/**
 * The one test helper for the bundled reports (data/reports/<id>.json): loaded once per test
 * process through the same reader the CLI uses, so a bundled report that stops loading fails
 * every test that uses it with the report's own problems.
 */
import { bundledReportPath } from '../../core/node/project-dir';
import { loadReportFile } from '../../core/node/report-file';
import type { Report } from '../../core/report/schema';

export const BUNDLED = ['shanxi-2025', 'china-2025'] as const;
export type BundledName = (typeof BUNDLED)[number];

const reports = new Map<string, Report>();

export function bundledReport(name: BundledName): Report {
  let r = reports.get(name);
  if (!r) {
    const loaded = loadReportFile(bundledReportPath(name));
    if (!loaded.ok) throw new Error(`${name}: ${loaded.errors.map((e) => e.message.en).join('; ')}`);
    r = loaded.report;
    reports.set(name, r);
  }
  return r;
}
