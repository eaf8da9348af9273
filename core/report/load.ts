/**
 * loadReport: bytes (or text) of a report file → a validated Report, or positioned problems.
 * Pure and total: it never throws, on any input. Reading files is the caller's business; the
 * source text a report names is read through `readSource`, passed in (Node: fs; web: bundled).
 */
import { checkMeaning, type MeaningFinding } from './checks';
import { decodeReportBytes } from './decode';
import { parseJsonWithPositions, type JsonSyntaxError, type PositionIndex } from './json-positions';
import type { Bilingual, Problem, Severity } from './problems';
import { problem, sortProblems } from './problems';
import { LIMITS } from './limits';
import { checkProvenance, type ProvenanceFinding } from './provenance';
import { ReportSchema, type Report } from './schema';
import { positionFor, schemaIssueToProblem } from './schema-problems';

export type SourceRead = { ok: true; text: string } | { ok: false; reason: string };

export interface LoadOptions {
  /** Reads the source text named by `source.textFile` (a path relative to the report file). */
  readSource?: (relativePath: string) => SourceRead;
  /**
   * Provenance problems are errors for `govbrief validate` and the tests (a quote that is not in
   * the source must be fixed) and warnings in the app (the deck still opens, with the warning shown).
   */
  provenance?: Severity;
}

export type LoadResult =
  | { ok: true; report: Report; sourceText: string | undefined; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** At most this many problems are reported: a hopeless file must not flood the panel. */
export const MAX_PROBLEMS = 100;

export function loadReport(file: string, content: Uint8Array | string, options: LoadOptions = {}): LoadResult {
  try {
    return loadUnsafe(file, content, options);
  } catch (e) {
    // Defence in depth: the steps below are written not to throw; if one ever does, the user
    // still gets a message and the app keeps running.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      warnings: [],
      errors: [
        problem(
          'error',
          'file-unreadable',
          file,
          { line: 1, column: 1 },
          '',
          { zh: `无法读取此报告（内部错误：${msg}）。`, en: `This report could not be read (internal error: ${msg}).` },
          { zh: '请将此文件发给开发人员。', en: 'Please send this file to the developers.' },
        ),
      ],
    };
  }
}

function loadUnsafe(file: string, content: Uint8Array | string, options: LoadOptions): LoadResult {
  const decoded = decodeReportBytes(file, content);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  const warnings = [...decoded.warnings];

  const parsed = parseJsonWithPositions(decoded.text);
  if (!parsed.ok) return { ok: false, errors: [syntaxProblem(file, parsed.error)], warnings };

  const result = ReportSchema.safeParse(parsed.value);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue) =>
      schemaIssueToProblem(file, parsed.value, parsed.positions, issue),
    );
    return { ok: false, errors: sortProblems(errors).slice(0, MAX_PROBLEMS), warnings };
  }
  const report = result.data;
  const errors: Problem[] = [];
  const at = (pointer: string) => positionFor(parsed.positions, pointerToPath(pointer)).at;

  // Every list may hold LIMITS.itemsPerList entries, but together they are bounded too: the slides
  // (and the time to lay them out and export them) grow with them (limits.ts).
  const beyond = entryBeyondTotal(parsed.value);
  if (beyond) return { ok: false, errors: [tooManyEntriesProblem(file, beyond, at(beyond.pointer))], warnings };

  for (const f of checkMeaning(report)) {
    const p = meaningProblem(file, f, at);
    (p.severity === 'error' ? errors : warnings).push(p);
  }

  const sourceText = readSourceText(file, report, parsed.positions, options, errors, warnings);
  if (sourceText !== undefined) {
    const severity = options.provenance ?? 'error';
    // Only the first MAX_PROBLEMS failing quotes (by position) can be reported; describing each
    // costs a dozen scans of the source, so the rest are not described (limits.ts, provenance.ts).
    const byPosition = (a: string, b: string) => {
      const pa = at(a);
      const pb = at(b);
      return pa.line - pb.line || pa.column - pb.column;
    };
    for (const f of checkProvenance(report, sourceText, { maxQuoteFindings: MAX_PROBLEMS, order: byPosition })) {
      const p = provenanceProblem(file, severity, f, at);
      (severity === 'error' ? errors : warnings).push(p);
    }
  }

  if (errors.length > 0) {
    return {
      ok: false,
      errors: sortProblems(errors).slice(0, MAX_PROBLEMS),
      warnings: sortProblems(warnings).slice(0, MAX_PROBLEMS),
    };
  }
  return { ok: true, report, sourceText, warnings: sortProblems(warnings).slice(0, MAX_PROBLEMS) };
}

