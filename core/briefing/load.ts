/**
 * Loading a `.govbrief.json` briefing file: the same strict JSON parser and positioned,
 * bilingual messages as reports, so a malformed briefing says file:line:column and nothing else
 * is touched.
 */
import { safeFileStem } from '../export/names';
import { decodeReportBytes } from '../report/decode';
import { parseJsonWithPositions } from '../report/json-positions';
import { syntaxProblem } from '../report/load';
import { problem, type Problem, sortProblems } from '../report/problems';
import { schemaIssueToProblem } from '../report/schema-problems';
import { type Briefing, BriefingSchema } from './schema';

export type BriefingLoad = { ok: true; briefing: Briefing } | { ok: false; errors: Problem[] };

export function loadBriefing(file: string, content: Uint8Array | string): BriefingLoad {
  try {
    const decoded = decodeReportBytes(file, content);
    if (!decoded.ok) return { ok: false, errors: decoded.errors };
    const parsed = parseJsonWithPositions(decoded.text);
    if (!parsed.ok) return { ok: false, errors: [syntaxProblem(file, parsed.error)] };
    const result = BriefingSchema.safeParse(parsed.value);
    if (!result.success) {
      return {
        ok: false,
        errors: sortProblems(
          result.error.issues.flatMap((i) => schemaIssueToProblem(file, parsed.value, parsed.positions, i)),
        ).slice(0, 100),
      };
    }
    return { ok: true, briefing: result.data };
  } catch (e) {
    return {
      ok: false,
      errors: [
        problem(
          'error',
          'file-unreadable',
          file,
          { line: 1, column: 1 },
          '',
          { zh: `无法读取演示方案：${String(e)}`, en: `Cannot read the briefing: ${String(e)}` },
          { zh: '请将此文件发给开发人员。', en: 'Please send this file to the developers.' },
        ),
      ],
    };
  }
}

export function briefingFileText(briefing: Briefing): string {
  return JSON.stringify(briefing, null, 2) + '\n';
}

export const BRIEFING_EXTENSION = '.govbrief.json';

/** "2025年山西省政府工作报告解读.govbrief.json": the deck title, safe on every system. */
export function briefingFileName(title: string): string {
  return `${safeFileStem(title)}${BRIEFING_EXTENSION}`;
}
