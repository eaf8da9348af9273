/**
 * The report generators of tests/generators are right: the arbitrary yields schema-valid reports
 * whose ids are unique, whose charts refer to figures with values of their own theme and whose
 * donut shares sum to ≤ 100; the large report hits its slide and character targets.
 * (The deck tests rely on this: a wrong generator would test nothing.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasGlyph } from '../fonts/metrics';
import { checkMeaning } from '../report/checks';
import { loadReport } from '../report/load';
import { checkProvenance } from '../report/provenance';
import { type Figure, type Report, ReportSchema } from '../report/schema';
import { blockString, slideBlocks } from '../../tests/generators/deck-checks';
import { edgeReports } from '../../tests/generators/edge-reports';
import {
  cjkCharacterPool,
  donutShares,
  generateLargeReport,
  reportArbitrary,
  STRESS_KNOBS,
} from '../../tests/generators/report-arbitrary';
import { compileDeck } from './compile';
import type { Deck } from './types';

/** Every `id` in the report (sections, themes, highlights, figures, charts, projects, tasks). */
function allIds(report: Report): string[] {
  const ids: string[] = [];
  const visit = (node: unknown, top: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, false));
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (!top && typeof o.id === 'string') ids.push(o.id);
    for (const [k, v] of Object.entries(o)) if (k !== 'figureIds') visit(v, false);
  };
  visit(report, true);
  return ids;
}

/** The chart rules, stated directly (not through checkMeaning). */
function chartProblems(report: Report): string[] {
  const problems: string[] = [];
  for (const s of report.sections) {
    if (s.kind !== 'review') continue;
    for (const t of s.themes) {
      const figures = new Map<string, Figure>();
      for (const h of t.highlights) for (const f of h.figures) if (f.id) figures.set(f.id, f);
      for (const c of t.charts ?? []) {
        const used = c.figureIds.map((id) => figures.get(id));
        if (used.some((f) => !f)) problems.push(`${c.id}: refers to a figure outside theme ${t.id}`);
        if (c.kind !== 'kpi' && used.some((f) => f && f.value === undefined))
          problems.push(`${c.id}: a figure without a value`);
        if (c.kind === 'donut') {
          const sum = used.reduce((a, f) => a + (f?.value ?? 0), 0);
          if (!(sum > 0 && sum <= 100)) problems.push(`${c.id}: shares sum to ${sum}`);
          if (used.some((f) => (f?.value ?? 0) < 0)) problems.push(`${c.id}: a negative share`);
        }
      }
    }
  }
  return problems;
}

/** Loader findings the generator may produce on purpose: empty sections, and negative values
 * (the loader's value check reads "-3.2%" as 3.2, so it cannot accept any negative value). */
function unexpectedFindings(report: Report) {
  return checkMeaning(report).filter(
    (f) => f.kind !== 'empty-section' && !(f.kind === 'value-not-in-display' && f.value < 0),
  );
}