/**
 * The entry that takes the report past LIMITS.itemsTotal entries of all its lists together,
 * counted in file order (the JSON as parsed, so the position is the one the user sees).
 */
function entryBeyondTotal(value: unknown): { pointer: string; total: number } | undefined {
  let total = 0;
  let first: string | undefined;
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        total++;
        if (total === LIMITS.itemsTotal + 1) first = `${pointer}/${i}`;
        walk(child, `${pointer}/${i}`);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [k, child] of Object.entries(node))
        if (child !== null && typeof child === 'object')
          walk(child, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(value, '');
  return first === undefined ? undefined : { pointer: first, total };
}

function tooManyEntriesProblem(
  file: string,
  beyond: { pointer: string; total: number },
  position: { line: number; column: number },
): Problem {
  const limit = LIMITS.itemsTotal;
  return problem(
    'error',
    'too-many',
    file,
    position,
    beyond.pointer,
    {
      zh: `报告各列表共有 ${beyond.total} 项（目标、成绩、数字、图表、民生实事、重点工作、要点等），超过上限 ${limit} 项；从此处起超出。`,
      en: `The report's lists hold ${beyond.total} entries in all (targets, highlights, figures, charts, projects, work areas, points…); the limit is ${limit}, passed here.`,
    },
    {
      zh: '将报告拆分为几个文件（例如每个部分一个）：幻灯片过多时放映和导出都很慢。',
      en: 'Split the report into several files (e.g. one per section): a deck that large is slow to show and to export.',
    },
  );
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function readSourceText(
  file: string,
  report: Report,
  positions: PositionIndex,
  options: LoadOptions,
  errors: Problem[],
  warnings: Problem[],
): string | undefined {
  if (report.source.text !== undefined) return report.source.text;
  const textFile = report.source.textFile;
  if (textFile === undefined) {
    warnings.push(
      problem(
        'warning',
        'source-missing',
        file,
        positionFor(positions, ['source']).at,
        '/source',
        {
          zh: '报告未给出原文（source.textFile 或 source.text），无法核对引文和数字。',
          en: 'The report names no source text (source.textFile or source.text): quotes and figures cannot be checked.',
        },
        {
          zh: '在 source 中加上 "textFile": "../sources/原文.txt"。',
          en: 'Add "textFile": "../sources/your-source.txt" to source.',
        },
      ),
    );
    return undefined;
  }
  if (!options.readSource) {
    warnings.push(
      problem(
        'warning',
        'source-missing',
        file,
        positionFor(positions, ['source', 'textFile']).at,
        '/source/textFile',
        {
          zh: `此处无法读取原文文件 "${textFile}"，未核对引文和数字。`,
          en: `The source text "${textFile}" cannot be read here; quotes and figures were not checked.`,
        },
        {
          zh: '在桌面应用或命令行（npm run validate）中核对，或把原文放入 source.text。',
          en: 'Check it in the desktop app or with `npm run validate`, or put the text in source.text.',
        },
      ),
    );
    return undefined;
  }
  const read = options.readSource(textFile);
  if (read.ok) return read.text;
  errors.push(
    problem(
      'error',
      'source-file-missing',
      file,
      positionFor(positions, ['source', 'textFile']).at,
      '/source/textFile',
      {
        zh: `无法读取原文文件 "${textFile}"：${read.reason}。`,
        en: `Cannot read the source text "${textFile}": ${read.reason}.`,
      },
      {
        zh: '路径相对于报告文件所在文件夹；检查文件名，或把原文放到该位置。',
        en: "The path is relative to the report file's folder: check the name, or put the source text there.",
      },
    ),
  );
  return undefined;
}

const SYNTAX_MESSAGES: Record<
  JsonSyntaxError['code'],
  (e: JsonSyntaxError) => { message: Bilingual; hint: Bilingual }
> = {
  'unexpected-end': (e) => ({
    message: {
      zh: `文件意外结束（${e.detail === 'string' ? '字符串' : e.detail === 'object' ? '对象' : e.detail === 'array' ? '数组' : '值'}未结束）。`,
      en: `Unexpected end of file (unfinished ${e.detail ?? 'value'}).`,
    },
    hint: { zh: '文件可能被截断：补上缺少的 "、} 或 ]。', en: 'The file may be cut short: add the missing ", } or ].' },
  }),
  'unexpected-character': (e) => ({
    message: {
      zh: `此处不应出现 ${e.found}。`,
      en: `Unexpected ${e.found}${e.detail === 'key' ? ' where a "key" was expected' : ''}.`,
    },
    hint: {
      zh: '检查此处附近的引号、逗号和括号；JSON 字符串须用英文双引号 "…"。',
      en: 'Check the quotes, commas and brackets near here; JSON strings use straight double quotes "…".',
    },
  }),
  'invalid-string-character': (e) => ({
    message: {
      zh: `字符串中有不允许的 ${e.found}（如未转义的换行或制表符）。`,
      en: `A string contains ${e.found} (for example an unescaped line break or tab).`,
    },
    hint: {
      zh: '换行写成 \\n，制表符写成 \\t，或删除该字符。',
      en: 'Write a line break as \\n and a tab as \\t, or delete the character.',
    },
  }),
  'invalid-escape': (e) => ({
    message: { zh: `无效的转义 ${e.found}。`, en: `Invalid escape ${e.found}.` },
    hint: {
      zh: '反斜杠本身写成 \\\\；Windows 路径中的 \\ 改为 /。',
      en: 'Write a backslash as \\\\; in Windows paths use / instead of \\.',
    },
  }),
  'invalid-number': (e) => ({
    message: { zh: `无效的数字 ${e.found}。`, en: `Invalid number ${e.found}.` },
    hint: {
      zh: '数字不能有前导 0、千分位逗号或单位；带单位的写法放在 display 中。',
      en: 'Numbers have no leading zeros, thousands separators or units; the worded form goes in "display".',
    },
  }),
  'trailing-comma': () => ({
    message: { zh: '最后一项后面多了逗号。', en: 'There is a comma after the last item.' },
    hint: { zh: '删除这个 } 或 ] 前面的逗号。', en: 'Delete the comma before this } or ].' },
  }),
  'missing-comma': (e) => ({
    message: { zh: `缺少逗号：此处是 ${e.found}。`, en: `Missing comma: found ${e.found}.` },
    hint: {
      zh: '在上一项末尾加上逗号，或检查是否少了 } 或 ]。',
      en: 'Add a comma after the previous item, or check for a missing } or ].',
    },
  }),
  'missing-colon': (e) => ({
    message: { zh: `键名后缺少冒号：此处是 ${e.found}。`, en: `Missing colon after the key: found ${e.found}.` },
    hint: { zh: '写成 "键": 值。', en: 'Write "key": value.' },
  }),
  'duplicate-key': (e) => ({
    message: {
      zh: `键名 ${e.found} 重复（第一次在 ${e.detail}）。`,
      en: `Duplicate key ${e.found} (first at ${e.detail}).`,
    },
    hint: {
      zh: '删除或合并其中一个；重复的键会让数据含义不明。',
      en: 'Remove or merge one of them: a duplicate key makes the data ambiguous.',
    },
  }),
  'reserved-key': (e) => ({
    message: { zh: `不允许使用键名 ${e.found}。`, en: `The key ${e.found} is not allowed.` },
    hint: { zh: '删除此键；报告格式中没有这个字段。', en: 'Remove it: the report format has no such field.' },
  }),
  'too-deep': () => ({
    message: { zh: '嵌套层数过多（超过 64 层）。', en: 'Nested too deeply (more than 64 levels).' },
    hint: {
      zh: '报告最多约 10 层嵌套：检查是否误选了其他文件。',
      en: 'A report nests about 10 levels at most: check that this is the right file.',
    },
  }),
  'trailing-content': (e) => ({
    message: {
      zh: `JSON 已结束，但后面还有内容 ${e.found}。`,
      en: `Content after the end of the JSON value: ${e.found}.`,
    },
    hint: { zh: '删除多余内容；一个文件只能有一个 {…}。', en: 'Delete it: a file holds one {…} value only.' },
  }),
  empty: () => ({
    message: { zh: '文件是空的。', en: 'The file is empty.' },
    hint: { zh: '选择正确的报告文件。', en: 'Choose the right report file.' },
  }),
};

/** The parser describes what it found in English; these are the few phrases it uses. */
function foundZh(found: string): string {
  return found
    .replace(/^control character /, '控制字符 ')
    .replace(/^byte order mark /, '字节顺序标记 ')
    .replace(/^end of file$/, '文件结尾')
    .replace(/^empty file$/, '空文件')
    .replace(/ \(too large\)$/, '（数值过大）');
}

export function syntaxProblem(file: string, e: JsonSyntaxError): Problem {
  const { message: zhMessage } = SYNTAX_MESSAGES[e.code]({ ...e, found: foundZh(e.found) });
  const { message: enMessage, hint } = SYNTAX_MESSAGES[e.code](e);
  const message = { zh: zhMessage.zh, en: enMessage.en };
  return problem(
    'error',
    'json-syntax',
    file,
    e.position,
    '',
    { zh: `JSON 语法错误：${message.zh}`, en: `JSON syntax error: ${message.en}` },
    hint,
  );
}

type At = (pointer: string) => { line: number; column: number };

function meaningProblem(file: string, f: MeaningFinding, at: At): Problem {
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
          zh: `标识 "${f.id}" 重复（第一次在 ${first.line}:${first.column}）。`,
          en: `The id "${f.id}" is used twice (first at ${first.line}:${first.column}).`,
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
          zh: `指标键 "${f.key}" 重复（第一次在 ${first.line}:${first.column}），对比时只用第一个。`,
          en: `The target key "${f.key}" appears twice (first at ${first.line}:${first.column}); comparisons use the first.`,
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
          zh: `图表引用的数字 "${f.figureId}" 不存在于本主题/部分。`,
          en: `The chart refers to figure "${f.figureId}", which is not in this theme/section.`,
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
          zh: `图表中的数字 "${f.figureId}" 没有 value，无法作图。`,
          en: `Figure "${f.figureId}" in the chart has no "value" to draw.`,
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
          zh: `value ${f.value} 与报告原话 "${f.display}" 中的数字不一致。`,
          en: `value ${f.value} does not match the number in the report's wording "${f.display}".`,
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
          zh: `"${f.display}" 的措辞意味着 bound 为 "${f.suggested}"，而不是 "${f.bound}"。`,
          en: `The wording "${f.display}" suggests bound "${f.suggested}", not "${f.bound}".`,
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
          zh: `部分 "${f.title}" 没有条目，只会生成标题页。`,
          en: `Section "${f.title}" has no items; it yields only its title slide.`,
        },
        { zh: '补充条目，或删除此部分。', en: 'Add its items, or remove the section.' },
      );
  }
}

function provenanceProblem(file: string, severity: Severity, f: ProvenanceFinding, at: At): Problem {
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
          zh: `数字原话 "${f.display}" 不在其引文中。`,
          en: `The figure's wording "${f.display}" is not in its quote.`,
        },
        {
          zh: 'display 须照抄引文中的写法；或给此数字加上包含它的 source。',
          en: 'Copy display exactly as the quote writes it, or give the figure a "source" that contains it.',
        },
      );
  }
}
