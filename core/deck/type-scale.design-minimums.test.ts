/**
 * DESIGN.md "Look of the slides", measured on every compiled deck: every text block meets its
 * role's minimum (type-scale.ts) — titles ≥ 48 px, body text (list items, card texts, table
 * cells, paragraphs, KPI labels) ≥ 28 px, KPI numbers ≥ 72 px bold, statements ≥ 36 px bold,
 * captions, source lines and footers ≥ 18 px — on the bundled reports in every theme and on
 * generated reports up to the length limits, while every layout invariant of deck-checks.ts
 * (never overflow, never off the canvas, every figure on a slide) still holds. Where text does
 * not fit at those sizes it continues on the next slide, whole: nothing is shrunk below them and
 * no body text is cut.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import { LIMITS } from '../report/limits';
import type { Report } from '../report/schema';
import { blockString, deckProblems } from '../../tests/generators/deck-checks';
import { baseReport, project, task, textOf, valueFigure } from '../../tests/generators/edge-reports';
import { reportArbitrary, STRESS_KNOBS } from '../../tests/generators/report-arbitrary';
import { fuzzRuns, fuzzTimeout } from '../../tests/support/fuzz-runs';
import { compileDeck } from './compile';
import { TITLE_BAR_MIN_HEIGHT_PX } from './grid';
import {
  BODY_MIN_PX,
  CAPTION_MIN_PX,
  KPI_NUMBER_MAX_PX,
  KPI_NUMBER_MIN_PX,
  KPI_STATEMENT_MIN_PX,
  THEME_IDS,
  THEMES,
  TITLE_MAX_PX,
  TITLE_MIN_PX,
  type ThemeId,
} from './themes';
import { roledBlocks, roleMinPx } from './type-scale';
import type { Deck, Slide, TextElement } from './types';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
}

/**
 * Every block below its role's minimum, and every KPI figure not set bold (the deck is measured
 * with the bundled font's metrics, compileDeck's default).
 */
function typeScaleProblems(deck: Deck): string[] {
  const problems: string[] = [];
  for (const slide of deck.slides) {
    slide.elements.forEach((el, i) => {
      for (const { where, role, block } of roledBlocks(el, `${el.kind}#${i}`, deck.theme.sizes, notoSansScMetrics)) {
        if (block.lines.length === 0) continue;
        const min = roleMinPx(role, deck.theme.sizes);
        if (block.fontSizePx < min)
          problems.push(
            `${slide.id}: ${where} (${role}) ${block.fontSizePx} px < ${min} px: "${blockString(block).slice(0, 20)}"`,
          );
        if (role.startsWith('kpi-') && role !== 'kpi-label' && block.weight !== 'bold')
          problems.push(`${slide.id}: ${where} (${role}) is not bold`);
      }
    });
  }
  return problems;
}

const RUNS = fuzzRuns(100, 300);
const STRESS_RUNS = fuzzRuns(20, 60);
const theme = fc.constantFrom(...THEME_IDS);

describe('the theme minimums are DESIGN.md’s type scale', () => {
  test('the named constants', () => {
    expect(TITLE_MIN_PX).toBeGreaterThanOrEqual(48);
    expect(TITLE_MAX_PX).toBeLessThanOrEqual(56);
    expect(BODY_MIN_PX).toBeGreaterThanOrEqual(28);
    expect(KPI_NUMBER_MIN_PX).toBeGreaterThanOrEqual(72);
    expect(KPI_NUMBER_MAX_PX).toBeLessThanOrEqual(96);
    expect(CAPTION_MIN_PX).toBeGreaterThanOrEqual(18);
  });

  test.each(THEME_IDS)(
    '%s: titles 48–56, body ≥ 28, KPI numbers 72–96, statements ≥ 36 and never below body text, captions ≥ 18',
    (id) => {
      const s = THEMES[id].sizes;
      expect(s.titleMinPx).toBeGreaterThanOrEqual(48);
      expect(s.titleMaxPx).toBeLessThanOrEqual(56);
      expect(s.bodyMinPx).toBeGreaterThanOrEqual(28);
      expect(s.kpiValueMinPx).toBeGreaterThanOrEqual(72);
      expect(s.kpiValueMaxPx).toBeLessThanOrEqual(96);
      expect(s.kpiStatementMinPx).toBeGreaterThanOrEqual(KPI_STATEMENT_MIN_PX);
      expect(s.kpiStatementMinPx).toBeGreaterThanOrEqual(s.bodyMaxPx);
      expect(s.kpiLabelMaxPx).toBeGreaterThanOrEqual(s.bodyMinPx);
      expect(s.minPx).toBeGreaterThanOrEqual(18);
      expect(s.captionPx).toBeGreaterThanOrEqual(s.minPx);
    },
  );
});

