// The reports shipped with the app, with the source texts their quotes are checked against.
// Bundled at build time, so the app works with no file access and no network.
import { loadReport, type LoadResult } from '../../core/report/load';

const reportFiles = import.meta.glob('../../data/reports/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const sourceFiles = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface BundledReport {
  file: string;
  result: LoadResult;
}

export function bundledReports(): BundledReport[] {
  return Object.entries(reportFiles).map(([path, text]) => {
    const file = path.replace('../../', '');
    const result = loadReport(file, text, {
      provenance: 'warning',
      readSource: (relative) => {
        const name = relative.split('/').pop() ?? relative;
        const src = sourceFiles[`../../data/sources/${name}`];
        return src === undefined ? { ok: false, reason: 'not bundled' } : { ok: true, text: src };
      },
    });
    return { file, result };
  });
}
