/**
 * The watcher with a loader that answers later (off main's thread, report-loader.ts): each save
 * is reported once its load is done, and a load overtaken by a newer save is dropped, so an old
 * file's result never replaces a newer one's.
 */
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../core/report/load';
import { type OpenedReport, watchReport } from './report-watch';

const ok = (title: string): LoadResult =>
  ({ ok: true, report: { title } as never, sourceText: undefined, warnings: [] }) as LoadResult;

/** A loader whose loads the test finishes by hand, in any order. */
function manualLoader() {
  const pending: { resolve: (r: OpenedReport) => void }[] = [];
  return {
    pending,
    load: (path: string) =>
      new Promise<OpenedReport>((resolve) => pending.push({ resolve: (r) => resolve({ ...r, file: path }) })),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('watchReport with a loader off the thread', () => {
  it('reports a save once its load is done', async () => {
    const loader = manualLoader();
    let fire = () => {};
    const seen: OpenedReport[] = [];
    const stop = watchReport('/r/report.json', (o) => seen.push(o), {
      load: loader.load,
      debounceMs: 0,
      watch: (_p, listener) => ((fire = listener), { close: () => {} }),
      exists: () => true,
    });
    fire();
    await new Promise((r) => setTimeout(r, 5));
    expect(loader.pending).toHaveLength(1);
    expect(seen).toHaveLength(0);
    loader.pending[0]!.resolve({ file: '', result: ok('one') });
    await flush();
    expect(seen.map((o) => (o.result.ok ? o.result.report.title : '!'))).toEqual(['one']);
    stop();
  });

  it('a load overtaken by a newer save is dropped, even if it finishes last', async () => {
    const loader = manualLoader();
    let fire = () => {};
    const seen: string[] = [];
    const stop = watchReport('/r/report.json', (o) => seen.push(o.result.ok ? o.result.report.title : '!'), {
      load: loader.load,
      debounceMs: 0,
      watch: (_p, listener) => ((fire = listener), { close: () => {} }),
      exists: () => true,
    });
    fire();
    await new Promise((r) => setTimeout(r, 5));
    fire();
    await new Promise((r) => setTimeout(r, 5));
    expect(loader.pending).toHaveLength(2);
    loader.pending[1]!.resolve({ file: '', result: ok('newer') });
    await flush();
    loader.pending[0]!.resolve({ file: '', result: ok('older') });
    await flush();
    expect(seen).toEqual(['newer']);
    stop();
  });

  it('nothing is reported after the watcher stopped', async () => {
    const loader = manualLoader();
    let fire = () => {};
    const seen: OpenedReport[] = [];
    const stop = watchReport('/r/report.json', (o) => seen.push(o), {
      load: loader.load,
      debounceMs: 0,
      watch: (_p, listener) => ((fire = listener), { close: () => {} }),
      exists: () => true,
    });
    fire();
    await new Promise((r) => setTimeout(r, 5));
    stop();
    loader.pending[0]!.resolve({ file: '', result: ok('late') });
    await flush();
    expect(seen).toEqual([]);
  });
});
