/**
 * A report whose strings are hostile to every output (test-only): RTL and LTR marks (bidi overrides
 * are refused by the loader: core/report/load.hidden-characters.test.ts) and an Arabic word,
 * emoji (astral, skin tone, ZWJ family, flag, variation selector), a rare ideograph outside the
 * BMP (𠂇), a 200-character word, a long URL, and HTML/XML-like text (`<script>`, entities,
 * `]]>`, `<![CDATA[`, a closing `</a:t>` run, quotes) — each in a highlight of its own and in
 * titles, labels, notes and chart titles. Schema-valid, and the loader accepts it (every quote is
 * in the inline source text). Used by tests/fuzz/text-safety.roundtrip.test.ts; a browser test
 * can write `JSON.stringify(hostileReport())` to a file and open it to check the screen.
 */
import { collectQuotesAndFigures } from '../../core/report/provenance';
import type { Report } from '../../core/report/schema';
import { baseReport, highlight, project, target, task, theme, valueFigure } from './edge-reports';

/** The hostile strings, none with a space (wrapping drops a space at a line break). */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  entity: '&amp;&lt;&#x41;',
  cdataEnd: ']]>',
  cdataStart: '<![CDATA[x]]>',
  closeRun: '</a:t></a:r><a:r><a:t>injected',
  quotes: '"quotes"',
  apostrophe: "it's'",
  rtl: 'AB\u200Fشمال\u200EC',
  emoji: '😀👨‍👩‍👧👍🏽🇨🇳☀️✅',
  astral: '李𠂇',
  longWord: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5).slice(0, 200),
  url: 'https://www.gov.cn/zhengce/content/2025-03/12/content_7013163.htm?from=groupmessage&isappinstalled=0#%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A',
} as const;
export type HostileKey = keyof typeof HOSTILE;
export const HOSTILE_KEYS = Object.keys(HOSTILE) as HostileKey[];

/** The report: every hostile string in a highlight of its own, and in titles, labels, notes. */
export function hostileReport(): Report {
  const h = (key: HostileKey, i: number) => {
    const f = valueFigure(`f${i}`, 5 + i, '%', `指标${key}`);
    const text = `第${i + 1}项${HOSTILE[key]}增长${f.display}。`;
    return { ...highlight(`h${i}`, [f]), text, source: text };
  };
  const r = baseReport([
    {
      kind: 'targets',
      id: 'targets',
      title: `目标${HOSTILE.cdataEnd}${HOSTILE.quotes}`,
      year: 2025,
      targets: [target('gdp', `生产总值${HOSTILE.script}`, '5%', 5), target('cpi', `价格${HOSTILE.entity}`, '2%左右')],
    },
    {
      kind: 'review',
      id: 'review',
      title: `成绩单${HOSTILE.emoji}`,
      year: 2024,
      themes: [
        theme(
          'hostile',
          HOSTILE_KEYS.map(h),
          [
            { kind: 'bar', id: 'bar', title: `对比${HOSTILE.closeRun}`, figureIds: ['f0', 'f1', 'f2', 'f3'] },
            { kind: 'kpi', id: 'kpi', title: `数字${HOSTILE.apostrophe}`, figureIds: ['f4', 'f5'] },
          ],
          `主题${HOSTILE.script}`,
          `副题${HOSTILE.rtl}`,
        ),
      ],
    },
    {
      kind: 'projects',
      id: 'projects',
      title: '民生实事',
      year: 2025,
      projects: [
        {
          ...project('p1', 1, [valueFigure(undefined, 12, '万人')], `项目${HOSTILE.astral}`),
          text: `惠及12万人${HOSTILE.url}。`,
          source: `惠及12万人${HOSTILE.url}。`,
        },
      ],
    },
    {
      kind: 'tasks',
      id: 'tasks',
      title: '重点工作',
      tasks: [task('t1', 1, [`要点${HOSTILE.longWord}。`, `要点${HOSTILE.cdataStart}。`], `任务${HOSTILE.quotes}`)],
    },
  ]);
  r.title = `政府工作报告${HOSTILE.script}${HOSTILE.entity}`;
  r.summary = { text: `摘要${HOSTILE.closeRun}${HOSTILE.rtl}`, source: `摘要${HOSTILE.closeRun}${HOSTILE.rtl}` };
  r.notes = [{ text: `说明${HOSTILE.cdataEnd}${HOSTILE.emoji}`, source: r.summary.source }];
  // Every quote in the inline source text, so the provenance check passes.
  r.source = {
    ...r.source,
    text: collectQuotesAndFigures(r)
      .quotes.map((q) => q.quote)
      .join('\n'),
  };
  return r;
}
