/**
 * The deck's own words come from the report, not from the Shanxi digest: backup slides are
 * titled by the project's number and name ("第3项：AED与救护培训"), the overview notes by the
 * section's own title — so another province's report, or the national one, reads right.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../../node/report-file';
import type { Report } from '../../report/schema';
import { baseReport, project, task, valueFigure } from '../../../tests/generators/edge-reports';
import { reportArbitrary } from '../../../tests/generators/report-arbitrary';
import { compileDeck } from '../compile';
import { backupTitle } from './projects';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
}

/** Words that were written into the deck whatever the report said. */
const SHANXI_WORDS = ['民生实事', '今年办好', '今年重点抓好', '山西'];

describe('section wording', () => {
  test('the national report: no Shanxi wording in any title or notes', () => {
    const deck = compileDeck(load('china-2025'));
    for (const s of deck.slides) for (const w of SHANXI_WORDS) expect(`${s.title}\n${s.notes}`, s.id).not.toContain(w);
  });

  test('a projects section titled otherwise: backup titles by number and name, notes by the section’s title', () => {
    const projects = [1, 2, 3].map((n) => project(`p${n}`, n, [valueFigure(undefined, n * 10, '个')], `工程${n}`));
    const tasks = [task('t1', 1, ['稳就业。']), task('t2', 2, ['促消费。'])];
    const report = baseReport([
      { kind: 'projects', id: 'works', title: '2026年重点民生工程', year: 2026, projects },
      { kind: 'tasks', id: 'tasks', title: '2026年重点任务', tasks },
    ]);
    const deck = compileDeck(report);
    const backups = deck.slides.filter((s) => s.kind === 'project-backup');
    expect(backups.map((s) => s.title)).toEqual(['第1项：工程1', '第2项：工程2', '第3项：工程3']);
    const overview = deck.slides.find((s) => s.kind === 'projects-overview')!;
    expect(overview.notes.startsWith('2026年重点民生工程，共3项。')).toBe(true);
    const tasksOverview = deck.slides.find((s) => s.kind === 'tasks-overview')!;
    expect(tasksOverview.notes.startsWith('2026年重点任务，共2项。')).toBe(true);
    for (const s of deck.slides) for (const w of SHANXI_WORDS) expect(`${s.title}\n${s.notes}`, s.id).not.toContain(w);
  });

  test('generated reports: every backup slide is titled by its project alone, no Shanxi wording anywhere', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const deck = compileDeck(report);
        const own = JSON.stringify(report);
        for (const section of report.sections) {
          if (section.kind !== 'projects') continue;
          for (const p of section.projects) {
            const slides = deck.slides.filter(
              (s) =>
                s.kind === 'project-backup' &&
                s.id.replace(/@\d+$/, '').replace(/~\d+$/, '') === `${section.id}/${p.id}`,
            );
            expect(slides.length).toBeGreaterThan(0);
            expect(slides[0]!.title).toBe(backupTitle(p));
          }
        }
        // Only what the report itself says.
        for (const w of SHANXI_WORDS.filter((x) => !own.includes(x)))
          for (const s of deck.slides) expect(`${s.title}\n${s.notes}`).not.toContain(w);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the report’s data notes', () => {
  test('close the cover’s speaker notes, each as 数据说明', () => {
    const china = load('china-2025');
    expect(china.notes?.length).toBeGreaterThan(0);
    const cover = compileDeck(china).slides.find((s) => s.kind === 'cover')!;
    for (const n of china.notes!) expect(cover.notes).toContain(`数据说明：${n.text}`);
    const shanxi = load('shanxi-2025');
    expect(compileDeck(shanxi).slides[0]!.notes).not.toContain('数据说明');
  });
});
