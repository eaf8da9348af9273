/**
 * Validation accepts what real reports contain: a county or district government's report
 * (`"level": "county"` / `"district"`), and a donut whose shares add up to a little over 100 %
 * because the report rounded each to one decimal (100 ± 0.2 → a warning, drawn as 100 %); beyond
 * that tolerance the shares are still refused.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { compileDeck } from '../deck/compile';
import { checkMeaning, DONUT_ROUNDING_TOLERANCE_PERCENT } from './checks';
import { loadReport } from './load';
import type { Report } from './schema';

const bundled = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)), 'utf8');

describe('level: county and district reports load', () => {
  for (const name of ['china-2025', 'shanxi-2025'])
    for (const level of ['county', 'district'])
      test(`${name} as a ${level} report`, () => {
        const json = JSON.parse(bundled(name)) as Record<string, unknown>;
        json['level'] = level;
        const result = loadReport(`${name}.json`, JSON.stringify(json), { provenance: 'warning' });
        expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([]);
      });

  test('an unknown level is still refused', () => {
    const json = JSON.parse(bundled('shanxi-2025')) as Record<string, unknown>;
    json['level'] = 'village';
    expect(loadReport('x.json', JSON.stringify(json), { provenance: 'warning' }).ok).toBe(false);
  });
});

/** The bundled donut (one share, 49.7 %) with its share changed to `value`. */
function shanxiWithShare(value: number) {
  const text = bundled('shanxi-2025').replace(
    /("id": "new-energy-capacity-share",[^}]*"display": )"49\.7%",(\s*)"value": 49\.7/,
    `$1"${value}%",$2"value": ${value}`,
  );
  expect(text).toContain(`"value": ${value}`);
  return loadReport('shanxi-2025.json', text, { provenance: 'warning' });
}

describe('donut shares: 100 ± 0.2 is rounding, accepted with a note', () => {
  test('bundled donut at 100.1 %: loads, with a chart-share-rounded warning at the chart', () => {
    const result = shanxiWithShare(100.1);
    expect(result.ok).toBe(true);
    const note = result.warnings.find((w) => w.code === 'chart-share-rounded');
    expect(note?.path).toMatch(/charts/);
    expect(note?.line).toBeGreaterThan(1);
    expect(note?.message.zh).toContain('100.1%');
  });

  test('bundled donut at 100.3 %: refused as chart-bad-share', () => {
    const result = shanxiWithShare(100.3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.code)).toContain('chart-bad-share');
  });

  test('bundled donut at exactly 100 %: no note', () => {
    const result = shanxiWithShare(100);
    expect(result.ok && result.warnings.map((w) => w.code)).not.toContain('chart-share-rounded');
  });

  /** Every donut of the report with its first share raised so the shares add up to 100 + excess. */
  function withExcess(report: Report, excess: number): Report {
    const copy = structuredClone(report);
    for (const s of copy.sections) {
      if (s.kind !== 'review') continue;
      for (const t of s.themes)
        for (const c of t.charts ?? []) {
          if (c.kind !== 'donut') continue;
          const figures = t.highlights.flatMap((h) => h.figures);
          const used = c.figureIds.map((id) => figures.find((f) => f.id === id)!);
          const others = used.slice(1).reduce((a, f) => a + (f.value ?? 0), 0);
          const first = used[0]!;
          first.value = Math.round((100 + excess - others) * 1000) / 1000;
          first.display = `${first.value}%`;
        }
    }
    return copy;
  }

  const hasDonut = (r: Report) =>
    r.sections.some(
      (s) => s.kind === 'review' && s.themes.some((t) => (t.charts ?? []).some((c) => c.kind === 'donut')),
    );
  const chartKinds = (r: Report) =>
    checkMeaning(r)
      .map((f) => f.kind)
      .filter((k) => k.startsWith('chart-'));

  test('generated reports: an excess within the tolerance is a note, and the deck still compiles', () => {
    fc.assert(
      fc.property(
        reportArbitrary().filter(hasDonut),
        fc.integer({ min: 1, max: DONUT_ROUNDING_TOLERANCE_PERCENT * 1000 }),
        (report, milli) => {
          const r = withExcess(report, milli / 1000);
          const kinds = chartKinds(r);
          expect(kinds).not.toContain('chart-bad-share');
          expect(kinds).toContain('chart-share-rounded');
          expect(compileDeck(r).slides.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 120 },
    );
  });

  test('generated reports: an excess beyond the tolerance is refused', () => {
    fc.assert(
      fc.property(reportArbitrary().filter(hasDonut), fc.integer({ min: 201, max: 5000 }), (report, milli) => {
        expect(chartKinds(withExcess(report, milli / 1000))).toContain('chart-bad-share');
      }),
      { numRuns: 100 },
    );
  });
});
