/**
 * Named edge-case reports, written out rather than drawn at random: each is schema-valid and
 * pushes one limit (empty sections, 200 projects, 2,000-character items, 200-character labels,
 * emoji or Latin-only text, many charts, negative values, donut shares summing to exactly 100).
 * The deck tests compile them; exporter tests and benchmarks can use them too. Test-only.
 */
import { LIMITS } from '../../core/report/limits';
import type { Chart, Figure, Highlight, Project, Report, Section, Target, Task, Theme } from '../../core/report/schema';
import { SCHEMA_VERSION } from '../../core/report/schema';
import { buildText, type Script } from './report-arbitrary';

const HAN = '推进高质量发展建设现代化产业体系全面深化改革扩大高水平对外开放保障和改善民生';

/** A text of exactly `len` UTF-16 units in the given script (seeded, so stable). */
export function textOf(len: number, seed = 1, script: Script = 'cjk'): string {
  let t = buildText(seed, len, script);
  // Tidying may trim a few units at the ends: pad back with ideographs to the exact length.
  for (let i = 0; t.length < len; i++) t += HAN[(seed + i) % HAN.length];
  return t;
}

export function valueFigure(id: string | undefined, value: number, unit = '%', label = '指标'): Figure {
  return { ...(id ? { id } : {}), label, display: `${value}${unit}`, value, unit, bound: 'exact' };
}

export function wordsFigure(display: string, label = '指标'): Figure {
  return { label, display, unit: '', bound: 'qualitative' };
}

/** An item whose text states each figure, its quote the text itself. */
function stating(figures: Figure[], lead: string): { text: string; source: string; figures: Figure[] } {
  const text = `${lead}${figures.map((f) => `${f.label}${f.display}`).join('，')}。`;
  return { text, source: text, figures };
}

export function highlight(id: string, figures: Figure[], lead = '全年'): Highlight {
  return { id, ...stating(figures, lead) };
}

export function project(
  id: string,
  number: number,
  figures: Figure[],
  title = `项目${number}`,
  lead = '实施',
): Project {
  return { id, number, title, ...stating(figures, lead) };
}

export function target(key: string, indicator: string, display: string, value?: number): Target {
  const statement = `${indicator}${display}`;
  return {
    key,
    indicator,
    statement,
    figure: {
      label: indicator,
      display,
      ...(value === undefined
        ? { unit: '', bound: 'qualitative' as const }
        : { value, unit: '%', bound: 'exact' as const }),
    },
    source: statement,
  };
}

export function task(
  id: string,
  number: number,
  points: string[],
  title = `重点工作${number}`,
  heading?: string,
): Task {
  return {
    id,
    number,
    title,
    source: title,
    groups: [
      {
        ...(heading ? { heading: { text: heading, source: heading } } : {}),
        points: points.map((p) => ({ text: p, source: p })),
      },
    ],
  };
}

export function theme(
  id: string,
  highlights: Highlight[],
  charts: Chart[] = [],
  title = '主题',
  subtitle?: string,
): Theme {
  return {
    id,
    title,
    ...(subtitle ? { subtitle } : {}),
    source: title,
    highlights,
    ...(charts.length ? { charts } : {}),
  };
}

/** A small, complete report (every section kind) to vary. */
export function baseReport(sections?: Section[]): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'edge',
    title: '2025年测试市政府工作报告解读',
    region: '测试市',
    year: 2025,
    level: 'city',
    delivered: { date: '2025-01-20', meeting: '市人民代表大会', by: '市长 张三', source: '市长张三作政府工作报告。' },
    source: { title: '测试报告', compiledBy: ['编辑组'] },
    summary: { text: '过去一年，全市经济运行稳中有进。', source: '过去一年，全市经济运行稳中有进。' },
    sections: sections ?? [
      {
        kind: 'targets',
        id: 'targets',
        title: '主要预期目标',
        year: 2025,
        targets: [target('gdp', '地区生产总值增长', '5%', 5), target('cpi', '居民消费价格涨幅', '2%左右')],
      },
      {
        kind: 'review',
        id: 'review',
        title: '2024年成绩单',
        year: 2024,
        themes: [
          theme(
            'growth',
            [highlight('h1', [valueFigure('f1', 5.2), valueFigure('f2', 3.1)])],
            [{ kind: 'bar', id: 'c1', title: '增长', figureIds: ['f1', 'f2'] }],
          ),
        ],
      },
      {
        kind: 'projects',
        id: 'projects',
        title: '民生实事',
        year: 2025,
        projects: [project('p1', 1, [valueFigure(undefined, 100, '个')])],
      },
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('t1', 1, ['扩大有效需求。', '培育新质生产力。'])] },
    ],
  };
}

