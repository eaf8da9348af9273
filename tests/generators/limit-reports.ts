/**
 * Reports at the documented input limits (core/report/limits.ts; README "Limits and
 * guarantees"), for the limits bench (tests/bench/cases/limits.ts) and the at-the-limits tests
 * (tests/unit/limits.test.ts). Each is schema-valid, passes the loader's meaning and provenance
 * checks (every quote is in `source`, the text the report names as its source file) and pushes
 * one limit as far as the others let it: the 1 MiB file, 1,000 entries in one list, 2,000 in
 * all, 4,000-character texts, 200-character labels, Latin text (three times the characters per
 * byte of Chinese), KPI cards. Deterministic. Test-only.
 */
import { LIMITS } from '../../core/report/limits';
import { collectQuotesAndFigures } from '../../core/report/provenance';
import type { Figure, Highlight, Project, Report, Section, Target, Task } from '../../core/report/schema';
import { baseReport, textOf, valueFigure } from './edge-reports';
import type { Script } from './report-arbitrary';

export interface LimitReport {
  /** Short stable key: projects, projects-latin, projects-total, highlights, long-texts, targets, points, kpi. */
  key: string;
  name: string;
  /** What limit it pushes, for the table. */
  what: string;
  report: Report;
  /** The report file's text (pretty-printed JSON, as staff keep it). */
  json: string;
  /** The source text the quotes are checked against (the report names it as its text file). */
  source: string;
}

const encoder = new TextEncoder();
/** Bytes of a report's file. */
export const fileBytes = (r: Pick<LimitReport, 'json'>): number => encoder.encode(r.json).length;

function finish(key: string, name: string, what: string, sections: Section[]): LimitReport {
  const report = baseReport(sections);
  report.source = { ...report.source, textFile: 'source.txt' };
  const source = collectQuotesAndFigures(report)
    .quotes.map((q) => q.quote)
    .join('\n');
  return { key, name, what, report, json: JSON.stringify(report, null, 2), source };
}

/** The largest n in [1, max] whose report still fits the file limit (reports grow with n). */
function largestFitting(max: number, make: (n: number) => LimitReport): LimitReport {
  const top = make(max);
  if (fileBytes(top) <= LIMITS.fileBytes) return top;
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fileBytes(make(mid)) <= LIMITS.fileBytes) lo = mid;
    else hi = mid - 1;
  }
  return make(lo);
}

const projects = (n: number, len: number, script: Script, from = 0): Project[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const text = textOf(len, i + 1, script);
    return { id: `p${i + 1}`, number: k + 1, title: `项目${i + 1}`, text, source: text, figures: [] };
  });

/** Highlights with one figure each for the first `withFigures` (the charted ones). */
const highlights = (n: number, len: number, script: Script, withFigures: number, from = 0): Highlight[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const figs: Figure[] = k < withFigures ? [valueFigure(`f${i}`, (i % 97) + 0.5, '%', `指标${i}`)] : [];
    const text =
      textOf(Math.max(1, len - 16), i + 7, script) + figs.map((f) => `${f.label}${f.display}`).join('') + '。';
    return { id: `h${i}`, text, source: text, figures: figs };
  });

export const LIMIT_REPORT_KEYS = [
  'projects',
  'projects-latin',
  'projects-total',
  'highlights',
  'long-texts',
  'targets',
  'points',
  'kpi',
] as const;
export type LimitReportKey = (typeof LIMIT_REPORT_KEYS)[number];

