/**
 * A card grid that continues is balanced over its slides (balance.ts, gridPageSizes): the same
 * number of slides as filling each to the brim (never more); of those splits, grids at most one
 * row apart in height, the fewest empty grid cells (whole rows), then the most even.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../node/report-file';
import type { Report, Section } from '../report/schema';
import { deckProblems } from '../../tests/generators/deck-checks';
import { baseReport, project, target, task, theme, highlight, valueFigure } from '../../tests/generators/edge-reports';
import { evenPageSizes, gridPageSizes } from './balance';
import { compileDeck } from './compile';
import { cardColumns } from './grid';
import type { Element, Slide, SlideKind } from './types';

/** Cards on each slide of a kind (a card has one heading). */
function cardsPerSlide(slides: Slide[], kind: SlideKind): number[] {
  return slides
    .filter((s) => s.kind === kind)
    .map((s) => s.elements.filter((e) => e.kind === 'text' && e.role === 'heading').length);
}

function projectsReport(n: number): Report {
  const projects = Array.from({ length: n }, (_, i) =>
    project(`p${i + 1}`, i + 1, [valueFigure(undefined, i + 1, '个')]),
  );
  return baseReport([{ kind: 'projects', id: 'projects', title: '民生实事', year: 2025, projects }]);
}

describe('gridPageSizes: the rule', () => {
  test.each([
    [10, 2, [6, 4]], // not 9 + 1, nor 5 + 5 (two rows of 3 + 2)
    [11, 2, [6, 5]], // 9 + 2 is three rows then one
    [12, 2, [6, 6]],
    [13, 2, [7, 6]], // 9 + 4 leaves the continuation less than half as full; 7 is 4 + 3
    [14, 2, [8, 6]], // one empty cell, like 9 + 5, but more even
    [15, 2, [9, 6]], // whole rows; 8 + 7 leaves one and two cells empty
    [16, 2, [8, 8]],
    [17, 2, [9, 8]],
    [19, 3, [7, 6, 6]],
    [20, 3, [8, 6, 6]],
    [21, 3, [9, 6, 6]],
  ])('%i cards on %i slides of at most 9: %j', (total, pages, sizes) => {
    expect(gridPageSizes(total, pages, 9, cardColumns)).toEqual(sizes);
  });

  test('one row of at most 3 cards a slide: as even as possible', () => {
    expect(gridPageSizes(4, 2, 3, cardColumns)).toEqual([2, 2]);
    expect(gridPageSizes(7, 3, 3, cardColumns)).toEqual([3, 2, 2]);
  });

  test('any count: the sizes add up, fit the pages, and their grids are at most one row apart', () => {
    const rows = (n: number) => Math.ceil(n / cardColumns(n));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 8 }),
        (max, pages, spare) => {
          const total = Math.max(pages, pages * max - spare);
          const sizes = gridPageSizes(total, pages, max, cardColumns)!;
          expect(sizes).toHaveLength(pages);
          expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
          expect(Math.max(...sizes.map(rows)) - Math.min(...sizes.map(rows))).toBeLessThanOrEqual(1);
          expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('evenPageSizes: at most one apart, larger first', () => {
    expect(evenPageSizes(13, 2)).toEqual([7, 6]);
    expect(evenPageSizes(13, 3)).toEqual([5, 4, 4]);
  });
});

describe('card grids continued over slides', () => {
  test.each([
    [10, [6, 4]],
    [14, [8, 6]],
    [15, [9, 6]],
    [16, [8, 8]],
    [19, [7, 6, 6]],
    [20, [8, 6, 6]],
  ])('the overview of %i short projects: %j cards (as many slides as filling each, never more)', (n, split) => {
    const report = projectsReport(n);
    const deck = compileDeck(report);
    expect(cardsPerSlide(deck.slides, 'projects-overview')).toEqual(split);
    expect(split).toHaveLength(Math.ceil(n / 9));
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test('the tasks overview (heads on the left): 10 tasks make 6 + 4', () => {
    const tasks = Array.from({ length: 10 }, (_, i) => task(`t${i + 1}`, i + 1, ['扩大有效需求。']));
    const report = baseReport([{ kind: 'tasks', id: 'tasks', title: '重点工作', tasks }]);
    const deck = compileDeck(report);
    expect(cardsPerSlide(deck.slides, 'tasks-overview')).toEqual([6, 4]);
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test('the review overview (3 cards a slide under the summary): 4 themes make 2 + 2', () => {
    const themes = Array.from({ length: 4 }, (_, i) =>
      theme(`th${i}`, [highlight(`h${i}`, [valueFigure(`f${i}`, i + 1)])], [], `主题${i + 1}`),
    );
    const section: Section = { kind: 'review', id: 'review', title: '成绩单', year: 2024, themes };
    const report = baseReport([section]);
    const deck = compileDeck(report);
    expect(cardsPerSlide(deck.slides, 'review-overview')).toEqual([2, 2]);
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test.each([
    [10, [6, 4]],
    [12, [6, 6]],
    [13, [7, 6]], // 9 + 4 left the continuation less than half as full
    [19, [7, 6, 6]],
  ])('%i short targets (KPI cards): %j, not filled to the brim', (n, split) => {
    const targets = Array.from({ length: n }, (_, i) => target(`t${i + 1}`, `指标${i + 1}`, `${i + 1}%`, i + 1));
    const report = baseReport([{ kind: 'targets', id: 'targets', title: '主要预期目标', year: 2025, targets }]);
    const deck = compileDeck(report);
    expect(
      deck.slides.filter((s) => s.kind === 'targets').map((s) => s.elements.filter((e) => e.kind === 'kpi').length),
    ).toEqual(split);
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test('Shanxi: at the body size (≥ 28 px) a three-row grid holds none of the 15 projects’ cards, so the overview is 6 + 6 + 3 (whole rows)', () => {
    const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
    if (!r.ok) throw new Error('shanxi-2025 does not load');
    expect(cardsPerSlide(compileDeck(r.report).slides, 'projects-overview')).toEqual([6, 6, 3]);
  });
});

describe('a continued KPI set is balanced over the grids its cards are actually set in', () => {
  const kpisPerSlide = (slides: Slide[]) =>
    slides.filter((s) => s.kind === 'targets').map((s) => s.elements.filter((e) => e.kind === 'kpi'));
  /** Columns of a slide's grid: its cards' distinct left edges. */
  const columnsOf = (kpis: Element[]) => new Set(kpis.map((k) => Math.round(k.box.x))).size;

  test('9 targets too wide for three columns make 5 + 4 in two columns (not 6 + 3, planned for three columns, with a cell of the second grid empty)', () => {
    // "1200万人以上" does not fit a third of the body on one line at 72 px: two columns.
    const targets = Array.from({ length: 9 }, (_, i) => target(`t${i + 1}`, `指标${i + 1}`, `${1200 + i}万人以上`));
    const report = baseReport([{ kind: 'targets', id: 'targets', title: '主要预期目标', year: 2025, targets }]);
    const deck = compileDeck(report);
    const pages = kpisPerSlide(deck.slides);
    expect(pages.map((p) => p.length)).toEqual([5, 4]);
    expect(pages.map(columnsOf)).toEqual([2, 2]);
    expect(deckProblems(deck, report)).toEqual([]);
  });

  test('China’s 9 targets: 5 + 4 in two columns (were 6 + 3)', () => {
    const r = loadReportFile(fileURLToPath(new URL('../../data/reports/china-2025.json', import.meta.url)));
    if (!r.ok) throw new Error('china-2025 does not load');
    const deck = compileDeck(r.report);
    const pages = kpisPerSlide(deck.slides);
    expect(pages.map((p) => p.length)).toEqual([5, 4]);
    expect(pages.map(columnsOf)).toEqual([2, 2]);
    expect(deckProblems(deck, r.report)).toEqual([]);
  });

  test('cards that fit the standard grid keep its plan: Shanxi’s 9 targets stay 6 + 3 in three columns', () => {
    const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
    if (!r.ok) throw new Error('shanxi-2025 does not load');
    const pages = kpisPerSlide(compileDeck(r.report).slides);
    expect(pages.map((p) => p.length)).toEqual([6, 3]);
    expect(pages.map(columnsOf)).toEqual([3, 3]);
  });
});
