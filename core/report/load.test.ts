/**
 * The loader against bad input: the committed corpus of broken reports (one defect each, with the
 * expected first problem and its position in tests/fixtures/bad-reports/expected.json), a 10 MB
 * file made at test time, and fast-check properties: whatever the bytes, loading never throws
 * and every problem points inside the file.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_DIR,
  GOOD_DIR,
  MANIFEST,
  makeBadReports,
  makeGoodVariants,
  manifestText,
  readMinimal,
  type Expected,
} from '../../tests/fixtures/make-bad-reports';
import { loadReportFile, nodeSourceReader } from '../node/report-file';
import { LIMITS } from './limits';
import { loadReport, type LoadOptions, type LoadResult } from './load';
import { formatProblem, type Problem, type ProblemCode } from './problems';

const manifest = JSON.parse(readFileSync(join(BAD_DIR, MANIFEST), 'utf8')) as Record<string, Expected>;
const corpus = Object.entries(manifest).map(([file, expected]) => ({ file, ...expected }));
const MINIMAL = join(GOOD_DIR, 'minimal.json');
const minimalText = readMinimal();

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{2}/;

/** Both languages are really there: Chinese characters in zh, English words in en. */
function expectBilingual(p: Problem) {
  expect(p.message.zh, `zh message of ${p.code}`).toMatch(HAN);
  expect(p.message.en, `en message of ${p.code}`).toMatch(LATIN);
  expect(p.hint.zh, `zh hint of ${p.code}`).toMatch(HAN);
  expect(p.hint.en, `en hint of ${p.code}`).toMatch(LATIN);
}

/** Every problem points at a real place in the text: 1 ≤ line ≤ lines, 1 ≤ column ≤ line length + 1. */
function expectWithinBounds(problems: readonly Problem[], text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of problems) {
    const where = `${p.code} at ${p.line}:${p.column}`;
    expect(Number.isInteger(p.line) && Number.isInteger(p.column), where).toBe(true);
    expect(p.line, where).toBeGreaterThanOrEqual(1);
    expect(p.column, where).toBeGreaterThanOrEqual(1);
    expect(p.line, where).toBeLessThanOrEqual(lines.length);
    expect(p.column, where).toBeLessThanOrEqual([...lines[p.line - 1]!].length + 1);
  }
}

/** ok, or errors (never an internal error: that would mean a step threw) with positions in bounds. */
function expectTotal(result: LoadResult, text: string) {
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  expect(problems.filter((p) => p.code === 'file-unreadable').map((p) => p.message.en)).toEqual([]);
  expectWithinBounds(problems, text);
}

describe('the valid base report tests/fixtures/good-reports/minimal.json', () => {
  it('loads with no errors and no warnings, provenance checked against the Shanxi source', () => {
    const result = loadReportFile(MINIMAL, { provenance: 'error' });
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sourceText).toContain('主要预期目标');
    expect(result.report.source.textFile).toBe('../../../data/sources/shanxi-2025.txt');
  });

  it('has every section kind', () => {
    const result = loadReportFile(MINIMAL);
    if (!result.ok) throw new Error('minimal.json must load');
    expect(result.report.sections.map((s) => s.kind).sort()).toEqual(['projects', 'review', 'targets', 'tasks']);
  });

  it('loads with CRLF line ends exactly as with LF', () => {
    const crlf = loadReportFile(join(GOOD_DIR, 'minimal-crlf.json'), { provenance: 'error' });
    const lf = loadReportFile(MINIMAL, { provenance: 'error' });
    if (!crlf.ok || !lf.ok) throw new Error('both must load');
    expect(crlf.warnings).toEqual([]);
    expect(crlf.report).toEqual(lf.report);
  });

  it('with a UTF-8 BOM: loads ok, with one "bom" warning at 1:1', () => {
    const result = loadReportFile(join(GOOD_DIR, 'minimal-bom.json'), { provenance: 'error' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.severity, w.line, w.column])).toEqual([['bom', 'warning', 1, 1]]);
    expectBilingual(result.warnings[0]!);
  });
});

describe('the bad-input corpus tests/fixtures/bad-reports', () => {
  it('has at least 24 files, each listed in expected.json, and stays small', () => {
    const files = readdirSync(BAD_DIR)
      .filter((f) => f !== MANIFEST)
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(files).toEqual(Object.keys(manifest).sort());
    const total = files.reduce((sum, f) => sum + statSync(join(BAD_DIR, f)).size, 0);
    expect(total).toBeLessThan(512 * 1024);
  });

  it('is exactly what tests/fixtures/make-bad-reports.ts generates (run it after changing minimal.json)', () => {
    const generated = makeBadReports(minimalText);
    expect(manifestText(generated)).toBe(readFileSync(join(BAD_DIR, MANIFEST), 'utf8'));
    for (const r of generated)
      expect(Buffer.from(readFileSync(join(BAD_DIR, r.file))).equals(Buffer.from(r.bytes)), r.file).toBe(true);
    for (const v of makeGoodVariants(minimalText)) {
      expect(Buffer.from(readFileSync(join(GOOD_DIR, v.file))).equals(Buffer.from(v.bytes)), v.file).toBe(true);
    }
  });

  it('covers the defects the loader must explain', () => {
    const codes = new Set(corpus.map((c) => c.code));
    const required: ProblemCode[] = [
      'json-syntax',
      'utf16',
      'not-utf8',
      'wrong-type',
      'missing-field',
      'unknown-field',
      'unknown-kind',
      'too-few',
      'schema-version',
      'bad-format',
      'control-character',
      'duplicate-id',
      'chart-figure-missing',
      'value-not-in-display',
      'quote-not-in-source',
      'display-not-in-quote',
      'source-file-missing',
    ];
    expect(required.filter((c) => !codes.has(c))).toEqual([]);
  });

  describe.each(corpus)('$file ($defect)', ({ file, code, line, column }) => {
    const path = join(BAD_DIR, file);
    let result: LoadResult;
    beforeAll(() => {
      result = loadReportFile(path, { provenance: 'error' });
    });

    it(`is rejected with exactly one error, ${code} at ${line}:${column}`, () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const first = result.errors[0]!;
      expect({ code: first.code, line: first.line, column: first.column, severity: first.severity }).toEqual({
        code,
        line,
        column,
        severity: 'error',
      });
      // One defect, one message: nothing else in the file is wrong.
      expect(result.errors.map((e) => `${e.code}@${e.line}:${e.column}`)).toEqual([`${code}@${line}:${column}`]);
    });

    it('explains it in Chinese and English', () => {
      if (result.ok) throw new Error('must fail');
      for (const p of [...result.errors, ...result.warnings]) expectBilingual(p);
    });

    it('formats it as file:line:column, the way editors jump to it', () => {
      if (result.ok) throw new Error('must fail');
      const text = formatProblem(result.errors[0]!);
      expect(text.split('\n')[0]).toContain(`${path}:${line}:${column}: error [${code}]`);
    });
  });
});

