/**
 * Regression tests for the layout bugs the deck properties found (each fixed in core/deck, see
 * the comment at the fix), and self-tests of the invariant checker: it must catch what it claims
 * to catch, or the properties would pass vacuously.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import type { Section } from '../report/schema';
import { blockString, deckProblems, lineString } from '../../tests/generators/deck-checks';
import { baseReport, highlight, target, task, textOf, theme, valueFigure } from '../../tests/generators/edge-reports';
import { fitBlock } from './blocks';
import { compileDeck } from './compile';
import { titleStyle } from './frame';
import { TITLE_BAR_MIN_HEIGHT_PX, TITLE_PADDING_PX } from './grid';
import { measureText } from './text/measure';
import { wrapTextRanges } from './text/wrap';
import { THEMES } from './themes';
import type { Deck, Element, Slide } from './types';

const shanxiResult = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
if (!shanxiResult.ok) throw new Error('shanxi-2025 does not load');
const shanxi = shanxiResult.report;

const titleBar = (slide: Slide) =>
  slide.elements.find((e) => e.kind === 'shape' && e.box.x === 0 && e.box.y === 0)!.box.h;

describe('wrap: a word cut after a regular break on the same line', () => {
  test('"周、“Wi-Fi”：investme" at 63 px bold in 330 px: no line wider than the box', () => {
    const text = '周、“Wi-Fi”：investme';
    const lines = wrapTextRanges(text, 330.67, 63, 'bold');
    for (const l of lines) {
      const w = measureText(text.slice(l.start, l.end), 63, 'bold');
      expect(w).toBeLessThanOrEqual(330.67);
      expect(l.widthPx).toBeCloseTo(w, 6);
    }
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['周、', '“Wi-F', 'i”：', 'investme']);
  });

  test('lines report their measured width and fit, whatever precedes the long word', () => {
    const han = fc.string({ unit: fc.constantFrom(...'中国经济发展改革'), minLength: 1, maxLength: 6 });
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-.'),
      minLength: 2,
      maxLength: 30,
    });
    const text = fc
      .tuple(
        han,
        fc.constantFrom('、', '，', ' ', ''),
        fc.constantFrom('“', '（', ''),
        word,
        fc.constantFrom('”：', '）。', ''),
        word,
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 3, max: 12 }),
        fc.constantFrom('regular' as const, 'bold' as const),
        (t, ems, weight) => {
          const size = 30;
          const width = ems * size + 0.67;
          for (const l of wrapTextRanges(t, width, size, weight)) {
            const w = measureText(t.slice(l.start, l.end), size, weight);
            expect(l.widthPx).toBeCloseTo(w, 6);
            expect(w).toBeLessThanOrEqual(width + 1e-6);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('continued slides', () => {
  const ctx = THEMES.official;
  /** A task title that fits the standard title bar, but not once "（续）" is added. */
  function edgeTitle(): string {
    const box = { x: 64, y: TITLE_PADDING_PX, w: 1152, h: TITLE_BAR_MIN_HEIGHT_PX - 2 * TITLE_PADDING_PX };
    const style = {
      ...titleStyle(
        { theme: ctx, metrics: notoSansScMetrics, meta: {} as never },
        ctx.sizes.titleMinPx,
        ctx.sizes.titleMaxPx,
      ),
      maxLines: 2,
    };
    for (let n = 20; n < 80; n++) {
      const t = textOf(n, 5);
      if (
        fitBlock(`1. ${t}`, box, style, notoSansScMetrics).ok &&
        !fitBlock(`1. ${t}（续）`, box, style, notoSansScMetrics).ok
      )
        return t;
    }
    throw new Error('no such title');
  }

  test('a title that needs a taller bar only with "（续）" does not overlap the body on later parts', () => {
    const title = edgeTitle();
    const points = Array.from({ length: 14 }, (_, i) => `第${i + 1}项：${textOf(60, i)}。`);
    const report = baseReport([
      { kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [task('t1', 1, points, title)] },
    ]);
    const deck = compileDeck(report);
    const parts = deck.slides.filter((s) => s.kind === 'task');
    expect(parts.length).toBeGreaterThan(1);
    expect(deckProblems(deck, report)).toEqual([]);
    // Every part has the same bar, tall enough for the continued title.
    expect(new Set(parts.map(titleBar)).size).toBe(1);
    for (const p of parts) {
      const list = p.elements.find((e) => e.kind === 'list')!;
      expect(list.box.y).toBeGreaterThan(titleBar(p));
    }
  });
});