describe('reportArbitrary', () => {
  test.each([
    ['everyday', {}],
    ['stress', STRESS_KNOBS],
  ] as const)('%s reports are schema-valid, ids unique, charts and quotes consistent', (_, knobs) => {
    fc.assert(
      fc.property(reportArbitrary(knobs), (report) => {
        const parsed = ReportSchema.safeParse(report);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
        const ids = allIds(report);
        expect(new Set(ids).size).toBe(ids.length);
        expect(chartProblems(report)).toEqual([]);
        expect(unexpectedFindings(report)).toEqual([]);
        expect(checkProvenance(report, report.source.text ?? '')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('reports without negative values load cleanly through loadReport (schema, meaning, provenance)', () => {
    const nonNegative = reportArbitrary().filter((r) => !JSON.stringify(r).includes('"value":-'));
    fc.assert(
      fc.property(nonNegative, (report) => {
        const result = loadReport('generated.json', JSON.stringify(report));
        expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.slice(0, 2))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test('the size knobs bound the texts and the lists', () => {
    const knobs = { maxSections: 2, maxItems: 2, maxTextChars: 40, maxLabelChars: 10 };
    fc.assert(
      fc.property(reportArbitrary(knobs), (report) => {
        expect(report.sections.length).toBeLessThanOrEqual(2);
        expect(report.title.length).toBeLessThanOrEqual(10);
        expect(report.summary.text.length).toBeLessThanOrEqual(40);
        for (const s of report.sections) {
          if (s.kind === 'tasks')
            for (const t of s.tasks)
              for (const g of t.groups) for (const p of g.points) expect(p.text.length).toBeLessThanOrEqual(40);
          if (s.kind === 'projects') expect(s.projects.length).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('scripts: Latin-only reports hold no CJK, emoji reports hold emoji', () => {
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/u;
    for (const r of fc.sample(reportArbitrary({ scripts: ['latin'] }), { numRuns: 50, seed: 7 })) {
      const { source: _source, ...rest } = r;
      expect(JSON.stringify(rest)).not.toMatch(cjk);
    }
    const emoji = fc.sample(reportArbitrary({ scripts: ['emoji'] }), { numRuns: 50, seed: 7 });
    expect(emoji.some((r) => /\p{Extended_Pictographic}/u.test(JSON.stringify(r)))).toBe(true);
  });

  test('donut shares: ≤ 100, or exactly 100 when asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (tenths, exact) => {
          const shares = donutShares(tenths, exact);
          const sum = shares.reduce((a, b) => a + b, 0);
          expect(shares).toHaveLength(tenths.length);
          expect(shares.every((s) => s > 0)).toBe(true);
          if (exact) expect(sum).toBe(100);
          else expect(sum).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('edge-case reports', () => {
  test.each(edgeReports())('$name is schema-valid with unique ids', ({ report, meaningInvalid }) => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const ids = allIds(report);
    expect(new Set(ids).size).toBe(ids.length);
    if (meaningInvalid) return;
    expect(chartProblems(report)).toEqual([]);
    expect(unexpectedFindings(report)).toEqual([]);
  });
});

describe('generateLargeReport', () => {
  const options = { slidesTarget: 300, distinctChars: 3800, seed: 2025 };
  let report: Report;
  let deck: Deck;
  beforeAll(() => {
    report = generateLargeReport(options);
    deck = compileDeck(report);
  });

  test('is deterministic and valid', () => {
    expect(generateLargeReport(options)).toEqual(report);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(checkMeaning(report)).toEqual([]);
    expect(checkProvenance(report, report.source.text ?? '')).toEqual([]);
  });

  test('compiles to about 300 slides, with a backup slide per project', () => {
    expect(Math.abs(deck.slides.length - 300)).toBeLessThanOrEqual(9);
    const projects = report.sections.flatMap((s) => (s.kind === 'projects' ? s.projects : []));
    expect(deck.slides.filter((s) => s.hidden)).toHaveLength(projects.length);
  });

  test('its slides use about 3,800 distinct CJK characters, all drawn by the font', () => {
    const used = new Set<string>();
    for (const slide of deck.slides)
      for (const b of slideBlocks(slide))
        for (const ch of blockString(b.block)) if (/[\u4e00-\u9fa5]/u.test(ch)) used.add(ch);
    // The pool's 3,800, plus the few the deck and the generator add ("目录", "民生实事", …).
    expect(used.size).toBeGreaterThanOrEqual(3800);
    expect(used.size).toBeLessThanOrEqual(3900);
    for (const ch of used)
      expect(hasGlyph(ch.codePointAt(0)!, 'regular') && hasGlyph(ch.codePointAt(0)!, 'bold'), ch).toBe(true);
  });

  test('the character pool: distinct ideographs with glyphs, seeded', () => {
    const pool = cjkCharacterPool(3800, 1);
    expect(new Set(pool).size).toBe(3800);
    expect(pool.every((ch) => /^[\u4e00-\u9fa5]$/u.test(ch))).toBe(true);
    expect(cjkCharacterPool(3800, 1)).toEqual(pool);
    expect(cjkCharacterPool(3800, 2)).not.toEqual(pool);
  });

  test('scales: 100 slides with 1,000 characters; another seed, another report', () => {
    const small = (seed: number) => generateLargeReport({ slidesTarget: 100, distinctChars: 1000, seed });
    const one = small(1);
    expect(Math.abs(compileDeck(one).slides.length - 100)).toBeLessThanOrEqual(3);
    expect(JSON.stringify(small(7))).not.toBe(JSON.stringify(one));
  });
});
