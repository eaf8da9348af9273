/**
 * Findings of the meaning checks (checks.ts) and the provenance check (provenance.ts) as
 * positioned, bilingual problems.
 */
import type { MeaningFinding } from './checks';
import type { Problem, Severity } from './problems';
import { clip, problem } from './problems';
import type { ProvenanceFinding } from './provenance';

export type At = (pointer: string) => { line: number; column: number };

export function meaningProblem(file: string, f: MeaningFinding, at: At): Problem {
  switch (f.kind) {
    case 'duplicate-id': {
      const first = at(f.firstPointer);
      return problem(
        'error',
        'duplicate-id',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `标识 "${clip(f.id)}" 重复（第一次在 ${first.line}:${first.column}）。`,
          en: `The id "${clip(f.id)}" is used twice (first at ${first.line}:${first.column}).`,
        },
        { zh: '每个标识在整个报告中须唯一：改名其中一个。', en: 'Ids must be unique in the whole report: rename one.' },
      );
    }
    case 'duplicate-key': {
      const first = at(f.firstPointer);
      return problem(
        'warning',
        'duplicate-key',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `指标键 "${clip(f.key)}" 重复（第一次在 ${first.line}:${first.column}），对比时只用第一个。`,
          en: `The target key "${clip(f.key)}" appears twice (first at ${first.line}:${first.column}); comparisons use the first.`,
        },
        {
          zh: '若报告确实两次提到同一指标，保留一条并用 note 说明另一处。',
          en: 'If the report states it twice, keep one target and record the other in its "note".',
        },
      );
    }
    case 'chart-figure-missing':
      return problem(
        'error',
        'chart-figure-missing',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `图表引用的数字 "${clip(f.figureId)}" 不存在于本主题/部分。`,
          en: `The chart refers to figure "${clip(f.figureId)}", which is not in this theme/section.`,
        },
        { zh: '检查拼写，或给对应数字加上 "id"。', en: 'Check the spelling, or give the figure that "id".' },
      );
    case 'chart-figure-no-value':
      return problem(
        'error',
        'chart-figure-no-value',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `图表中的数字 "${clip(f.figureId)}" 没有 value，无法作图。`,
          en: `Figure "${clip(f.figureId)}" in the chart has no "value" to draw.`,
        },
        { zh: '给该数字加上 value，或从图表中去掉。', en: 'Give the figure a "value", or take it out of the chart.' },
      );
    case 'chart-bad-share':
      return problem(
        'error',
        'chart-bad-share',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `环形图各部分之和为 ${f.total}%，应在 0 到 100 之间。`,
          en: `The donut's shares add up to ${f.total}%; they must be between 0 and 100.`,
        },
        { zh: '环形图只用百分比占比数字。', en: 'Use percentage shares only in a donut.' },
      );
    case 'chart-share-rounded':
      return problem(
        'warning',
        'chart-share-rounded',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `环形图各部分之和为 ${f.total}%，略超 100%（四舍五入所致），按 100% 绘制。`,
          en: `The donut's shares add up to ${f.total}%, slightly over 100% from rounding; drawn as 100%.`,
        },
        {
          zh: '无需修改；若不是四舍五入所致，请核对各占比。',
          en: 'Nothing to do, unless it is not from rounding: then check the shares.',
        },
      );
    case 'value-not-in-display':
      return problem(
        'error',
        'value-not-in-display',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `value ${f.value} 与报告原话 "${clip(f.display)}" 中的数字不一致。`,
          en: `value ${f.value} does not match the number in the report's wording "${clip(f.display)}".`,
        },
        {
          zh: 'value 须等于 display 中写出的数字（单位与 display 相同，如 "131.7万张" 的 value 为 131.7）。',
          en: 'value must equal the number written in display, in the same unit ("131.7万张" → 131.7).',
        },
      );
    case 'bound-mismatch':
      return problem(
        'warning',
        'bound-mismatch',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `"${clip(f.display)}" 的措辞意味着 bound 为 "${f.suggested}"，而不是 "${f.bound}"。`,
          en: `The wording "${clip(f.display)}" suggests bound "${f.suggested}", not "${f.bound}".`,
        },
        { zh: `确认后改为 "${f.suggested}"。`, en: `Check it, and set "${f.suggested}".` },
      );
    case 'empty-section':
      return problem(
        'warning',
        'empty-section',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `部分 "${clip(f.title)}" 没有条目，只会生成标题页。`,
          en: `Section "${clip(f.title)}" has no items; it yields only its title slide.`,
        },
        { zh: '补充条目，或删除此部分。', en: 'Add its items, or remove the section.' },
      );
  }
}

export function provenanceProblem(file: string, severity: Severity, f: ProvenanceFinding, at: At): Problem {
  switch (f.kind) {
    case 'quote-not-in-source': {
      const ok = [...f.quote.normalize('NFKC').replace(/\s+/g, '')].slice(0, f.matchedChars).join('');
      const where =
        f.matchedChars > 0
          ? {
              zh: `前 ${f.matchedChars} 字（"${ok.slice(-12)}"）与原文相符，原文接着是 "${f.sourceContinues}"。`,
              en: `The first ${f.matchedChars} characters ("${ok.slice(-12)}") match; the source goes on with "${f.sourceContinues}".`,
            }
          : { zh: '原文中找不到这段引文的开头。', en: 'Not even the start of the quote is in the source.' };
      return problem(
        severity,
        'quote-not-in-source',
        file,
        at(f.pointer),
        f.pointer,
        { zh: `引文不在原文中。${where.zh}`, en: `The quote is not in the source text. ${where.en}` },
        {
          zh: '引文须逐字摘自原文（空白与全半角不计）：从原文复制。',
          en: 'Quotes must be verbatim from the source (whitespace and full/half width aside): copy them from it.',
        },
      );
    }
    case 'display-not-in-quote':
      return problem(
        severity,
        'display-not-in-quote',
        file,
        at(f.pointer),
        f.pointer,
        {
          zh: `数字原话 "${clip(f.display)}" 不在其引文中。`,
          en: `The figure's wording "${clip(f.display)}" is not in its quote.`,
        },
        {
          zh: 'display 须照抄引文中的写法；或给此数字加上包含它的 source。',
          en: 'Copy display exactly as the quote writes it, or give the figure a "source" that contains it.',
        },
      );
  }
}