describe('figures are never lost or split', () => {
  test('a target whose wording is too long for a KPI card is still shown, and the notes stay with their cards', () => {
    const long = textOf(200, 9);
    const report = baseReport([
      {
        kind: 'targets',
        id: 'targets',
        title: '主要预期目标',
        year: 2025,
        targets: [
          target('gdp', '地区生产总值增长', '5%', 5),
          target('long', '长表述指标', long),
          target('cpi', '居民消费价格涨幅', '2%', 2),
          target('jobs', '城镇新增就业', '45万人'),
        ],
      },
    ]);
    const deck = compileDeck(report);
    expect(deckProblems(deck, report)).toEqual([]);
    for (const slide of deck.slides.filter((s) => s.kind === 'targets')) {
      const shown = slide.elements.flatMap((e) => (e.kind === 'kpi' ? [e.figure.display] : []));
      expect(shown.length).toBeGreaterThan(0);
      // The slide's sources and notes speak of exactly the targets whose cards it shows.
      expect(slide.sources.flatMap((s) => s.displays)).toEqual(shown);
      for (const d of shown) expect(slide.notes).toContain(d);
    }
  });

  test('a highlight continued over slides is never cut inside a figure', () => {
    const display = '131.7万人次';
    const fig = { ...valueFigure('f', 131.7, '万人次', '接待游客'), display };
    const lead = textOf(2000, 3);
    const listTexts = (text: string) => {
      const report = baseReport([
        {
          kind: 'review',
          id: 'review',
          title: '成绩单',
          year: 2024,
          themes: [theme('t', [{ id: 'h', text, source: text, figures: [fig] }])],
        },
      ]);
      return compileDeck(report)
        .slides.filter((s) => s.kind === 'highlights')
        .flatMap((s) =>
          s.elements.flatMap((e) => (e.kind === 'list' ? e.items.map((it) => blockString(it.block)) : [])),
        );
    };
    // Where the first slide ends without the figure; then the figure across that cut.
    const cut = listTexts(lead)[0]!.length;
    for (let at = cut - display.length; at <= cut + 1; at++) {
      const pages = listTexts(`${lead.slice(0, at)}${display}${lead.slice(at)}`);
      expect(pages.length).toBeGreaterThan(1);
      expect(
        pages.some((t) => t.includes(display)),
        `figure at ${at}, first slide ends at ${cut}`,
      ).toBe(true);
    }
  });
});

describe('charts', () => {
  test('negative bars keep room for their value under them', () => {
    const figs = [-3.2, -12, 4.5].map((v, k) => valueFigure(`n${k}`, v, '%', `指标${k}`));
    const report = baseReport([
      {
        kind: 'review',
        id: 'review',
        title: '成绩单',
        year: 2024,
        themes: [
          theme(
            't',
            [highlight('h', figs)],
            [{ kind: 'bar', id: 'bar', title: '增减', figureIds: figs.map((f) => f.id!) }],
          ),
        ],
      },
    ]);
    const deck = compileDeck(report);
    expect(deckProblems(deck, report)).toEqual([]);
    const chart = deck.slides
      .flatMap((s) => s.elements)
      .find((e): e is Extract<Element, { kind: 'chart' }> => e.kind === 'chart')!;
    if (chart.chartKind !== 'bar') throw new Error('bar chart expected');
    for (const b of chart.geometry.bars)
      expect(b.value.box.h).toBeGreaterThanOrEqual(b.value.lines.length * b.value.lineHeightPx);
  });

  test('a stacked donut legend of six entries under a long title: the ring gives way to one line per entry', () => {
    // fast-check's shrunk counterexample (contrast theme: 20 px labels, 25 px lines).
    const figs = [0, 1, 2, 3, 4].map((k) => valueFigure(`f${k}`, 0.1, '%', '其'));
    const section: Section = {
      kind: 'review',
      id: 'review',
      title: '其',
      year: 2024,
      themes: [
        theme(
          'th0',
          [highlight('h', figs, '其')],
          [{ kind: 'donut', id: 'c0', title: '其', figureIds: figs.map((f) => f.id!) }],
          '其组思义深风金！亲七角立结周边R&D中员圆的revitalisation技书说众导府到她的从交实书安收样七同响化：儿需委水持素',
          '标例生正部七严全！期由真流！段准华事什局意义院般然知。许市，太对空除！35',
        ),
      ],
    };
    const report = baseReport([section]);
    const deck = compileDeck(report, { theme: 'contrast' });
    expect(deckProblems(deck, report)).toEqual([]);
  });
});

