/**
 * JSON syntax errors (from json-positions.ts) as positioned, bilingual problems: what was found
 * and how to fix it, in words for people who edit reports by hand.
 */
import type { JsonSyntaxError } from './json-positions';
import type { Bilingual, Problem } from './problems';
import { problem } from './problems';

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
