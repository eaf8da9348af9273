// The reports shipped with the app, with the source texts their quotes are checked against.
// Bundled at build time, so the app works with no file access and no network.
import { tooLargeProblem } from '../../../core/report/decode';
import { LIMITS } from '../../../core/report/limits';
import { loadReport } from '../../../core/report/load';
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

/** Finds a bundled source text by its file name (the path in a report is relative to it). */
export function bundledSource(relativePath: string): string | undefined {
  const name = relativePath.split(/[\\/]/).pop() ?? relativePath;
  return sourceFiles[`${PREFIX}data/sources/${name}`];
}

export function loadBundledOrText(file: string, content: string | Uint8Array): OpenedReport {
  const result = loadReport(file, content, {
    provenance: 'warning',
    readSource: (relative) => {
      const text = bundledSource(relative);
      return text === undefined
        ? { ok: false, reason: '浏览器版无法读取本地原文文件 / the web version cannot read local source files' }
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
  const opened = loadBundledOrText(entry[0].slice(PREFIX.length), entry[1]);
  cache.set(id, opened);
  return opened;
}

/**
 * A file the user picked or dropped: refused by its size before it is read, so a wrong (huge)
 * file cannot freeze the window.
 */
export async function openPickedFile(file: File): Promise<OpenedReport> {
  if (file.size > LIMITS.fileBytes)
    return { file: file.name, result: { ok: false, errors: [tooLargeProblem(file.name, file.size)], warnings: [] } };
  return loadBundledOrText(file.name, new Uint8Array(await file.arrayBuffer()));
}
