/**
 * zod issues → positioned, bilingual problems. zod says what is wrong at which path; the
 * position index from the JSON parser says where that path is in the file; the raw value says
 * what was actually found.
 */
import type { z } from 'zod';
import type { PositionIndex } from './json-positions';
import { pointerOf, pointerSegment } from './json-positions';
import type { Bilingual, Problem, ProblemCode } from './problems';
import { clip, problem } from './problems';
import { hiddenCharacter } from './hidden-character-messages';

type Issue = z.core.$ZodIssue;

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true/false）',
  object: '对象 {…}',
  array: '数组 […]',
  null: 'null',
  undefined: '（缺失）',
};

/** Describes a raw JSON value as it was found, briefly, in both languages. */
export function describeFound(value: unknown, present: boolean): Bilingual {
  if (!present) return { zh: '缺失', en: 'nothing (the field is missing)' };
  if (value === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(value)) return { zh: `数组（${value.length} 项）`, en: `an array of ${value.length} items` };
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? JSON.stringify(value.slice(0, 40)).slice(0, -1) + '…"' : JSON.stringify(value);
      return { zh: `字符串 ${shown}`, en: `string ${shown}` };
    }
    case 'number':
      return { zh: `数字 ${value}`, en: `number ${value}` };
    case 'boolean':
      return { zh: `布尔值 ${value}`, en: `boolean ${value}` };
    case 'object':
      return { zh: '对象 {…}', en: 'an object {…}' };
    default:
      return { zh: String(value), en: String(value) };
  }
}

function lookup(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return { present: false, value: undefined };
    const key = typeof seg === 'number' ? seg : String(seg);
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return { present: false, value: undefined };
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return { present: true, value: cur };
}

/** The nearest position we know for a path: the value itself, else its closest parent. */
export function positionFor(positions: PositionIndex, path: readonly PropertyKey[], preferKey = false) {
  const segs = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  for (let n = segs.length; n >= 0; n--) {
    const ptr = pointerOf(segs.slice(0, n) as (string | number)[]);
    const off = (preferKey && n === segs.length ? positions.key.get(ptr) : undefined) ?? positions.value.get(ptr);
    if (off !== undefined) return { pointer: ptr, at: positions.locate(off) };
  }
  return { pointer: '', at: { line: 1, column: 1, offset: 0 } };
}

/** How many problems an issue makes (one, or one per unknown key), before any is described. */
export function problemCount(issue: Issue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
}

/**
 * The problems of one zod issue; at most `limit` of them (the first in the file), so that 70,000
 * unknown keys cost 100 descriptions, not 70,000.
 */