describe('empty and clashing input', () => {
  test('comparing two reports whose targets sections are empty does not throw', () => {
    const empty = baseReport([{ kind: 'targets', id: 'targets', title: '主要预期目标', year: 2025, targets: [] }]);
    const deck = compileDeck(empty, { compareWith: empty });
    const table = deck.slides.find((s) => s.kind === 'comparison')!.elements.find((e) => e.kind === 'table')!;
    expect(table.kind === 'table' && table.rows).toHaveLength(1);
    expect(deckProblems(deck, empty, { compareWith: empty })).toEqual([]);
  });

  test('an empty tasks section still has notes', () => {
    const report = baseReport([{ kind: 'tasks', id: 'tasks', title: '重点工作', tasks: [] }]);
    const overview = compileDeck(report).slides.find((s) => s.kind === 'tasks-overview')!;
    expect(overview.notes.trim()).not.toBe('');
  });

  test('list markers of three digits fit their column', () => {
    const projects = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      number: i + 1,
      title: `项目${i + 1}`,
      text: `实施项目${i + 1}。`,
      source: `实施项目${i + 1}。`,
      figures: [],
    }));
    const report = baseReport([{ kind: 'projects', id: 'projects', title: '民生实事', year: 2025, projects }]);
    expect(deckProblems(compileDeck(report), report)).toEqual([]);
  });
});

describe('the invariant checker catches what it claims to', () => {
  const deck = compileDeck(shanxi);
  /** A copy of the deck with one slide changed. */
  function mutate(kind: Slide['kind'], change: (slide: Slide) => void): Deck {
    const copy = structuredClone(deck);
    change(copy.slides.find((s) => s.kind === kind)!);
    return copy;
  }
  const problems = (d: Deck) => deckProblems(d, shanxi).join('\n');

  test('the unchanged deck has no problems', () => {
    expect(deckProblems(deck, shanxi)).toEqual([]);
  });

  test('an element off the canvas, and overlapping elements', () => {
    const d = mutate('targets', (s) => {
      const kpis = s.elements.filter((e) => e.kind === 'kpi');
      kpis[1]!.box = { ...kpis[0]!.box, x: kpis[0]!.box.x + 10 };
      kpis[2]!.box = { ...kpis[2]!.box, x: 1200 };
    });
    expect(problems(d)).toMatch(/kpi#\d+ .* overlaps kpi#\d+/);
    expect(problems(d)).toMatch(/outside the canvas/);
  });

  test('a block outside its element, and a text that does not fit its box', () => {
    const d = mutate('targets', (s) => {
      const kpi = s.elements.find((e) => e.kind === 'kpi')!;
      if (kpi.kind !== 'kpi') return;
      kpi.label.box = { ...kpi.label.box, y: kpi.box.y + kpi.box.h };
      kpi.value.box = { ...kpi.value.box, w: 10, h: 5 };
    });
    expect(problems(d)).toMatch(/\.label .* is outside its kpi/);
    expect(problems(d)).toMatch(/\.value: line "5%" is .* px > box width 10/);
    expect(problems(d)).toMatch(/\.value: 1 lines × .* > box height 5/);
  });

  test('a size below the minimum, a prohibited line start, empty notes and title, a duplicate id', () => {
    const d = mutate('highlights', (s) => {
      const list = s.elements.find((e) => e.kind === 'list')!;
      if (list.kind !== 'list') return;
      list.items[0]!.block.fontSizePx = 12;
      list.items[0]!.block.lines.push({ runs: [{ text: '，开头' }] });
      list.items[0]!.block.box.h += 1000;
      s.notes = ' ';
      s.title = '';
      s.id = 'cover';
    });
    const text = problems(d);
    expect(text).toMatch(/font 12 px < theme minimum 18 px/);
    expect(text).toMatch(/line starts with "，"/);
    expect(text).toMatch(/empty notes/);
    expect(text).toMatch(/empty title/);
    expect(text).toMatch(/duplicate slide id cover/);
  });

  test('a figure on no slide, a missing backup slide, low contrast', () => {
    const d = structuredClone(deck);
    // Drop the targets slide (the only place of "6%以上") and the first backup slide.
    d.slides = d.slides.filter((s) => s.kind !== 'targets' && s.id !== 'projects-2025/elderly-care-meals');
    const theme = d.slides.find((s) => s.kind === 'theme')!;
    const kpi = theme.elements.find((e) => e.kind === 'kpi')!;
    if (kpi.kind === 'kpi') kpi.value.color = kpi.fill;
    const text = problems(d);
    expect(text).toMatch(/figure "6%以上" .* is on no slide/);
    expect(text).toMatch(/no hidden backup slide projects-2025\/elderly-care-meals/);
    expect(text).toMatch(/\.value: .* on .* is 1\.00:1/);
  });

  test('lines are read as the renderer draws them: runs joined without separator', () => {
    const line = { runs: [{ text: '增长' }, { text: '5.2%', emphasis: true }] };
    expect(lineString(line)).toBe('增长5.2%');
  });
});
