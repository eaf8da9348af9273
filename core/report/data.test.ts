/**
 * The bundled reports (data/reports/*.json) against their sources: they validate cleanly, and
 * the Shanxi digest is complete — every target line, every number of the 2024 review, all 15
 * projects and 7 tasks — so a deck made from it leaves nothing of the digest out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReportFile } from '../node/report-file';
import { normaliseForMatch } from './provenance';
import type { Report, Section, SectionKind } from './schema';

const REPORTS_DIR = fileURLToPath(new URL('../../data/reports/', import.meta.url));
const SHANXI_SOURCE = fileURLToPath(new URL('../../data/sources/shanxi-2025.txt', import.meta.url));

function load(name: string): Report {
  const result = loadReportFile(REPORTS_DIR + name, { provenance: 'error' });
  if (!result.ok)
    throw new Error(`${name} does not load: ${result.errors.map((e) => `${e.line}:${e.column} ${e.code}`).join('; ')}`);
  return result.report;
}

function section<K extends SectionKind>(report: Report, kind: K): Extract<Section, { kind: K }> {
  const found = report.sections.filter((s): s is Extract<Section, { kind: K }> => s.kind === kind);
  expect(found, `${report.id} has one ${kind} section`).toHaveLength(1);
  return found[0]!;
}

/** The text between two markers (their first occurrences), markers excluded unless asked for. */
function between(text: string, start: string, end: string, inclusive = false): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers "${start}" … "${end}" not found in the source`);
  return inclusive ? text.slice(from, to + end.length) : text.slice(from + start.length, to);
}

const numbersIn = (s: string) => normaliseForMatch(s).match(/\d+(?:\.\d+)?/g) ?? [];

describe('every bundled report', () => {
  const files = readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.json'));

  it('is one of the two known reports (add a test for a new one)', () => {
    expect(files.sort()).toEqual(['china-2025.json', 'shanxi-2025.json']);
  });

  it.each(files)('%s validates with zero errors and zero warnings (provenance as errors)', (file) => {
    const result = loadReportFile(REPORTS_DIR + file, { provenance: 'error' });
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message.en}`)).toEqual([]);
    expect(result.warnings.map((w) => `${w.line}:${w.column} ${w.code} ${w.message.en}`)).toEqual([]);
    expect(result.ok && result.sourceText !== undefined).toBe(true);
  });
});

describe('Shanxi 2025 (data/reports/shanxi-2025.json)', () => {
  const report = load('shanxi-2025.json');
  const source = readFileSync(SHANXI_SOURCE, 'utf8');

  it('has the 15 livelihood projects, numbered 1 to 15', () => {
    const { projects } = section(report, 'projects');
    expect(projects.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('has the 7 key work areas, numbered 1 to 7', () => {
    const { tasks } = section(report, 'tasks');
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  describe('targets: every line of the digest’s 主要预期目标 block is a target', () => {
    // The block runs from the heading to the next heading. The PDF extraction breaks a long line
    // with a blank line ("社会消费品零售总额增长\n\n5%以上"): a blank line joins, a line break separates.
    const block = between(source, '主要预期目标', '政府工作报告解读').trim();
    const statements = block
      .split(/\n[ \t]*\n/)
      .join('')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const { targets } = section(report, 'targets');
    const stated = new Set(
      targets.flatMap((t) => [t.statement, t.source, ...(t.note ? [t.note.source] : [])]).map(normaliseForMatch),
    );

    it('the block reads as the 10 statements of the digest, broken lines rejoined', () => {
      expect(statements).toHaveLength(10);
      expect(statements).toContain('社会消费品零售总额增长5%以上');
      expect(statements).toContain('不折不扣完成国家下达的约束性指标任务');
      expect(statements).toContain('社会消费品零售总额增长5%');
    });

    it.each(statements)('"%s" is the statement or source of a target, or the source of its note', (line) => {
      expect(stated.has(normaliseForMatch(line))).toBe(true);
    });

    it('the retail-sales target is stated twice in the digest, and both wordings stay visible', () => {
      const withNote = targets.filter(
        (t) => t.note && normaliseForMatch(t.note.source).includes('社会消费品零售总额增长5%'),
      );
      expect(withNote.map((t) => t.key)).toEqual(['retail-sales']);
      const retail = withNote[0]!;
      expect(normaliseForMatch(retail.statement)).toBe('社会消费品零售总额增长5%以上');
      expect(normaliseForMatch(retail.note!.source)).not.toBe(normaliseForMatch(retail.source));
    });
  });

  describe('review: every number of the digest’s 2024 section is a figure', () => {
    // Whitespace removed first: the PDF extraction breaks lines anywhere ("15件民生\n实事").
    const text = between(normaliseForMatch(source), '刚刚过去的', '15件民生实事全部兑现', true);

    /**
     * Numbers that are names, not figures, each with the words around it. Only these exact
     * occurrences are skipped: a new number in the text, or one of these in another place, fails.
     */
    const NAMES = [
      { context: '刚刚过去的2024年', number: '2024', why: 'the year under review' },
      { context: 'T1000', number: '1000', why: 'carbon-fibre grade' },
      { context: 'T800', number: '800', why: 'carbon-fibre grade' },
      { context: '8英寸', number: '8', why: 'wafer size of a product' },
      { context: 'PM2.5', number: '2.5', why: 'pollutant name' },
      { context: 'PM10', number: '10', why: 'pollutant name' },
    ];

    const occurrences = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({ number: m[0], index: m.index }));
    const isName = (o: { number: string; index: number }) =>
      NAMES.some(({ context, number }) => {
        const start = o.index - context.indexOf(number);
        return number === o.number && text.startsWith(context, start);
      });
    const figures = section(report, 'review').themes.flatMap((t) => t.highlights.flatMap((h) => h.figures));
    const displayed = new Set(figures.flatMap((f) => numbersIn(f.display)));

    it('the section is found and has its numbers', () => {
      expect(text.startsWith('刚刚过去的2024年')).toBe(true);
      expect(occurrences.length).toBeGreaterThan(30);
    });

    it('every name on the allow-list occurs exactly once, in its context', () => {
      for (const { context, number } of NAMES) {
        expect(text.split(context).length - 1, context).toBe(1);
        expect(
          occurrences.filter((o) => isName(o) && o.number === number),
          context,
        ).toHaveLength(1);
      }
    });

    it.each(
      occurrences
        .filter((o) => !isName(o))
        .map((o) => [o.number, text.slice(Math.max(0, o.index - 8), o.index + o.number.length + 6)]),
    )('%s (…%s…) appears in a figure display of the review', (number) => {
      expect(displayed.has(number)).toBe(true);
    });
  });

  it('every project figure display is in the project’s source', () => {
    const missing = section(report, 'projects').projects.flatMap((p) =>
      p.figures
        .filter((f) => !normaliseForMatch(p.source).includes(normaliseForMatch(f.display)))
        .map((f) => `${p.number}: ${f.display}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('China 2025 (data/reports/china-2025.json)', () => {
  const china = load('china-2025.json');
  const shanxi = load('shanxi-2025.json');

  it('has the 9 main targets', () => {
    expect(section(china, 'targets').targets).toHaveLength(9);
  });

  it.each(['gdp', 'unemployment', 'new-urban-jobs', 'cpi', 'household-income'])(
    'target key "%s" is in both reports, so the two can be compared',
    (key) => {
      expect(section(china, 'targets').targets.map((t) => t.key)).toContain(key);
      expect(section(shanxi, 'targets').targets.map((t) => t.key)).toContain(key);
    },
  );
});
