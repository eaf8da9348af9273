/**
 * Text that would show differently from what it is, or is no text at all, is refused with a
 * positioned message naming the character: bidi embeddings, overrides and isolates (U+202A–E,
 * U+2066–9), lone surrogates, and zero-width characters (in titles as anywhere). And a message
 * never echoes more than ECHO_MAX_CHARS of a key, number or text the file holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from './load';
import { ECHO_MAX_CHARS, formatProblem, type Problem } from './problems';

const GOOD = readFileSync(join(import.meta.dirname, '../../tests/fixtures/good-reports/minimal.json'), 'utf8');
const TITLE = (JSON.parse(GOOD) as { title: string }).title;

/** Line and column of the first occurrence of `needle`, counted independently. */
function positionOf(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: [...before[before.length - 1]!].length + 1 };
}

/** The errors of the minimal report with its title replaced (as raw JSON string content). */
function withTitle(rawTitle: string): { text: string; errors: Problem[] } {
  const text = GOOD.replace(JSON.stringify(TITLE), `"${rawTitle}"`);
  const r = loadReport('r.json', text, {});
  return { text, errors: r.ok ? [] : r.errors };
}

describe('hidden characters in report text', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'bidi-control',
      'U+202E right-to-left override',
      '\u202E',
      /U\+202E \(right-to-left override\): it reorders what is shown/,
    ],
    ['bidi-control', 'U+202A left-to-right embedding', '\u202A', /U\+202A \(left-to-right embedding\)/],
    ['bidi-control', 'U+2066 left-to-right isolate', '\u2066', /U\+2066 \(left-to-right isolate\)/],
    ['bidi-control', 'U+2069 pop directional isolate', '\u2069', /U\+2069/],
    ['zero-width', 'U+200B zero-width space (in a title)', '\u200B', /invisible U\+200B \(zero-width space\)/],
    ['zero-width', 'U+2060 word joiner', '\u2060', /U\+2060 \(word joiner\)/],
  ];
  for (const [code, what, ch, en] of cases) {
    it(`${what}: refused as ${code} at the title, naming the character and where it is`, () => {
      const { text, errors } = withTitle(`政府${ch}工作报告`);
      expect(errors).toHaveLength(1);
      const e = errors[0]!;
      expect(e.code).toBe(code);
      expect(e.path).toBe('title');
      expect({ line: e.line, column: e.column }).toEqual(positionOf(text, `"政府${ch}`));
      expect(e.message.en).toMatch(/^Character 3 of the text/);
      expect(e.message.en).toMatch(en);
      expect(e.message.zh).toMatch(/第 3 个字符/);
    });
  }

  it('a lone surrogate (written as a \\uD83D escape) is refused as lone-surrogate', () => {
    const { errors } = withTitle('报告\\uD83D');
    expect(errors.map((e) => [e.code, e.path])).toEqual([['lone-surrogate', 'title']]);
    expect(errors[0]!.message.en).toMatch(/^Character 3 of the text is half a surrogate pair, U\+D83D/);
  });

  it('a lone low half is refused too; a whole pair (an emoji) is fine', () => {
    expect(withTitle('报告\\uDE00').errors.map((e) => e.code)).toEqual(['lone-surrogate']);
    expect(withTitle('报告\\uD83D\\uDE00').errors).toEqual([]);
  });

  it('the plain direction marks U+200E/U+200F and the joiners in emoji sequences stay allowed', () => {
    expect(withTitle('AB\u200Fشمال\u200EC').errors).toEqual([]);
    expect(withTitle('家庭👨\u200D👩\u200D👧').errors).toEqual([]);
  });

  it('a bidi override in a long item text is refused as well, at that item', () => {
    const first = GOOD.indexOf('"text": "') + '"text": "'.length;
    const text = GOOD.slice(0, first) + '\u2067' + GOOD.slice(first);
    const r = loadReport('r.json', text);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.errors.map((e) => e.code)).toContain('bidi-control');
  });
});

describe('echoed keys and numbers are cut', () => {
  const long = 'k'.repeat(5000);

  it(`an unknown key of 5,000 characters is echoed as at most ${ECHO_MAX_CHARS}`, () => {
    const text = GOOD.replace('"schemaVersion"', `"${long}": 1, "schemaVersion"`);
    const r = loadReport('r.json', text);
    if (r.ok) throw new Error('expected a refusal');
    const e = r.errors[0]!;
    expect(e.code).toBe('unknown-field');
    const echoed = /"(k+…?)"/.exec(e.message.en)![1]!;
    expect([...echoed].length).toBeLessThanOrEqual(ECHO_MAX_CHARS);
    expect(echoed.endsWith('…')).toBe(true);
    expect(formatProblem(e).length).toBeLessThan(800);
  });

  it('a duplicate key of 5,000 characters and a 5,000-digit number: cut too', () => {
    const dup = loadReport('r.json', `{"${long}": 1, "${long}": 2}`);
    const big = loadReport('r.json', `{"a": ${'9'.repeat(5000)}}`);
    for (const r of [dup, big]) {
      if (r.ok) throw new Error('expected a refusal');
      expect(r.errors[0]!.message.en.length).toBeLessThan(300);
      expect(r.errors[0]!.message.zh.length).toBeLessThan(300);
    }
  });

  it('short keys are echoed whole', () => {
    const r = loadReport('r.json', GOOD.replace('"schemaVersion"', '"colour": 1, "schemaVersion"'));
    if (r.ok) throw new Error('expected a refusal');
    expect(r.errors[0]!.message.en).toBe('Unknown field "colour".');
  });
});
