/**
 * A strict JSON parser (RFC 8259) that remembers where every value and key starts, so that a
 * problem found later (by the schema or the provenance check) can be reported as line:column.
 *
 * Why not JSON.parse: it gives no positions, accepts duplicate keys silently (the last wins,
 * hiding data), and turns "__proto__" into an own property that later code may trip over.
 * This parser never throws: it returns a value tree or the first syntax problem.
 */
import { LIMITS } from './limits';
import { clip } from './problems';

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in Unicode code points (what editors show). */
  column: number;
  /** 0-based UTF-16 offset into the text. */
  offset: number;
}

export type JsonSyntaxCode =
  | 'unexpected-end'
  | 'unexpected-character'
  | 'invalid-string-character'
  | 'invalid-escape'
  | 'invalid-number'
  | 'trailing-comma'
  | 'missing-comma'
  | 'missing-colon'
  | 'duplicate-key'
  | 'reserved-key'
  | 'too-deep'
  | 'trailing-content'
  | 'empty';

export interface JsonSyntaxError {
  code: JsonSyntaxCode;
  position: SourcePosition;
  /** What was found, for the message (a short excerpt or a character description). */
  found: string;
  /** For duplicate keys: the key and where it first appeared. */
  detail?: string;
}

/**
 * Where values sit in the text, by JSON pointer ("" is the root; "/sections/0/title"), as
 * UTF-16 offsets; `locate` turns an offset into line:column only when a message needs it
 * (converting every node eagerly is quadratic on a long single-line file).
 */
export interface PositionIndex {
  /** Offset of the value at the path. */
  value: Map<string, number>;
  /** Offset of the key naming the value at the path (object members only). */
  key: Map<string, number>;
  locate(offset: number): SourcePosition;
}

export type JsonParseResult =
  { ok: true; value: unknown; positions: PositionIndex } | { ok: false; error: JsonSyntaxError };

/** Keys that would reach Object.prototype in careless code; rejected outright. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON pointer escaping (RFC 6901), so keys with "/" cannot collide. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + pointerSegment(p)).join('');
}

/**
 * Converts offsets to line/column lazily: only failing positions need it. One pass over the text
 * records where lines start and where surrogate pairs start, so each lookup is two binary
 * searches: counting columns from the line start per problem was quadratic on a one-line file
 * (a 1 MB line with 70,000 unknown keys took 77 s).
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /** Offsets of the high halves of surrogate pairs (each pair is one column). */
  private readonly pairStarts: number[] = [];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) this.lineStarts.push(i + 1);
      // Only a real pair: a lone high surrogate is a column of its own.
      else if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) this.pairStarts.push(i++);
    }
  }
  at(offset: number): SourcePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBelow(this.lineStarts, clamped);
    const start = this.lineStarts[line]!;
    // Columns in code points: a pair whose both halves lie before the offset counts once.
    const pairs = lastAtOrBelow(this.pairStarts, clamped - 2) - lastAtOrBelow(this.pairStarts, start - 1);
    return { line: line + 1, column: clamped - start - pairs + 1, offset: clamped };
  }
}

