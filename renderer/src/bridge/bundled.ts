// The reports shipped with the app, with the source texts their quotes are checked against.
// Bundled at build time, so the app works with no file access and no network.
import { loadReport } from '../../../core/report/load';
import { openPickedReport, pickedPath, type Shipped } from './picked-files';
import type { BundledInfo, OpenedReport } from './types';

const reportFiles = import.meta.glob('../../../data/reports/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const sourceFiles = import.meta.glob('../../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const PREFIX = '../../../';

/** The shipped texts by their path under data/ ("reports/x.json", "sources/x.txt"). */
const shipped: Shipped = {
  reports: new Map(Object.entries(reportFiles).map(([k, v]) => [k.slice(`${PREFIX}data/`.length), v])),
  sources: new Map(Object.entries(sourceFiles).map(([k, v]) => [k.slice(`${PREFIX}data/`.length), v])),
};

/** A shipped report with its shipped source text (the path in the report is relative to it). */
function loadShipped(file: string, content: string): OpenedReport {
  const result = loadReport(file, content, {
    provenance: 'warning',
    readSource: (relative) => {
      const name = relative.split(/[\\/]/).pop() ?? relative;
      const text = shipped.sources.get(`sources/${name}`);
      return text === undefined
        ? { ok: false, reason: 'not shipped with the app / 应用未附带此原文' }
        : { ok: true, text };
    },
  });
  return { file, result };
}

const cache = new Map<string, OpenedReport>();

function idOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.json$/, '');
}

export function bundledList(): BundledInfo[] {
  return Object.entries(reportFiles).map(([path, text]) => {
    const file = path.slice(PREFIX.length);
    const id = idOf(path);
    let title = id;
    try {
      title = (JSON.parse(text) as { title?: string }).title ?? id;
    } catch {
      // A broken bundled file shows its id; opening it shows the errors.
    }
    return { id, title, file };
  });
}

export function openBundledReport(id: string): OpenedReport {
  const hit = cache.get(id);
  if (hit) return hit;
  const entry = Object.entries(reportFiles).find(([path]) => idOf(path) === id);
  if (!entry) throw new Error(`no bundled report ${id}`);
  const opened = loadShipped(entry[0].slice(PREFIX.length), entry[1]);
  cache.set(id, opened);
  return opened;
}

/**
 * A report the user picked or dropped, with `companions`: the files picked or dropped with it,
 * where its source text is looked up (picked-files.ts). Refused by its size before it is read,
 * so a wrong (huge) file cannot freeze the window.
 */
export async function openPickedFile(file: File, companions: readonly File[] = []): Promise<OpenedReport> {
  return openPickedReport(
    { path: pickedPath(file), file },
    companions.filter((f) => f !== file).map((f) => ({ path: pickedPath(f), file: f })),
    shipped,
  );
}
