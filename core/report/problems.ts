/**
 * A problem found in a report file, positioned and explained in Chinese and English.
 * Every check (bytes, JSON syntax, schema, cross references, provenance) speaks this one type,
 * so the CLI, the app's error panel and the tests print the same thing.
 */
import type { SourcePosition } from './json-positions';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  // bytes and syntax
  | 'file-too-large'
  | 'file-unreadable'
  | 'utf16'
  | 'utf32'
  | 'not-utf8'
  | 'bom'
  | 'json-syntax'
  // schema
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-kind'
  | 'not-allowed-value'
  | 'too-short'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'out-of-range'
  | 'bad-format'
  | 'control-character'
  | 'bidi-control'
  | 'lone-surrogate'
  | 'zero-width'
  | 'blank-text'
  | 'schema-version'
  // meaning
  | 'duplicate-id'
  | 'duplicate-key'
  | 'chart-figure-missing'
  | 'chart-figure-no-value'
  | 'chart-bad-share'
  | 'chart-share-rounded'
  | 'value-not-in-display'
  | 'bound-mismatch'
  | 'empty-section'
  // provenance
  | 'source-missing'
  | 'source-file-missing'
  | 'quote-not-in-source'
  | 'display-not-in-quote';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  file: string;
  line: number;
  column: number;
  /** Readable JSON path, e.g. `sections[2].projects[4].source`; "" for the whole file. */
  path: string;
  message: Bilingual;
  /** How to fix it. */
  hint: Bilingual;
}

/** Most characters of a key, number or text a message echoes: a 1 MB key is not repeated whole. */
export const ECHO_MAX_CHARS = 80;

/** `s` cut to ECHO_MAX_CHARS code points (the last one "…" when it was cut). */
export function clip(s: string, max = ECHO_MAX_CHARS): string {
  if (s.length <= max) return s;
  let count = 0;
  let cutAt = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    count++;
    if (count === max - 1) cutAt = i + 1;
    if (count > max) return s.slice(0, cutAt) + '…';
  }
  return s;
}

/** `/sections/2/title` → `sections[2].title` (what people can read and search for). */
export function readablePath(pointer: string): string {
  if (pointer === '') return '';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const seg = clip(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += (out ? '.' : '') + seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  file: string,
  at: SourcePosition | { line: number; column: number },
  pointer: string,
  message: Bilingual,
  hint: Bilingual,
): Problem {
  return { severity, code, file, line: at.line, column: at.column, path: readablePath(pointer), message, hint };
}

/**
 * One problem as one block of text, the way compilers print them, so editors can jump to it:
 *   data/x.json:12:7: error [wrong-type] sections[0].year
 *     应为整数，实为字符串 "2025"
 *     expected an integer, found string "2025"
 *     修改 / fix: …
 */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const head = `${where}: ${p.severity} [${p.code}]${p.path ? ' ' + p.path : ''}`;
  return [head, `  ${p.message.zh}`, `  ${p.message.en}`, `  修改：${p.hint.zh}`, `  fix: ${p.hint.en}`].join('\n');
}

export function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