/** Index of the last element ≤ value in an ascending array, or -1 when none is. */
function lastAtOrBelow(sorted: readonly number[], value: number): number {
  let lo = -1;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class Fail {
  constructor(
    readonly code: JsonSyntaxCode,
    readonly offset: number,
    readonly found: string,
    readonly detail?: string,
  ) {}
}

function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'end of file';
  const cp = text.codePointAt(offset)!;
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || cp === 0x7f) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0xfeff) return 'byte order mark U+FEFF';
  // A short excerpt helps people find the spot: `'abc…'`.
  const excerpt = text.slice(offset, offset + 12).split(/[\r\n]/)[0]!;
  return excerpt.length > 1 ? `'${excerpt}${excerpt.length >= 12 ? '…' : ''}'` : `'${ch}'`;
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const lines = new LineIndex(text);
  const positions: PositionIndex = { value: new Map(), key: new Map(), locate: (o) => lines.at(o) };
  let i = 0;

  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };

  const parseString = (): string => {
    // Opening quote already checked by caller.
    const start = ++i;
    let out = '';
    let chunkStart = start;
    for (;;) {
      if (i >= text.length) throw new Fail('unexpected-end', i, 'end of file', 'string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunkStart, i);
        i++;
        return out;
      }
      if (c < 0x20) throw new Fail('invalid-string-character', i, describeChar(text, i));
      if (c === 0x5c) {
        out += text.slice(chunkStart, i);
        const e = text[i + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            i += 2;
            break;
          case 'b':
            out += '\b';
            i += 2;
            break;
          case 'f':
            out += '\f';
            i += 2;
            break;
          case 'n':
            out += '\n';
            i += 2;
            break;
          case 'r':
            out += '\r';
            i += 2;
            break;
          case 't':
            out += '\t';
            i += 2;
            break;
          case 'u': {
            const hex = text.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Fail('invalid-escape', i, `'\\u${hex}'`);
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            break;
          }
          default:
            throw new Fail('invalid-escape', i, e === undefined ? 'end of file' : `'\\${e}'`);
        }
        chunkStart = i;
        continue;
      }
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseNumber = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new Fail('invalid-number', i, describeChar(text, i));
    const end = i + m[0].length;
    // "01", "1.", "1e" and the like: the regex stops early; the next char tells.
    const next = text[end];
    if (next !== undefined && /[0-9.eE+-]/.test(next))
      throw new Fail('invalid-number', i, `'${clip(text.slice(i, end + 1))}'`);
    const n = Number(m[0]);
    if (!Number.isFinite(n)) throw new Fail('invalid-number', i, `'${clip(m[0])}' (too large)`);
    i = end;
    return n;
  };

  const literal = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    throw new Fail('unexpected-character', i, describeChar(text, i));
  };

  const parseValue = (path: string, depth: number): unknown => {
    ws();
    if (depth > LIMITS.nestingDepth) throw new Fail('too-deep', i, `more than ${LIMITS.nestingDepth} levels`);
    positions.value.set(path, i);
    const c = text[i];
    switch (c) {
      case '{':
        return parseObject(path, depth);
      case '[':
        return parseArray(path, depth);
      case '"':
        return parseString();
      case 't':
        return literal('true', true);
      case 'f':
        return literal('false', false);
      case 'n':
        return literal('null', null);
      case undefined:
        throw new Fail('unexpected-end', i, 'end of file', 'value');
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
        throw new Fail('unexpected-character', i, describeChar(text, i));
    }
  };

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
    i++; // {
    // A null-prototype object: no key can reach Object.prototype.
    const obj = Object.create(null) as Record<string, unknown>;
    const seen = new Map<string, number>();
    ws();
    if (text[i] === '}') {
      i++;
      return obj;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (text[i] === '}' && seen.size > 0) throw new Fail('trailing-comma', i, "'}'");
        if (i >= text.length) throw new Fail('unexpected-end', i, 'end of file', 'object');
        throw new Fail('unexpected-character', i, describeChar(text, i), 'key');
      }
      const keyOffset = i;
      const key = parseString();
      if (RESERVED_KEYS.has(key)) throw new Fail('reserved-key', keyOffset, `"${key}"`);
      const first = seen.get(key);
      if (first !== undefined) {
        const p = lines.at(first);
        throw new Fail('duplicate-key', keyOffset, `"${clip(key)}"`, `${p.line}:${p.column}`);
      }
      seen.set(key, keyOffset);
      const childPath = path + '/' + pointerSegment(key);
      positions.key.set(childPath, keyOffset);
      ws();
      if (text[i] !== ':') {
        if (i >= text.length) throw new Fail('unexpected-end', i, 'end of file', 'object');
        throw new Fail('missing-colon', i, describeChar(text, i));
      }
      i++;
      obj[key] = parseValue(childPath, depth + 1);
      ws();
      const c = text[i];
      if (c === ',') {
        i++;
        continue;
      }
      if (c === '}') {
        i++;
        return obj;
      }
      if (c === undefined) throw new Fail('unexpected-end', i, 'end of file', 'object');
      throw new Fail('missing-comma', i, describeChar(text, i), 'object');
    }
  };

  const parseArray = (path: string, depth: number): unknown[] => {
    i++; // [
    const arr: unknown[] = [];
    ws();
    if (text[i] === ']') {
      i++;
      return arr;
    }
    for (;;) {
      ws();
      if (text[i] === ']' && arr.length > 0) throw new Fail('trailing-comma', i, "']'");
      arr.push(parseValue(path + '/' + arr.length, depth + 1));
      ws();
      const c = text[i];
      if (c === ',') {
        i++;
        continue;
      }
      if (c === ']') {
        i++;
        return arr;
      }
      if (c === undefined) throw new Fail('unexpected-end', i, 'end of file', 'array');
      throw new Fail('missing-comma', i, describeChar(text, i), 'array');
    }
  };

  try {
    ws();
    if (i >= text.length) throw new Fail('empty', i, 'empty file');
    const value = parseValue('', 0);
    ws();
    if (i < text.length) throw new Fail('trailing-content', i, describeChar(text, i));
    return { ok: true, value, positions };
  } catch (e) {
    if (e instanceof Fail) {
      return { ok: false, error: { code: e.code, position: lines.at(e.offset), found: e.found, detail: e.detail } };
    }
    // A RangeError from a pathological input must not escape either.
    return { ok: false, error: { code: 'too-deep', position: lines.at(i), found: String(e) } };
  }
}