describe('every text block meets its role’s minimum', () => {
  const shanxi = load('shanxi-2025');
  const china = load('china-2025');
  const cases = THEME_IDS.flatMap((id: ThemeId) => [
    { name: `shanxi-2025, ${id}`, report: shanxi, theme: id, compareWith: undefined },
    { name: `china-2025, ${id}`, report: china, theme: id, compareWith: undefined },
    { name: `shanxi-2025 compared with china-2025, ${id}`, report: shanxi, theme: id, compareWith: china },
  ]);

  test.each(cases)('bundled: $name', ({ report, theme: id, compareWith }) => {
    const deck = compileDeck(report, { theme: id, ...(compareWith ? { compareWith } : {}) });
    expect(typeScaleProblems(deck)).toEqual([]);
    expect(deckProblems(deck, report, compareWith ? { compareWith } : {})).toEqual([]);
  });

  test(
    `generated everyday reports, any theme, with or without a comparison (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          reportArbitrary(),
          fc.option(reportArbitrary(), { nil: undefined, freq: 3 }),
          theme,
          (report, other, id) => {
            const options = other ? { compareWith: other } : {};
            const deck = compileDeck(report, { theme: id, ...options });
            expect(typeScaleProblems(deck)).toEqual([]);
            expect(deckProblems(deck, report, options)).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 15),
  );

  // 2,000 characters is the generator's longest item (its figures are added to it); the named
  // test below takes single texts to the 4,000-character limit.
  test(
    `generated reports with 2,000-character items and 200-character labels and displays (${STRESS_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(reportArbitrary(STRESS_KNOBS), theme, (report, id) => {
          const deck = compileDeck(report, { theme: id });
          expect(typeScaleProblems(deck)).toEqual([]);
          expect(deckProblems(deck, report)).toEqual([]);
        }),
        { numRuns: STRESS_RUNS },
      );
    },
    fuzzTimeout(STRESS_RUNS, 400),
  );
});

describe('long texts continue at the body size, whole', () => {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const bodyText = (slides: Slide[]) =>
    squeeze(
      slides
        .flatMap((s) => s.elements)
        .flatMap((e) =>
          e.kind === 'list'
            ? e.items.map((it) => blockString(it.block))
            : e.kind === 'text' && e.role === 'body'
              ? [blockString(e)]
              : [],
        )
        .join(''),
    );

  test('a 4,000-character point, project text and work-area title: every character on a slide, nothing below 28 px', () => {
    const long = textOf(LIMITS.textChars, 3);
    const projectText = textOf(LIMITS.textChars, 4);
    const title = textOf(LIMITS.textChars, 5);
    const p = { ...project('p1', 1, [valueFigure(undefined, 45, '万人')]), text: `${projectText}45万人。` };
    p.source = p.text;
    const report = baseReport([
      { kind: 'projects', id: 'projects', title: '重点民生工程', year: 2025, projects: [p] },
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('t1', 1, [long], title)] },
    ]);
    const deck = compileDeck(report);
    expect(typeScaleProblems(deck)).toEqual([]);
    expect(deckProblems(deck, report)).toEqual([]);
    const taskSlides = deck.slides.filter((s) => s.kind === 'task');
    expect(taskSlides.length).toBeGreaterThan(1);
    expect(bodyText(taskSlides)).toContain(squeeze(long));
    const backup = deck.slides.filter((s) => s.kind === 'project-backup');
    expect(bodyText(backup)).toContain(squeeze(p.text));
    // The overview card of a 4,000-character title continues over slides of its own.
    expect(bodyText(deck.slides.filter((s) => s.kind === 'tasks-overview'))).toContain(squeeze(title));
  });

  test('a long title wraps at ≥ 48 px in a taller bar, and the body starts below it', () => {
    const title = '聚焦提供强大动力和制度保障，进一步全面深化改革扩大开放，加快构建高水平社会主义市场经济体制';
    const report = baseReport([
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('t1', 1, ['深化改革。'], title)] },
    ]);
    const slide = compileDeck(report).slides.find((s) => s.kind === 'task')!;
    const el = slide.elements.find((e): e is TextElement => e.kind === 'text' && e.role === 'title')!;
    expect(el.fontSizePx).toBeGreaterThanOrEqual(48);
    expect(el.lines.length).toBe(2);
    const bar = slide.elements.find((e) => e.kind === 'shape' && e.box.x === 0 && e.box.y === 0)!.box.h;
    expect(bar).toBeGreaterThan(TITLE_BAR_MIN_HEIGHT_PX);
    const list = slide.elements.find((e) => e.kind === 'list')!;
    expect(list.box.y).toBeGreaterThan(bar);
  });
});
