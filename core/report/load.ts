/**
 * loadReport: bytes (or text) of a report file → a validated Report, or positioned problems.
 * Pure and total: it never throws, on any input. Reading files is the caller's business; the
 * source text a report names is read through `readSource`, passed in (Node: fs; web: bundled).
 */
import { checkMeaning } from './checks';
import { decodeReportBytes } from './decode';
import { meaningProblem, provenanceProblem } from './finding-messages';
import { parseJsonWithPositions } from './json-positions';
import { readSourceText, type SourceRead } from './load-source';
import type { Problem, Severity } from './problems';
import { problem, sortProblems } from './problems';
import { LIMITS } from './limits';
import { checkProvenance } from './provenance';
import { ReportSchema, type Report } from './schema';
import { positionFor, problemCount, schemaIssueToProblem } from './schema-problems';
import { syntaxProblem } from './syntax-messages';

// The loader's parts, for callers that import them from here (briefing/load.ts, tests).
export { syntaxProblem } from './syntax-messages';
export type { SourceRead } from './load-source';

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
  | {
      ok: false;
      /** The first MAX_PROBLEMS errors, by position. */
      errors: Problem[];
      warnings: Problem[];
      /** How many errors were found in all, when more than `errors` lists ("first 100 of N"). */
      errorsTotal?: number;
    };

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
    const issues = result.error.issues;
    const total = issues.reduce((n, issue) => n + problemCount(issue), 0);
    const errors = issues.flatMap((issue) =>
      schemaIssueToProblem(file, parsed.value, parsed.positions, issue, MAX_PROBLEMS),
    );
    return capped(sortProblems(errors), total, warnings);
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

  const sourceText = readSourceText(file, report, parsed.positions, options.readSource, errors, warnings);
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

  if (errors.length > 0)
    return capped(sortProblems(errors), errors.length, sortProblems(warnings).slice(0, MAX_PROBLEMS));
  return { ok: true, report, sourceText, warnings: sortProblems(warnings).slice(0, MAX_PROBLEMS) };
}

/** The first MAX_PROBLEMS errors (sorted), and how many there were when that is not all. */
function capped(sorted: Problem[], total: number, warnings: Problem[]): LoadResult {
  const errors = sorted.slice(0, MAX_PROBLEMS);
  return total > errors.length ? { ok: false, errors, warnings, errorsTotal: total } : { ok: false, errors, warnings };
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