export function schemaIssueToProblem(
  file: string,
  raw: unknown,
  positions: PositionIndex,
  issue: Issue,
  limit = Number.POSITIVE_INFINITY,
): Problem[] {
  const path = issue.path;
  const where = positionFor(positions, path);
  const found = lookup(raw, path);
  const f = describeFound(found.value, found.present);
  const field = String(path[path.length - 1] ?? '');
  const make = (code: ProblemCode, message: Bilingual, hint: Bilingual, at = where) =>
    problem('error', code, file, at.at, pointerOf(path as (string | number)[]), message, hint);

  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      if (!found.present) {
        return [
          make(
            'missing-field',
            {
              zh: `缺少必填字段 "${field}"（应为${TYPE_ZH[expected] ?? expected}）。`,
              en: `Missing required field "${field}" (expected ${expected}).`,
            },
            { zh: `在此对象中加上 "${field}"。`, en: `Add "${field}" to this object.` },
          ),
        ];
      }
      return [
        make(
          'wrong-type',
          {
            zh: `应为${TYPE_ZH[expected] ?? expected}，实为${f.zh}。`,
            en: `Expected ${expected === 'int' ? 'an integer' : expected}, found ${f.en}.`,
          },
          expected === 'number' && typeof found.value === 'string'
            ? { zh: '去掉数字两边的引号。', en: 'Remove the quotes around the number.' }
            : { zh: `把此值改为${TYPE_ZH[expected] ?? expected}。`, en: `Change this value to ${expected}.` },
        ),
      ];
    }
    case 'unrecognized_keys': {
      const parent = pointerOf(path as (string | number)[]);
      const keyed = issue.keys.map((key) => {
        const ptr = parent + '/' + pointerSegment(key);
        return { key, ptr, off: positions.key.get(ptr) };
      });
      // zod lists integer-like keys first (object key order): file order is by offset.
      if (keyed.length > limit) keyed.sort((a, b) => (a.off ?? 0) - (b.off ?? 0)).length = limit;
      return keyed.map(({ key, ptr, off }) => {
        const at = off !== undefined ? { pointer: ptr, at: positions.locate(off) } : where;
        return problem(
          'error',
          'unknown-field',
          file,
          at.at,
          ptr,
          { zh: `未知字段 "${clip(key)}"。`, en: `Unknown field "${clip(key)}".` },
          {
            zh: '检查拼写（字段名区分大小写），或删除此字段；可用字段见 data/schema/report.schema.json。',
            en: 'Check the spelling (names are case-sensitive) or remove it; the allowed fields are in data/schema/report.schema.json.',
          },
        );
      });
    }
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string; options?: unknown[] }).discriminator;
      const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
      if (disc) {
        const kindAt = positionFor(positions, path);
        if (!found.present) {
          return [
            make(
              'missing-field',
              {
                zh: `缺少字段 "${disc}"（应为 ${options.join(' | ')} 之一）。`,
                en: `Missing field "${disc}" (one of ${options.join(' | ')}).`,
              },
              { zh: `加上 "${disc}": "${options[0]}" 等。`, en: `Add "${disc}": "${options[0]}" or another kind.` },
              kindAt,
            ),
          ];
        }
        return [
          make(
            'unknown-kind',
            {
              zh: `未知的类型 ${f.zh}；应为 ${options.join(' | ')} 之一。`,
              en: `Unknown kind ${f.en}; expected one of ${options.join(' | ')}.`,
            },
            {
              zh: `把 "${disc}" 改为 ${options.join('、')} 之一。`,
              en: `Set "${disc}" to one of ${options.join(', ')}.`,
            },
            kindAt,
          ),
        ];
      }
      return [
        make(
          'wrong-type',
          {
            zh: `值不符合任何允许的形式，实为${f.zh}。`,
            en: `The value matches none of the allowed forms; found ${f.en}.`,
          },
          { zh: '对照 data/schema/report.schema.json 修改。', en: 'Compare with data/schema/report.schema.json.' },
        ),
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (!found.present) {
        // A missing enum or literal field (level, bound, schemaVersion…): zod calls it a bad value.
        const one = values.length === 1;
        return [
          make(
            'missing-field',
            {
              zh: `缺少必填字段 "${field}"（应为 ${values.join(' | ')}${one ? '' : ' 之一'}）。`,
              en: `Missing required field "${field}" (${one ? '' : 'one of '}${values.join(' | ')}).`,
            },
            { zh: `在此对象中加上 "${field}"。`, en: `Add "${field}" to this object.` },
          ),
        ];
      }
      if (field === 'schemaVersion') {
        return [
          make(
            'schema-version',
            {
              zh: `数据格式版本 ${f.zh} 不受支持，本程序读取版本 ${values.join('/')}。`,
              en: `Data format version ${f.en} is not supported; this program reads version ${values.join('/')}.`,
            },
            {
              zh: '用较新版本的 GovBrief 打开，或按 README 中的说明升级文件。',
              en: 'Open it with a newer GovBrief, or update the file as the README describes.',
            },
          ),
        ];
      }
      return [
        make(
          'not-allowed-value',
          {
            zh: `不允许的值 ${f.zh}；应为 ${values.join(' | ')} 之一。`,
            en: `Value ${f.en} is not allowed; expected one of ${values.join(' | ')}.`,
          },
          { zh: `改为 ${values.join('、')} 之一。`, en: `Use one of ${values.join(', ')}.` },
        ),
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [
          make(
            'too-short',
            { zh: '文字不能为空。', en: 'The text must not be empty.' },
            { zh: '填写内容，或删除此可选字段。', en: 'Fill it in, or remove the field if it is optional.' },
          ),
        ];
      }
      if (issue.origin === 'array') {
        return [
          make(
            'too-few',
            { zh: `至少需要 ${min} 项，实为${f.zh}。`, en: `Needs at least ${min} item(s); found ${f.en}.` },
            { zh: '补充条目。', en: 'Add the missing item(s).' },
          ),
        ];
      }
      return [
        make(
          'out-of-range',
          { zh: `数值应不小于 ${min}，实为${f.zh}。`, en: `Must be at least ${min}; found ${f.en}.` },
          { zh: '改正此数值。', en: 'Correct the number.' },
        ),
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const len = typeof found.value === 'string' ? found.value.length : 0;
        return [
          make(
            'too-long',
            {
              zh: `文字长 ${len} 字符，超过上限 ${max}。`,
              en: `The text is ${len} characters long; the limit is ${max}.`,
            },
            { zh: '缩短文字，或拆成多条。', en: 'Shorten it, or split it into several items.' },
          ),
        ];
      }
      if (issue.origin === 'array') {
        return [
          make(
            'too-many',
            { zh: `条目过多（${f.zh}），上限 ${max}。`, en: `Too many items (${f.en}); the limit is ${max}.` },
            { zh: '拆分为多个部分或多个报告。', en: 'Split it into several sections or reports.' },
          ),
        ];
      }
      return [
        make(
          'out-of-range',
          { zh: `数值应不大于 ${max}，实为${f.zh}。`, en: `Must be at most ${max}; found ${f.en}.` },
          { zh: '改正此数值。', en: 'Correct the number.' },
        ),
      ];
    }
    case 'invalid_format': {
      const format = issue.format;
      if (format === 'date') {
        return [
          make(
            'bad-format',
            { zh: `应为日期（YYYY-MM-DD），实为${f.zh}。`, en: `Expected a date (YYYY-MM-DD), found ${f.en}.` },
            { zh: '写成如 "2025-01-17" 的形式。', en: 'Write it like "2025-01-17".' },
          ),
        ];
      }
      return [
        make(
          'bad-format',
          {
            zh: `标识格式不对，实为${f.zh}；只能用小写字母、数字和 "-"。`,
            en: `Bad identifier ${f.en}: use lower-case letters, digits and "-" only.`,
          },
          { zh: '例如 "new-energy-share"。', en: 'For example "new-energy-share".' },
        ),
      ];
    }
    case 'custom': {
      if (typeof found.value === 'string') {
        const hidden = hiddenCharacter(issue.message, found.value);
        if (hidden) return [make(hidden.code, hidden.message, hidden.hint)];
      }
      return [
        make(
          'blank-text',
          { zh: '文字只有空白。', en: 'The text is only whitespace.' },
          { zh: '填写内容。', en: 'Fill it in.' },
        ),
      ];
    }
    default:
      return [
        make(
          'wrong-type',
          {
            zh: `值不符合格式（${issue.message}），实为${f.zh}。`,
            en: `The value does not fit the format (${issue.message}); found ${f.en}.`,
          },
          { zh: '对照 data/schema/report.schema.json 修改。', en: 'Compare with data/schema/report.schema.json.' },
        ),
      ];
  }
}
