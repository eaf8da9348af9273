// Why tests were skipped, read from the runners' JSON reports, for the closing summary of
// `npm test` (scripts/test-all.mjs): a skipped browser or LibreOffice test says why on the
// console, not only in a JSON file.
import path from 'node:path';

/**
 * @typedef {{ runner: string, file: string, reason: string, count: number }} SkipGroup
 */

function addSkip(groups, runner, file, reason) {
  const key = `${runner}\u0000${file}\u0000${reason}`;
  const group = groups.get(key);
  if (group) group.count += 1;
  else groups.set(key, { runner, file, reason, count: 1 });
}

/** Skipped Playwright tests grouped by file and reason (their `skip` annotations). */
export function playwrightSkips(report) {
  const groups = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const skipped = t.status === 'skipped' || (t.results ?? []).some((r) => r.status === 'skipped');
        if (!skipped) continue;
        const notes = (t.annotations ?? [])
          .filter((a) => a.type === 'skip' || a.type === 'fixme')
          .map((a) => a.description)
          .filter(Boolean);
        const reason = notes.length > 0 ? [...new Set(notes)].join(' / ') : 'no reason given';
        addSkip(groups, 'playwright', spec.file ?? suite.file ?? '?', reason);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...groups.values()];
}

/**
 * Skipped vitest tests grouped by file and reason. Vitest's JSON has no skip reason: a
 * `(skipped: …)` note in a describe or test title is the reason, else the outermost title.
 */
export function vitestSkips(report, rootDir) {
  const groups = new Map();
  for (const file of report.testResults ?? []) {
    const rel = path
      .relative(rootDir, file.name ?? '?')
      .split(path.sep)
      .join('/');
    for (const a of file.assertionResults ?? []) {
      if (a.status !== 'skipped' && a.status !== 'pending' && a.status !== 'todo') continue;
      const titles = [...(a.ancestorTitles ?? []), a.title ?? ''];
      const noted = titles.map((t) => /\(skipped: (.*)\)\s*$/.exec(t)?.[1]).find(Boolean);
      const reason = noted ?? (a.status === 'todo' ? 'todo' : `no reason given (${titles[0] || a.fullName})`);
      addSkip(groups, 'vitest', rel, reason);
    }
  }
  return [...groups.values()];
}

/** The lines printed under the summary: one per file and reason. */
export function formatSkips(groups) {
  if (groups.length === 0) return [];
  return ['skipped:', ...groups.map((g) => `  ${g.count} × ${g.file} (${g.runner}): ${g.reason}`)];
}