function withSections(name: string, sections: Section[]): { name: string; report: Report } {
  return { name, report: baseReport(sections) };
}

const LONG = 2000;
const LABEL = LIMITS.labelChars;

export interface EdgeReport {
  name: string;
  report: Report;
  /** Schema-valid, but on purpose not what the loader's meaning checks accept. */
  meaningInvalid?: boolean;
}

/** Every named edge case. */
export function edgeReports(): EdgeReport[] {
  const cases: EdgeReport[] = [];

  cases.push(
    withSections('every section empty', [
      { kind: 'targets', id: 'targets', title: '主要预期目标', year: 2025, targets: [] },
      { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes: [] },
      { kind: 'projects', id: 'projects', title: '民生实事', year: 2025, projects: [] },
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [] },
    ]),
    withSections('empty items inside sections', [
      {
        kind: 'review',
        id: 'review',
        title: '成绩单',
        year: 2024,
        themes: [theme('empty-theme', []), theme('no-figures', [highlight('h0', [])])],
      },
      { kind: 'projects', id: 'projects', title: '民生实事', year: 2025, projects: [project('p0', 1, [])] },
      {
        kind: 'tasks',
        id: 'tasks',
        title: '重点工作',
        tasks: [{ id: 't0', number: 1, title: '无条目', source: '无条目', groups: [] }, task('t1', 2, [])],
      },
    ]),
  );

  cases.push(
    withSections('200 projects', [
      {
        kind: 'projects',
        id: 'projects',
        title: '200件民生实事',
        year: 2025,
        projects: Array.from({ length: 200 }, (_, i) =>
          project(`p${i + 1}`, i + 1, [
            valueFigure(undefined, i + 1, '万人', `受益人数${i + 1}`),
            valueFigure(undefined, (i % 50) + 0.5, '亿元', '投资'),
          ]),
        ),
      },
    ]),
  );

  // 2,000-character texts everywhere a text (not a label) goes.
  {
    const long = (seed: number) => textOf(LONG, seed);
    const r = baseReport([
      {
        kind: 'targets',
        id: 'targets',
        title: '主要预期目标',
        year: 2025,
        targets: [
          { ...target('gdp', '地区生产总值增长', '5%', 5), note: { text: long(1), source: '地区生产总值增长5%' } },
        ],
      },
      {
        kind: 'review',
        id: 'review',
        title: '成绩单',
        year: 2024,
        intro: { text: long(2), source: long(2) },
        themes: [
          theme('th', [
            { id: 'h', text: `${long(3)}增长5.2%。`, source: `${long(3)}增长5.2%。`, figures: [valueFigure('f', 5.2)] },
          ]),
        ],
      },
      {
        kind: 'projects',
        id: 'projects',
        title: '民生实事',
        year: 2025,
        projects: [
          {
            ...project('p', 1, [valueFigure(undefined, 12, '万人')]),
            text: `${long(4)}惠及12万人。`,
            source: `${long(4)}惠及12万人。`,
          },
        ],
      },
      {
        kind: 'tasks',
        id: 'tasks',
        title: '重点工作',
        tasks: [task('task', 1, [long(5), long(6)], long(7), textOf(LABEL, 8))],
      },
    ]);
    r.summary = { text: long(9), source: long(9) };
    cases.push({ name: '2,000-character items', report: r });
  }

  // 200-character titles, labels and displays.
  {
    const label = (seed: number, script: Script = 'cjk') => textOf(LABEL, seed, script);
    const d1 = label(11);
    const d2 = label(12, 'mixed');
    const figs = [
      wordsFigure(d1, label(13)),
      { ...valueFigure('v', 7.5, '%', label(14)), id: 'v' },
      { ...wordsFigure(d2, label(15)), id: 'w' },
    ];
    const r = baseReport([
      {
        kind: 'targets',
        id: 'targets',
        title: label(16),
        year: 2025,
        targets: [target('gdp', label(17), label(18)), target('cpi', label(19), '3%', 3)],
      },
      {
        kind: 'review',
        id: 'review',
        title: label(20),
        year: 2024,
        themes: [
          theme(
            't',
            [highlight('h', figs)],
            [
              { kind: 'bar', id: 'bar', title: label(21), figureIds: ['v'] },
              { kind: 'donut', id: 'donut', title: label(22), figureIds: ['v'], remainderLabel: label(23) },
              { kind: 'kpi', id: 'kpi', title: label(24), figureIds: ['v', 'w'] },
            ],
            label(25),
            label(26),
          ),
        ],
      },
      {
        kind: 'projects',
        id: 'projects',
        title: label(27),
        year: 2025,
        projects: [project('p', 1, [wordsFigure(label(28), label(29))], label(30))],
      },
      { kind: 'tasks', id: 'tasks', title: label(31), tasks: [task('t1', 1, ['要点。'], label(32), label(33))] },
    ]);
    Object.assign(r, { title: label(34), region: label(35) });
    r.delivered = { ...r.delivered, meeting: label(36), by: label(37) };
    r.source = { ...r.source, title: label(38), compiledBy: [label(39), label(40)] };
    cases.push({ name: '200-character titles, labels and displays', report: r });
  }

  // Scripts: emoji-only and Latin-only text.
  for (const script of ['emoji', 'latin'] as const) {
    const t = (len: number, seed: number) =>
      script === 'emoji'
        ? '😀🚄🏭🌾📈👍🏽👨‍👩‍👧🇨🇳☀️✅'
            .repeat(40)
            .slice(0, len)
            .replace(/[\ud800-\udbff]$/, '')
        : textOf(len, seed, 'latin');
    const f = (id: string, v: number): Figure => ({
      id,
      label: t(8, v),
      display: script === 'emoji' ? `${v}📈` : `${v} percent`,
      value: v,
      unit: script === 'emoji' ? '📈' : 'percent',
      bound: 'exact',
    });
    const r = baseReport([
      {
        kind: 'targets',
        id: 'targets',
        title: t(12, 1),
        year: 2025,
        targets: [{ ...target('gdp', t(10, 2), script === 'emoji' ? '5📈' : '5 percent', 5), figure: f('gdp-f', 5) }],
      },
      {
        kind: 'review',
        id: 'review',
        title: t(12, 3),
        year: 2024,
        themes: [
          theme(
            't',
            [highlight('h', [f('a', 12), f('b', 30)], t(60, 4))],
            [
              { kind: 'bar', id: 'c', title: t(10, 5), figureIds: ['a', 'b'] },
              { kind: 'donut', id: 'd', title: t(10, 6), figureIds: ['a', 'b'] },
            ],
            t(8, 7),
            t(8, 8),
          ),
        ],
      },
      {
        kind: 'projects',
        id: 'projects',
        title: t(12, 9),
        year: 2025,
        projects: [project('p', 1, [f('pf', 3)], t(10, 10), t(80, 11))],
      },
      {
        kind: 'tasks',
        id: 'tasks',
        title: t(12, 12),
        tasks: [task('t1', 1, [t(120, 13), t(300, 14)], t(40, 15), t(20, 16))],
      },
    ]);
    Object.assign(r, { title: t(30, 17), region: t(10, 18), summary: { text: t(200, 19), source: t(200, 19) } });
    r.delivered = { ...r.delivered, meeting: t(20, 20), by: t(12, 21) };
    cases.push({ name: `${script}-only text`, report: r });
  }

  // Many themes, each with many charts.
  {
    const themes = Array.from({ length: 30 }, (_, i) => {
      const figs = Array.from({ length: 6 }, (_, k) => valueFigure(`t${i}-f${k}`, 5 + k * 3 + i, '%', `指标${k}`));
      const charts: Chart[] = [
        { kind: 'kpi', id: `t${i}-kpi`, title: '要点', figureIds: figs.slice(0, 3).map((f) => f.id!) },
        { kind: 'bar', id: `t${i}-bar1`, title: '对比一', figureIds: figs.map((f) => f.id!) },
        { kind: 'bar', id: `t${i}-bar2`, title: '对比二', figureIds: figs.slice(2).map((f) => f.id!) },
        { kind: 'donut', id: `t${i}-donut`, title: '占比', figureIds: figs.slice(0, 2).map((f) => f.id!) },
        { kind: 'bar', id: `t${i}-bar3`, title: '对比三', figureIds: figs.slice(0, 1).map((f) => f.id!) },
        { kind: 'donut', id: `t${i}-donut2`, title: '占比二', figureIds: figs.slice(3, 5).map((f) => f.id!) },
      ];
      return theme(`t${i}`, [highlight(`t${i}-h`, figs)], charts, `主题${i + 1}`, '副标题');
    });
    cases.push(
      withSections('30 themes with 6 charts each', [
        { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes },
      ]),
    );
  }

  // Negative values: all negative, mixed signs, zero, tiny and huge magnitudes.
  {
    const sets: number[][] = [[-3.2, -0.5, -12], [8.1, -4.3, 0, 2.2], [0], [-1e5, 3], [0.1, 999999, -0.1]];
    const themes = sets.map((values, i) => {
      const figs = values.map((v, k) => valueFigure(`n${i}-${k}`, v, '%', `变化${k}`));
      return theme(
        `neg${i}`,
        [highlight(`neg${i}-h`, figs)],
        [{ kind: 'bar', id: `neg${i}-bar`, title: '增减', figureIds: figs.map((f) => f.id!) }],
        `增减${i}`,
      );
    });
    cases.push(
      withSections('charts with negative values', [
        { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes },
      ]),
    );
  }

  // Extreme magnitudes: any finite number is schema-valid (axis ranges and angles must stay finite).
  {
    const sets: number[][] = [[1.7e308], [-1.7e308, 1], [1.7e308, -1.7e308], [5e-324, 1e-300]];
    const themes = sets.map((values, i) => {
      const figs = values.map((v, k) => valueFigure(`x${i}-${k}`, v, '%', `数值${k}`));
      const charts: Chart[] = [
        { kind: 'bar', id: `x${i}-bar`, title: '数值', figureIds: figs.map((f) => f.id!) },
        { kind: 'donut', id: `x${i}-donut`, title: '占比', figureIds: figs.map((f) => f.id!) },
      ];
      return theme(`x${i}`, [highlight(`x${i}-h`, figs)], charts, `极值${i}`);
    });
    // The loader would reject these (donut shares outside 0…100, "1.7e+308%" is not read as
    // 1.7e308), but compileDeck takes any schema-valid report.
    cases.push({
      ...withSections('extreme values (±1.7e308, 5e-324)', [
        { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes },
      ]),
      meaningInvalid: true,
    });
  }

  // Donut shares summing to exactly 100 (and one single share of 100).
  {
    const sets: number[][] = [[60, 25, 15], [33.3, 33.3, 33.4], [100], [0.1, 99.9], [50, 50]];
    const themes = sets.map((shares, i) => {
      const figs = shares.map((v, k) => valueFigure(`d${i}-${k}`, v, '%', `占比${k}`));
      return theme(
        `donut${i}`,
        [highlight(`donut${i}-h`, figs)],
        [
          {
            kind: 'donut',
            id: `donut${i}-chart`,
            title: '构成',
            figureIds: figs.map((f) => f.id!),
            remainderLabel: '其他',
          },
        ],
        `构成${i}`,
      );
    });
    cases.push(
      withSections('donut shares summing to exactly 100', [
        { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes },
      ]),
    );
  }

  // A donut with six legend entries (five shares and the rest) in the narrow box beside KPIs.
  {
    const figs = [12, 9, 7, 5, 3].map((v, k) => valueFigure(`share-${k}`, v, '%', `类别${k + 1}`));
    const donut: Chart = {
      kind: 'donut',
      id: 'shares',
      title: '构成',
      figureIds: figs.map((f) => f.id!),
      remainderLabel: '其他类别',
    };
    cases.push(
      withSections('donut with six legend entries beside KPIs', [
        {
          kind: 'review',
          id: 'review',
          title: '成绩单',
          year: 2024,
          themes: [theme('mix', [highlight('mix-h', figs)], [donut], textOf(90, 3))],
        },
      ]),
    );
  }

  // Ids that slide ids are also made of ("overview", "list", "highlights").
  cases.push(
    withSections('ids named like slide ids', [
      {
        kind: 'review',
        id: 'review',
        title: '成绩单',
        year: 2024,
        themes: [theme('overview', [highlight('highlights', [valueFigure('f', 5)])])],
      },
      {
        kind: 'projects',
        id: 'projects',
        title: '民生实事',
        year: 2025,
        projects: [project('list', 1, [valueFigure(undefined, 3, '个')])],
      },
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('contents', 1, ['要点。'])] },
    ]),
  );
  return cases;
}
