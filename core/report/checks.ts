/**
 * Checks of meaning that a schema cannot express: unique ids, charts that refer to real figures,
 * machine values that agree with the report's wording. Each returns findings with JSON pointers;
 * the loader positions and words them.
 */
import { collectQuotesAndFigures, normaliseForMatch } from './provenance';
import type { Chart, Figure, Report } from './schema';

export type MeaningFinding =
  | { kind: 'duplicate-id'; pointer: string; id: string; firstPointer: string }
  | { kind: 'duplicate-key'; pointer: string; key: string; firstPointer: string }
  | { kind: 'chart-figure-missing'; pointer: string; figureId: string }
  | { kind: 'chart-figure-no-value'; pointer: string; figureId: string }
  | { kind: 'chart-bad-share'; pointer: string; total: number }
  | { kind: 'chart-share-rounded'; pointer: string; total: number }
  | { kind: 'value-not-in-display'; pointer: string; value: number; display: string }
  | { kind: 'bound-mismatch'; pointer: string; display: string; bound: string; suggested: string }
  | { kind: 'empty-section'; pointer: string; title: string };

/** How far over 100 % a donut's shares may add up from rounding and still be drawn (as 100 %). */
export const DONUT_ROUNDING_TOLERANCE_PERCENT = 0.2;
/** Summing decimal shares in binary floating point is off by up to ~1e-13: not a rounding excess. */
const FLOAT_SUM_EPSILON = 1e-9;

/** Words in a display that imply a bound; the first match wins. */
const BOUND_WORDS: { pattern: RegExp; bound: Figure['bound'] }[] = [
  { pattern: /正增长/, bound: 'positive' },
  { pattern: /以上|超过|多|余|不低于|至少/, bound: 'atLeast' },
  { pattern: /以内|以下|不超过|不高于/, bound: 'atMost' },
  { pattern: /左右|约|近|大约/, bound: 'about' },
];

/** "1,599" / "1599" / "１５９９" all count as the value 1599 written in the display. */
function displayHasValue(display: string, value: number): boolean {
  const digits = normaliseForMatch(display).replace(/(?<=\d),(?=\d{3})/g, '');
  const numbers = digits.match(/\d+(?:\.\d+)?/g) ?? [];
  // A fall is often worded without a sign ("下降3.2%"): the digits must match the magnitude.
  return numbers.some((n) => Number(n) === Math.abs(value));
}

function chartsOf(report: Report): { pointer: string; chart: Chart; scope: Figure[] }[] {
  const out: { pointer: string; chart: Chart; scope: Figure[] }[] = [];
  report.sections.forEach((section, s) => {
    switch (section.kind) {
      case 'targets':
        (section.charts ?? []).forEach((chart, c) =>
          out.push({ pointer: `/sections/${s}/charts/${c}`, chart, scope: section.targets.map((t) => t.figure) }),
        );
        break;
      case 'review':
        section.themes.forEach((theme, t) =>
          (theme.charts ?? []).forEach((chart, c) =>
            out.push({
              pointer: `/sections/${s}/themes/${t}/charts/${c}`,
              chart,
              scope: theme.highlights.flatMap((h) => h.figures),
            }),
          ),
        );
        break;
      case 'projects':
      case 'tasks':
        break;
      default: {
        const never: never = section;
        return never;
      }
    }
  });
  return out;
}

function sectionItemCount(section: Report['sections'][number]): number {
  switch (section.kind) {
    case 'targets':
      return section.targets.length;
    case 'review':
      return section.themes.length;
    case 'projects':
      return section.projects.length;
    case 'tasks':
      return section.tasks.length;
  }
}

export function checkMeaning(report: Report): MeaningFinding[] {
  const findings: MeaningFinding[] = [];

  // Ids are unique across the report: slides, briefings and charts refer to them.
  const ids = new Map<string, string>();
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((c, i) => visit(c, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.id === 'string' && pointer !== '') {
      const first = ids.get(obj.id);
      if (first !== undefined)
        findings.push({ kind: 'duplicate-id', pointer: `${pointer}/id`, id: obj.id, firstPointer: first });
      else ids.set(obj.id, `${pointer}/id`);
    }
    for (const [k, c] of Object.entries(obj)) if (k !== 'figureIds') visit(c, `${pointer}/${k}`);
  };
  visit(report, '');

  report.sections.forEach((section, s) => {
    if (sectionItemCount(section) === 0)
      findings.push({ kind: 'empty-section', pointer: `/sections/${s}`, title: section.title });
    if (section.kind !== 'targets') return;
    const keys = new Map<string, string>();
    section.targets.forEach((t, i) => {
      const p = `/sections/${s}/targets/${i}/key`;
      const first = keys.get(t.key);
      if (first !== undefined) findings.push({ kind: 'duplicate-key', pointer: p, key: t.key, firstPointer: first });
      else keys.set(t.key, p);
    });
  });

  for (const { pointer, chart, scope } of chartsOf(report)) {
    const byId = new Map(scope.filter((f) => f.id).map((f) => [f.id!, f]));
    let total = 0;
    chart.figureIds.forEach((fid, i) => {
      const fig = byId.get(fid);
      const p = `${pointer}/figureIds/${i}`;
      if (!fig) findings.push({ kind: 'chart-figure-missing', pointer: p, figureId: fid });
      else if (chart.kind !== 'kpi' && fig.value === undefined)
        findings.push({ kind: 'chart-figure-no-value', pointer: p, figureId: fid });
      else total += fig.value ?? 0;
    });
    if (chart.kind === 'donut') {
      // Shares rounded to one decimal by the report may add up to a little over 100.
      if (total <= 0 || total > 100 + DONUT_ROUNDING_TOLERANCE_PERCENT + FLOAT_SUM_EPSILON)
        findings.push({ kind: 'chart-bad-share', pointer, total });
      else if (total > 100 + FLOAT_SUM_EPSILON) findings.push({ kind: 'chart-share-rounded', pointer, total });
    }
  }

  for (const { pointer, figure } of collectQuotesAndFigures(report).figures) {
    if (figure.value !== undefined && !displayHasValue(figure.display, figure.value)) {
      findings.push({
        kind: 'value-not-in-display',
        pointer: `${pointer}/value`,
        value: figure.value,
        display: figure.display,
      });
    }
    const implied = BOUND_WORDS.find((w) => w.pattern.test(figure.display))?.bound;
    if (implied && implied !== figure.bound && figure.bound !== 'qualitative') {
      findings.push({
        kind: 'bound-mismatch',
        pointer: `${pointer}/bound`,
        display: figure.display,
        bound: figure.bound,
        suggested: implied,
      });
    }
  }
  return findings;
}