describe('file size limit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govbrief-load-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 10 MB file is refused as file-too-large at 1:1 without being parsed', () => {
    const path = join(dir, 'huge.json');
    // A valid report followed by 10 MB of spaces: only the size is wrong.
    writeFileSync(path, minimalText + ' '.repeat(10 * 1024 * 1024));
    const started = performance.now();
    const result = loadReportFile(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.column])).toEqual([['file-too-large', 1, 1]]);
    expectBilingual(result.errors[0]!);
    expect(result.errors[0]!.message.en).toContain('10.0 MB');
    expect(formatProblem(result.errors[0]!)).toContain(`${path}:1:1: error [file-too-large]`);
  });

  it('the same 10 MB given as bytes or as text (web file picker) is refused too', () => {
    const text = minimalText + ' '.repeat(10 * 1024 * 1024);
    for (const content of [text, new TextEncoder().encode(text)]) {
      const result = loadReport('huge.json', content);
      expect(result.ok ? 'ok' : result.errors.map((e) => e.code)).toEqual(['file-too-large']);
    }
  });

  it('a file just under the limit is read (the limit is on bytes, not characters)', () => {
    const pad = LIMITS.fileBytes - new TextEncoder().encode(minimalText).length;
    const result = loadReport('big.json', minimalText + ' '.repeat(pad), { readSource: nodeSourceReader(MINIMAL) });
    expect(result.ok).toBe(true);
  });
});

describe('the loader never throws (fast-check, 1,000 runs each)', () => {
  const withSource: LoadOptions = { readSource: nodeSourceReader(MINIMAL), provenance: 'error' };

  it('on arbitrary bytes: ok or positioned errors within the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = loadReport('fuzz.json', bytes, withSource);
        expectTotal(result, new TextDecoder().decode(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary UTF-8 text made of JSON punctuation and Chinese', () => {
    const unit = fc.constantFrom(...'{}[]:,"\\ \t\r\n0123456789-+.eEtrufalsn/\'，“”：山西\u0007\ufeff'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (text) => {
        expectTotal(loadReport('fuzz.json', new TextEncoder().encode(text), withSource), text.replace(/^\ufeff/, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('on any JSON value (fc.jsonValue), pretty-printed or not', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expectTotal(loadReport('fuzz.json', text, withSource), text);
      }),
      { numRuns: 1000 },
    );
  });

  it('on JSON text of anything fc.anything makes (odd keys such as __proto__ included)', () => {
    const text = fc
      .anything({ maxDepth: 4, withObjectString: true, withNullPrototype: true, withBoxedValues: true })
      .map((v) => {
        try {
          return JSON.stringify(v) ?? 'undefined';
        } catch {
          return String(typeof v);
        }
      });
    fc.assert(
      fc.property(text, (t) => expectTotal(loadReport('fuzz.json', t, withSource), t)),
      { numRuns: 1000 },
    );
  });

  it('on the minimal report with any value at any place (schema problems positioned in bounds)', () => {
    const base = JSON.parse(minimalText) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((c, i) => walk(c, [...path, i]));
      else if (node !== null && typeof node === 'object')
        for (const [k, c] of Object.entries(node)) walk(c, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue({ maxDepth: 3 }),
        (path, value) => {
          const copy = structuredClone(base) as Record<string | number, unknown>;
          let parent = copy;
          for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = value;
          const text = JSON.stringify(copy, null, 2);
          expectTotal(loadReport('fuzz.json', text, withSource), text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('on the minimal report with characters deleted, inserted or replaced', () => {
    const char = fc.oneof(
      fc.constantFrom(...'{}[]:,"\\ \n\r0-.eE'.split('')),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      // Lone surrogates too: text from a web page can carry them.
      fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
    );
    const edit = fc.record({ op: fc.constantFrom('delete', 'insert', 'replace'), at: fc.nat(), char });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, asBytes) => {
        let text = minimalText;
        for (const { op, at, char: c } of edits) {
          const i = at % (text.length + 1);
          if (op === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (op === 'insert') text = text.slice(0, i) + c + text.slice(i);
          else text = text.slice(0, i) + c + text.slice(i + 1);
        }
        if (asBytes) {
          const bytes = new TextEncoder().encode(text);
          expectTotal(loadReport('fuzz.json', bytes, withSource), new TextDecoder().decode(bytes));
        } else {
          expectTotal(loadReport('fuzz.json', text, withSource), text.replace(/^\ufeff/, ''));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