/** The reports at the limits (see the file comment), or those of `only`; each takes ~1 s to build. */
export function limitReports(only: readonly LimitReportKey[] = LIMIT_REPORT_KEYS): LimitReport[] {
  const out: LimitReport[] = [];
  const want = (key: LimitReportKey) => only.includes(key);
  const { itemsPerList: N, itemsTotal: TOTAL, textChars: T, labelChars: L } = LIMITS;
  const projectsSection = (ps: Project[], id = 'projects'): Section => ({
    kind: 'projects',
    id,
    title: '民生实事',
    year: 2025,
    projects: ps,
  });

  // 1,000 projects (a backup slide each), their texts as long as the file allows.
  for (const script of ['cjk', 'latin'] as const) {
    const key = script === 'latin' ? 'projects-latin' : 'projects';
    if (want(key))
      out.push(
        largestFitting(T, (len) =>
          finish(
            key,
            `${N} projects, ${script === 'latin' ? 'Latin ' : ''}${len}-char texts`,
            'one list full, file full',
            [projectsSection(projects(N, len, script))],
          ),
        ),
      );
  }
  // As many projects as the total allows, in two sections: the most slides per byte.
  if (want('projects-total')) {
    const n = TOTAL - 4; // + the two sections and compiledBy: 1,999 entries
    out.push(
      largestFitting(T, (len) =>
        finish('projects-total', `${n} projects in 2 sections, ${len}-char texts`, 'all entries, file full', [
          projectsSection(projects(N, len, 'cjk')),
          projectsSection(projects(n - N, len, 'cjk', N), 'projects-2'),
        ]),
      ),
    );
  }
  // One theme of 990 highlights (10 of them charted, 1,015 entries in all).
  if (want('highlights'))
    out.push(
      largestFitting(T, (len) =>
        finish('highlights', `1 theme of ${N - 10} highlights, ${len}-char texts`, 'one list full, file full', [
          {
            kind: 'review',
            id: 'review',
            title: '成绩单',
            year: 2024,
            themes: [
              {
                id: 'theme',
                title: '主题',
                source: '主题',
                highlights: highlights(N - 10, len, 'cjk', 10),
                charts: [
                  { kind: 'bar', id: 'bar', title: '对比', figureIds: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'] },
                  { kind: 'kpi', id: 'kpi', title: '数字', figureIds: ['f6', 'f7', 'f8', 'f9'] },
                ],
              },
            ],
          },
        ]),
      ),
    );
  // 4,000-character texts, as many as fit (themes of 20), Latin: the most characters.
  if (want('long-texts'))
    out.push(
      largestFitting(N, (n) =>
        finish('long-texts', `${n} Latin highlights of ${T} chars`, 'text length, file full', [
          {
            kind: 'review',
            id: 'review',
            title: '成绩单',
            year: 2024,
            themes: Array.from({ length: Math.ceil(n / 20) }, (_, t) => ({
              id: `t${t}`,
              title: `主题${t + 1}`,
              source: `主题${t + 1}`,
              highlights: highlights(Math.min(20, n - t * 20), T, 'latin', 0, t * 20),
            })),
          },
        ]),
      ),
    );
  // Targets with 200-character indicators and wordings (KPI cards, 9 a slide), as many as fit.
  if (want('targets'))
    out.push(
      largestFitting(N, (n) => {
        const targets: Target[] = Array.from({ length: n }, (_, i) => {
          const indicator = textOf(L, i + 3);
          const display = `${(i % 90) + 1}%${textOf(L - 4, i + 5)}`.slice(0, L);
          const statement = `${indicator}${display}`;
          return {
            key: `k${i}`,
            indicator,
            statement,
            figure: { label: indicator, display, value: (i % 90) + 1, unit: '%', bound: 'exact' },
            source: statement,
          };
        });
        return finish('targets', `${n} targets, ${L}-char labels and wordings`, 'label length, file full', [
          { kind: 'targets', id: 'targets', title: '主要预期目标', year: 2025, targets },
        ]);
      }),
    );
  // One work area of 1,000 points.
  if (want('points'))
    out.push(
      largestFitting(T, (len) => {
        const task: Task = {
          id: 't1',
          number: 1,
          title: '重点工作',
          source: '重点工作',
          groups: [
            { points: Array.from({ length: N }, (_, i) => ((text) => ({ text, source: text }))(textOf(len, i + 11))) },
          ],
        };
        return finish('points', `1 work area of ${N} points, ${len}-char texts`, 'one list full, file full', [
          { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task] },
        ]);
      }),
    );
  // KPI cards: 990 figures (in highlights of 100), a KPI chart showing every one (9 a slide).
  if (want('kpi')) {
    const n = Math.floor((TOTAL - 20) / 2);
    const figs = Array.from({ length: n }, (_, i) => valueFigure(`k${i}`, i + 1, '%', `指标${i}`));
    const per = 100;
    const hs: Highlight[] = [];
    for (let i = 0; i < n; i += per) {
      const part = figs.slice(i, i + per);
      const text = `全年${part.map((f) => `${f.label}${f.display}`).join('，')}。`;
      hs.push({ id: `kh${i}`, text, source: text, figures: part });
    }
    out.push(
      finish('kpi', `${n} figures as KPI cards`, 'all entries as KPI cards', [
        {
          kind: 'review',
          id: 'review',
          title: '成绩单',
          year: 2024,
          themes: [
            {
              id: 'kpis',
              title: '主要数字',
              source: '主要数字',
              highlights: hs,
              charts: [{ kind: 'kpi', id: 'all', title: '全部', figureIds: figs.map((f) => f.id!) }],
            },
          ],
        },
      ]),
    );
  }
  return out;
}
