/**
 * The positioned JSON parser: where values and keys are (line:column in code points, any line
 * ending), what it refuses that JSON.parse would accept or silently mangle, and that it never
 * throws or overflows the stack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LineIndex,
  parseJsonWithPositions,
  pointerOf,
  type JsonParseResult,
  type JsonSyntaxCode,
} from './json-positions';
import { LIMITS } from './limits';

function parsed(text: string) {
  const r = parseJsonWithPositions(text);
  if (!r.ok)
    throw new Error(`expected valid JSON, got ${r.error.code} at ${r.error.position.line}:${r.error.position.column}`);
  return r;
}

/** line:column of the value (or, with `key`, the key) at a JSON pointer. */
function where(r: Extract<JsonParseResult, { ok: true }>, pointer: string, key = false): string {
  const off = (key ? r.positions.key : r.positions.value).get(pointer);
  if (off === undefined) throw new Error(`no position for ${pointer}`);
  const p = r.positions.locate(off);
  return `${p.line}:${p.column}`;
}

function failure(text: string) {
  const r = parseJsonWithPositions(text);
  if (r.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
  return { code: r.error.code, at: `${r.error.position.line}:${r.error.position.column}`, error: r.error };
}

describe('positions of values and keys', () => {
  const text = [
    '{',
    '  "title": "山西",',
    '  "sections": [',
    '    { "year": 2025, "ok": true },',
    '    null',
    '  ]',
    '}',
  ].join('\n');
  const r = parsed(text);

  it('the root is at 1:1', () => {
    expect(where(r, '')).toBe('1:1');
  });

  it('a member value is where its first character is', () => {
    expect(where(r, '/title')).toBe('2:12');
    expect(where(r, '/sections')).toBe('3:15');
    expect(where(r, '/sections/0')).toBe('4:5');
    expect(where(r, '/sections/0/year')).toBe('4:15');
    expect(where(r, '/sections/0/ok')).toBe('4:27');
    expect(where(r, '/sections/1')).toBe('5:5');
  });

  it('a key is where its opening quote is', () => {
    expect(where(r, '/title', true)).toBe('2:3');
    expect(where(r, '/sections/0/year', true)).toBe('4:7');
  });

  it('array elements have no key position', () => {
    expect(r.positions.key.has('/sections/0')).toBe(false);
  });

  it('columns count code points: a CJK character or an astral character (surrogate pair) is one column', () => {
    const s = parsed('{"名称": "𠮷野家", "b": 1}');
    // {"名称": "𠮷野家", "b": 1}  → the key "b" starts at the 15th code point (UTF-16 offset 15, not 14).
    expect(where(s, '/b', true)).toBe('1:15');
    expect(where(s, '/b')).toBe('1:20');
    expect(s.positions.key.get('/b')).toBe(15);
  });

  it('a lone surrogate (from an escaped string made raw, or a web page) is one column of its own', () => {
    expect(new LineIndex('\ud800ab').at(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(new LineIndex('\udc00ab').at(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it('every offset of any text (pairs, lone halves, CR, LF, CRLF) gets the line:column counted by hand (fast-check)', () => {
    const unit = fc.constantFrom('a', '名', '😀', '\ud800', '\udc00', '\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          // No value starts between the CR and LF of a CRLF.
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
          const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
          const expected = { line: lines.length, column: [...lines[lines.length - 1]!].length + 1, offset };
          expect(index.at(offset)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('CRLF files: the same line:column as the LF file', () => {
    const lf = parsed(text);
    const crlf = parsed(text.replace(/\n/g, '\r\n'));
    for (const ptr of ['', '/title', '/sections', '/sections/0/year', '/sections/0/ok', '/sections/1']) {
      expect(where(crlf, ptr), ptr).toBe(where(lf, ptr));
    }
    expect(where(crlf, '/sections/0/year', true)).toBe('4:7');
  });

  it('old Mac CR-only line ends count as lines too', () => {
    expect(where(parsed('{\r  "a":\r  1\r}'), '/a')).toBe('3:3');
  });

  it('syntax errors in CRLF files are positioned like in LF files', () => {
    const bad = '{\n  "a": 1\n  "b": 2\n}';
    expect(failure(bad.replace(/\n/g, '\r\n')).at).toBe(failure(bad).at);
    expect(failure(bad).at).toBe('3:3');
  });

  it('keys with "/" and "~" get escaped pointers (RFC 6901) and cannot collide', () => {
    const s = parsed('{"a/b": 1, "a": {"b": 2}, "m~n": 3}');
    expect(where(s, pointerOf(['a/b']))).toBe('1:9');
    expect(where(s, pointerOf(['a', 'b']))).toBe('1:23');
    expect(pointerOf(['m~n'])).toBe('/m~0n');
    expect(where(s, '/m~0n')).toBe('1:34');
  });

  it('locate clamps offsets outside the text', () => {
    const s = parsed('[1,\n2]');
    expect(s.positions.locate(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(s.positions.locate(999)).toEqual({ line: 2, column: 3, offset: 6 });
  });

  it('every value and key of any JSON document is positioned at its own text (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const r = parseJsonWithPositions(json);
        if (/"(__proto__|constructor|prototype)":/.test(json)) return; // refused, see below
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value).toEqual(JSON.parse(json));
        const visit = (node: unknown, path: (string | number)[]) => {
          const ptr = pointerOf(path);
          const off = r.positions.value.get(ptr)!;
          if (Array.isArray(node)) {
            expect(json[off]).toBe('[');
            node.forEach((c, i) => visit(c, [...path, i]));
          } else if (node !== null && typeof node === 'object') {
            expect(json[off]).toBe('{');
            for (const [k, c] of Object.entries(node)) {
              expect(json.startsWith(JSON.stringify(k), r.positions.key.get(pointerOf([...path, k])))).toBe(true);
              visit(c, [...path, k]);
            }
          } else {
            expect(json.startsWith(JSON.stringify(node), off)).toBe(true);
          }
        };
        visit(JSON.parse(json), []);
      }),
      { numRuns: 300 },
    );
  });
});

describe('strictness: what JSON.parse accepts or mangles, and this parser refuses', () => {
  const cases: [string, string, JsonSyntaxCode, string][] = [
    ['leading zero', '{"a": 01}', 'invalid-number', '1:7'],
    ['negative leading zero', '[-01]', 'invalid-number', '1:2'],
    ['fraction without digits', '[1.]', 'invalid-number', '1:2'],
    ['fraction without integer part', '[.5]', 'unexpected-character', '1:2'],
    ['exponent without digits', '[1e]', 'invalid-number', '1:2'],
    ['plus sign', '[+1]', 'unexpected-character', '1:2'],
    ['lone minus', '[-]', 'invalid-number', '1:2'],
    ['hex number', '[0x10]', 'missing-comma', '1:3'],
    ['thousands separator', '[1,000]', 'invalid-number', '1:4'],
    ['number beyond double range', '[1e400]', 'invalid-number', '1:2'],
    ['NaN', '{"a": NaN}', 'unexpected-character', '1:7'],
    ['Infinity', '[Infinity]', 'unexpected-character', '1:2'],
    ['-Infinity', '[-Infinity]', 'invalid-number', '1:2'],
    ['trailing comma in an object', '{"a": 1,}', 'trailing-comma', '1:9'],
    ['trailing comma in an object, next line', '{\n  "a": 1,\n}', 'trailing-comma', '3:1'],
    ['trailing comma in an array', '[1, 2,]', 'trailing-comma', '1:7'],
    ['leading comma in an array', '[,1]', 'unexpected-character', '1:2'],
    ['missing comma between members', '{"a": 1 "b": 2}', 'missing-comma', '1:9'],
    ['missing comma between elements', '[1 2]', 'missing-comma', '1:4'],
    ['missing colon', '{"a" 1}', 'missing-colon', '1:6'],
    ['single-quoted string', "['a']", 'unexpected-character', '1:2'],
    ['unquoted key', '{a: 1}', 'unexpected-character', '1:2'],
    ['line comment', '{\n  // note\n  "a": 1\n}', 'unexpected-character', '2:3'],
    ['block comment', '[1 /* note */]', 'missing-comma', '1:4'],
    ['raw line break in a string', '["a\nb"]', 'invalid-string-character', '1:4'],
    ['raw tab in a string', '["a\tb"]', 'invalid-string-character', '1:4'],
    ['raw control character in a string', '["a\u0007b"]', 'invalid-string-character', '1:4'],
    ['invalid escape', '["C:\\data"]', 'invalid-escape', '1:5'],
    ['short \\u escape', '["\\u12"]', 'invalid-escape', '1:3'],
    ['unterminated string', '["abc', 'unexpected-end', '1:6'],
    ['unterminated array', '[1, 2', 'unexpected-end', '1:6'],
    ['unterminated object', '{"a": 1', 'unexpected-end', '1:8'],
    ['truncated literal', '[tru]', 'unexpected-character', '1:2'],
    ['capitalised literal', '[True]', 'unexpected-character', '1:2'],
    ['content after the value', '{} {}', 'trailing-content', '1:4'],
    ['empty text', '', 'empty', '1:1'],
    ['only whitespace', ' \n\t\r\n ', 'empty', '3:2'],
    ['byte order mark left in the text', '\ufeff{}', 'unexpected-character', '1:1'],
    ['ideographic space (U+3000) as whitespace', '{\u3000"a": 1}', 'unexpected-character', '1:2'],
    ['no-break space (U+00A0) as whitespace', '[1,\u00a02]', 'unexpected-character', '1:4'],
    ['full-width comma', '[1，2]', 'missing-comma', '1:3'],
    ['Chinese quotation marks', '[“a”]', 'unexpected-character', '1:2'],
  ];

  it.each(cases)('%s: %j → %s at %s', (_name, text, code, at) => {
    const f = failure(text);
    expect(`${f.code} ${f.at}`).toBe(`${code} ${at}`);
  });

  it('JSON.parse accepts what these refuse: duplicate keys and reserved keys', () => {
    expect(JSON.parse('{"a": 1, "a": 2}')).toEqual({ a: 2 });
    expect(() => JSON.parse('{"__proto__": {}}')).not.toThrow();
  });

  it('duplicate keys: refused at the second, naming where the first is', () => {
    const f = failure('{\n  "year": 2025,\n  "level": "city",\n  "year": 2024\n}');
    expect(f.code).toBe('duplicate-key');
    expect(f.at).toBe('4:3');
    expect(f.error.found).toBe('"year"');
    expect(f.error.detail).toBe('2:3');
  });

  it('duplicate keys are per object: the same key in sibling objects is fine', () => {
    expect(parseJsonWithPositions('[{"id": 1}, {"id": 2}]').ok).toBe(true);
    expect(parseJsonWithPositions('{"a": {"a": {"a": 1}}}').ok).toBe(true);
  });

  it('duplicate keys are compared after unescaping: "a" and "\\u0061" are the same key', () => {
    expect(failure('{"a": 1, "\\u0061": 2}').code).toBe('duplicate-key');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('reserved key "%s" is refused at the key, nested too', (key) => {
    expect(failure(`{"${key}": {}}`)).toMatchObject({ code: 'reserved-key', at: '1:2' });
    expect(failure(`{\n  "a": [{"b": 1, "${key}": 1}]\n}`)).toMatchObject({ code: 'reserved-key', at: '2:18' });
  });

  it('an escaped reserved key ("__proto\\u005f_") is refused as well', () => {
    expect(failure('{"__proto\\u005f_": {"polluted": true}}').code).toBe('reserved-key');
  });

  it('objects have no prototype: no key can reach Object.prototype', () => {
    const r = parsed('{"a": {"toString": 1, "hasOwnProperty": 2}}');
    const a = (r.value as Record<string, Record<string, unknown>>).a!;
    expect(Object.getPrototypeOf(r.value)).toBeNull();
    expect(Object.getPrototypeOf(a)).toBeNull();
    expect(a.toString).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts what RFC 8259 allows', () => {
    expect(
      parsed(' {"a": [1, -0.5, 2e10, 1E-3, true, false, null, "\\"\\\\\\/\\b\\f\\n\\r\\t\\u4e2d"], "": {}} ').value,
    ).toEqual({
      a: [1, -0.5, 2e10, 1e-3, true, false, null, '"\\/\b\f\n\r\t中'],
      '': {},
    });
    expect(parsed('"just a string"').value).toBe('just a string');
    expect(parsed('42').value).toBe(42);
  });
});

describe('nesting depth', () => {
  const depth = LIMITS.nestingDepth;

  it(`accepts nesting down to depth ${depth} (the root is depth 0)`, () => {
    expect(parseJsonWithPositions('['.repeat(depth + 1) + ']'.repeat(depth + 1)).ok).toBe(true);
    expect(parseJsonWithPositions('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)).ok).toBe(true);
  });

  it(`refuses depth ${depth + 1}, at the first value too deep`, () => {
    expect(failure('['.repeat(depth + 2) + ']'.repeat(depth + 2))).toMatchObject({
      code: 'too-deep',
      at: `1:${depth + 2}`,
    });
    const objects = '{"a":'.repeat(depth + 1) + '1' + '}'.repeat(depth + 1);
    expect(failure(objects)).toMatchObject({ code: 'too-deep', at: `1:${5 * (depth + 1) + 1}` });
  });

  it('10,000 nested arrays: a too-deep error, not a crash', () => {
    expect(failure('['.repeat(10_000) + ']'.repeat(10_000)).code).toBe('too-deep');
  });

  it('no stack overflow at 100,000 nested "[" (unclosed) nor 100,000 nested objects', () => {
    const started = performance.now();
    expect(failure('['.repeat(100_000)).code).toBe('too-deep');
    expect(failure('['.repeat(100_000) + ']'.repeat(100_000)).code).toBe('too-deep');
    expect(failure('{"a":'.repeat(100_000)).code).toBe('too-deep');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('never throws (fast-check)', () => {
  it('on any string: a value or a syntax error positioned inside the text', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(...'{}[]:,"\\ \n\r\t0123456789-+.eEtrufalsn/u'.split('')),
      maxLength: 80,
    });
    fc.assert(
      fc.property(
        fc.oneof(jsonish, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 })),
        (text) => {
          const r = parseJsonWithPositions(text);
          if (r.ok) {
            expect(() => JSON.parse(text)).not.toThrow();
            return;
          }
          const lines = text.split(/\r\n|\r|\n/);
          const { line, column } = r.error.position;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual([...lines[line - 1]!].length + 1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
