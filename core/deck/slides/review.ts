/**
 * The previous year's results (成绩单): an overview, then per theme a slide of headline figures
 * with its chart, further chart slides, and the full list of highlights.
 */
import type { Chart, Figure, Report, Section, Theme } from '../../report/schema';
import { type TextStyle, fitBlock } from '../blocks';
import { paginateKpis, paginateTextCards, type KpiItem, type TextCard } from '../card-layout';
import { layoutBarChart, layoutDonutChart, maxBarsIn, maxBarsWithWholeLabels } from '../chart-layout';
import { contentFrame, type LayoutContext, partTitle } from '../frame';
import { columnsBox, GUTTER_PX } from '../grid';
import { bodyListStyle, type ListEntry, paginateList } from '../list-layout';
import type { Box, ChartDatum, ChartElement, Element, FigureRef, Slide } from '../types';
import {
  figureRef,
  makeSlide,
  markParts,
  notes,
  quoteLine,
  sourcesOf,
  sourcesOfFigures,
  withMissingFigures,
} from './common';

type ReviewSection = Extract<Section, { kind: 'review' }>;

/** Headline figures shown as cards beside a chart (2 columns × 3 rows). */
const KPIS_BESIDE_CHART = 6;

/** Columns of the cards beside a chart: 1, 2, one row of 3, then two a row. */
export function besideChartColumns(n: number): number {
  return n === 3 ? 3 : Math.min(2, Math.max(1, n));
}
/** Share of the body an overview paragraph may take above the theme cards. */
const OVERVIEW_TEXT_SHARE = 0.42;

interface ThemeFigure {
  figure: Figure;
  ref: FigureRef;
}

function themeFigures(theme: Theme): ThemeFigure[] {
  return theme.highlights.flatMap((h) => h.figures.map((f) => ({ figure: f, ref: figureRef(f, h.source) })));
}

function chartData(ctx: LayoutContext, chart: Chart, figures: ThemeFigure[]): ChartDatum[] {
  const byId = new Map(figures.filter((f) => f.figure.id).map((f) => [f.figure.id!, f]));
  const palette = ctx.theme.colors.chart;
  return chart.figureIds.flatMap((id, i) => {
    const f = byId.get(id);
    if (!f || f.figure.value === undefined) return [];
    return [
      {
        label: f.figure.label,
        value: f.figure.value,
        display: f.figure.display,
        // Bars compare one measure: one colour (a colour per bar meant nothing). Shares of a
        // donut are told apart by colour.
        color: chart.kind === 'bar' ? palette[0]! : palette[i % palette.length]!,
        figure: f.ref,
      },
    ];
  });
}

/** The unit printed with a chart: the figures' common unit, or none when they differ. */
function commonUnit(data: readonly ChartDatum[], figures: readonly ThemeFigure[]): string {
  const units = new Set(data.map((d) => figures.find((f) => f.ref === d.figure)?.figure.unit ?? ''));
  return units.size === 1 ? [...units][0]! : '';
}

export function chartElement(
  ctx: LayoutContext,
  chart: Chart,
  box: Box,
  data: ChartDatum[],
  unit: string,
  part = 0,
): ChartElement | undefined {
  // A continued chart keeps its title, marked "（续）" like its slide's.
  const title = partTitle(chart.title, part);
  switch (chart.kind) {
    case 'bar':
      return layoutBarChart(ctx, box, title, unit, data);
    case 'donut':
      return layoutDonutChart(ctx, box, title, unit, data, chart.remainderLabel);
    case 'kpi':
      return undefined;
  }
}

/**
 * A chart's data in the parts drawn one per slide: a bar chart with more bars than fit its box
 * (maxBarsIn) continues on further slides, so no bar is squeezed below a readable width; a donut
 * is one part (it folds shares beyond MAX_DONUT_SHARES into its rest).
 */
function chartParts(ctx: LayoutContext, chart: Chart, data: ChartDatum[], widthPx: number): ChartDatum[][] {
  if (chart.kind !== 'bar' || data.length === 0) return [data];
  // As many bars as fit with every label whole, then spread evenly over the parts needed
  // (7 bars at 5 a part make 4 + 3, not 5 + 2).
  const most = maxBarsWithWholeLabels(
    ctx,
    widthPx,
    data.map((d) => d.label),
    maxBarsIn(ctx, widthPx),
  );
  const per = Math.ceil(data.length / Math.ceil(data.length / most));
  const parts: ChartDatum[][] = [];
  for (let i = 0; i < data.length; i += per) parts.push(data.slice(i, i + per));
  return parts;
}

function chartNotes(chart: Chart, data: ChartDatum[]): string {
  return `图表“${chart.title}”：${data.map((d) => `${d.label}${d.display}`).join('，')}。`;
}

function overviewSlides(ctx: LayoutContext, report: Report, section: ReviewSection): Slide[] {
  const { sizes, colors } = ctx.theme;
  const frame = contentFrame(ctx, section.title, section.title);
  const paragraphs = [report.summary, ...(section.intro ? [section.intro] : [])];
  const paragraphText = paragraphs.map((p) => p.text).join('');
  const textBox: Box = { ...frame.body, h: Math.floor(frame.body.h * OVERVIEW_TEXT_SHARE) };
  const style: TextStyle = {
    maxPx: sizes.bodyMaxPx,
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.text,
    align: 'left',
    valign: 'top',
    lineHeight: 1.45,
  };
  const fit = fitBlock(paragraphText, textBox, style, ctx.metrics);
  const cards: TextCard[] = section.themes.map((t) => ({
    head: t.title,
    // The count on a line of its own: "生态宜人 · 13项成绩" wrapped as "…13项成" + "绩".
    body: t.subtitle ? `${t.subtitle}\n${t.highlights.length}项成绩` : `${t.highlights.length}项成绩`,
    emphasis: [],
  }));
  const talk = notes(
    `${section.year}年工作回顾。${paragraphText}`,
    section.themes.length > 0 &&
      `成绩分${section.themes.length}个方面：${section.themes.map((t) => t.title + (t.subtitle ? `（${t.subtitle}）` : '')).join('、')}。`,
    ...paragraphs.map((p) => quoteLine(p.source)),
  );
  const sources = sourcesOf(paragraphs.map((p) => ({ quote: p.source, displays: [] })));
  const slides: Slide[] = [];
  if (fit.ok) {
    const cardsArea: Box = {
      ...frame.body,
      y: textBox.y + textBox.h + GUTTER_PX,
      h: frame.body.h - textBox.h - GUTTER_PX,
    };
    const pages = cards.length > 0 ? paginateTextCards(cards, cardsArea, ctx, 3).map((p) => p.elements) : [[]];
    pages.forEach((cardEls, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(section.title, i), section.title);
      const els: Element[] =
        i === 0
          ? [...f.elements, { kind: 'text', role: 'body', ...fit.block }, ...cardEls]
          : [...f.elements, ...cardEls];
      slides.push(
        makeSlide(ctx, {
          id: `${section.id}/overview`,
          kind: 'review-overview',
          title: partTitle(section.title, i),
          sectionId: section.id,
          notes: talk,
          sources,
          elements: els,
        }),
      );
    });
  } else {
    // A long summary takes slides of its own; the theme cards follow.
    const entries: ListEntry[] = paragraphs.map((p) => ({
      marker: '',
      text: p.text,
      emphasis: [],
      figures: [],
      weight: 'regular',
      kind: 'paragraph',
    }));
    const lists = paginateList(entries, frame.body, bodyListStyle(ctx), ctx);
    const cardPages = cards.length > 0 ? paginateTextCards(cards, frame.body, ctx).map((p) => p.elements) : [];
    const bodies: Element[][] = [...lists.map((l) => [l.element] as Element[]), ...cardPages];
    bodies.forEach((els, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(section.title, i), section.title);
      slides.push(
        makeSlide(ctx, {
          id: `${section.id}/overview`,
          kind: 'review-overview',
          title: partTitle(section.title, i),
          sectionId: section.id,
          notes: talk,
          sources,
          elements: [...f.elements, ...els],
        }),
      );
    });
  }
  return markParts(slides);
}

function themeTitle(theme: Theme): string {
  return theme.subtitle ? `${theme.title}·${theme.subtitle}` : theme.title;
}

function themeSlides(ctx: LayoutContext, section: ReviewSection, theme: Theme): Slide[] {
  const figures = themeFigures(theme);
  const charts = theme.charts ?? [];
  const drawn = charts.filter((c) => c.kind !== 'kpi');
  const kpiIds = charts.filter((c) => c.kind === 'kpi').flatMap((c) => c.figureIds);
  const headline: ThemeFigure[] =
    kpiIds.length > 0
      ? kpiIds.flatMap((id) => figures.filter((f) => f.figure.id === id))
      : figures.slice(0, drawn.length > 0 ? KPIS_BESIDE_CHART : 9);
  // A lone theme named like its section would repeat the overview's title on the next slide.
  const title = themeTitle(theme) === section.title ? `${section.title}：主要数据` : themeTitle(theme);
  const slideId = `${section.id}/${theme.id}`;
  const slides: Slide[] = [];
  const highlightsTalk = theme.highlights.map((h) => withMissingFigures(h.text, h.figures));

  // 1. Headline figures, with the first drawn chart beside them.
  const firstChart = drawn[0];
  /** Parts of the first chart that did not fit beside the cards. */
  let firstChartRest: ChartDatum[][] = [];
  const frame = contentFrame(ctx, title, section.title);
  const items: KpiItem[] = headline.map((f) => ({ value: f.figure.display, label: f.figure.label, figure: f.ref }));
  if (firstChart || items.length > 0) {
    const body = frame.body;
    const kpiArea = firstChart ? columnsBox(0, 7, body.y, body.h) : body;
    const chartBox = columnsBox(items.length > 0 ? 7 : 0, items.length > 0 ? 5 : 12, body.y, body.h);
    const allData = firstChart ? chartData(ctx, firstChart, figures) : [];
    // A bar chart too long for the box beside the cards continues on chart slides (2. below).
    const [data = [], ...moreParts] = firstChart ? chartParts(ctx, firstChart, allData, chartBox.w) : [];
    firstChartRest = moreParts;
    const chartEl = firstChart
      ? chartElement(ctx, firstChart, chartBox, data, commonUnit(allData, figures))
      : undefined;
    // Beside a chart the cards stand in two columns, three in one row (2 + 1 left a hole);
    // a grid whose numbers do not fit its columns takes fewer (paginateKpis), and cards that do
    // not fit there continue on slides of their own, in the whole body.
    const besideChart = { area: kpiArea, maxPerSlide: KPIS_BESIDE_CHART, columns: besideChartColumns };
    const kpiPages = items.length > 0 ? paginateKpis(items, body, ctx, chartEl ? { first: besideChart } : {}) : [[]];
    const parts = kpiPages.map((kpis, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), section.title);
      const els: Element[] = [...f.elements, ...kpis, ...(i === 0 && chartEl ? [chartEl] : [])];
      const shown = [...kpis.map((k) => k.figure), ...(i === 0 && chartEl ? data.map((d) => d.figure) : [])];
      return makeSlide(ctx, {
        id: slideId,
        kind: 'theme',
        title: partTitle(title, i),
        sectionId: section.id,
        notes: notes(
          `${theme.title}${theme.subtitle ? `，${theme.subtitle}` : ''}。` +
            (kpis.length > 0
              ? `主要数字：${kpis.map((k) => `${k.figure.label}${k.figure.display}`).join('；')}。`
              : ''),
          i === 0 && firstChart && chartNotes(firstChart, data),
          ...sourcesOfFigures(shown).map((s) => quoteLine(s.quote)),
        ),
        sources: sourcesOfFigures(shown),
        elements: els,
      });
    });
    slides.push(...markParts(parts));
  }

  // 2. Further charts, each on its own slide (a long bar chart on several: "（续）"); first the
  // rest of a first chart too long for the box beside the cards.
  const chartSlide = (
    chart: Chart,
    data: ChartDatum[],
    unit: string,
    id: string,
    slideTitle: string,
    part: number,
  ): Slide => {
    const f = contentFrame(ctx, slideTitle, section.title);
    const el = chartElement(ctx, chart, f.body, data, unit, part);
    return makeSlide(ctx, {
      id,
      kind: 'theme-chart',
      title: slideTitle,
      sectionId: section.id,
      notes: notes(
        chartNotes(chart, data),
        ...sourcesOfFigures(data.map((d) => d.figure)).map((s) => quoteLine(s.quote)),
      ),
      sources: sourcesOfFigures(data.map((d) => d.figure)),
      elements: [...f.elements, ...(el ? [el] : [])],
    });
  };
  if (firstChart && firstChartRest.length > 0) {
    const unit = commonUnit(chartData(ctx, firstChart, figures), figures);
    // The rest of the first chart (its start is on the theme slide), titled "…（续）", under the
    // chart's own slide id (its parts "~2"…, as every continued slide).
    const slideTitle = partTitle(`${title}：${firstChart.title}`, 1);
    slides.push(
      ...markParts(
        firstChartRest.map((data, k) =>
          chartSlide(firstChart, data, unit, `${section.id}/${firstChart.id}`, slideTitle, k + 1),
        ),
      ),
    );
  }
  for (const chart of drawn.slice(1)) {
    const slideTitle = `${title}：${chart.title}`;
    const all = chartData(ctx, chart, figures);
    const unit = commonUnit(all, figures);
    // The body of a chart slide is as wide as the first part's, so every part is cut alike.
    const width = contentFrame(ctx, slideTitle, section.title).body.w;
    const parts = chartParts(ctx, chart, all, width).map((data, k) =>
      chartSlide(chart, data, unit, `${section.id}/${chart.id}`, partTitle(slideTitle, k), k),
    );
    slides.push(...markParts(parts));
  }

  // 3. Every highlight, in the report's wording, figures marked.
  if (theme.highlights.length > 0) {
    // "2024年主要成绩：主要成绩" reads badly: a theme already named for results keeps its name.
    const listTitle = /成绩|成效|成果$/.test(theme.title) ? `${theme.title}（详细）` : `${theme.title}：主要成绩`;
    const entries: ListEntry[] = theme.highlights.map((h, i) => {
      const refs = h.figures.map((f) => figureRef(f, h.source));
      return {
        marker: '●',
        text: highlightsTalk[i]!,
        emphasis: h.figures.map((f) => f.display),
        figures: refs,
        weight: 'regular',
        kind: 'item',
      };
    });
    const f0 = contentFrame(ctx, listTitle, section.title);
    const pages = paginateList(entries, f0.body, bodyListStyle(ctx), ctx);
    const parts = pages.map((page, i) => {
      const f = i === 0 ? f0 : contentFrame(ctx, partTitle(listTitle, i), section.title);
      const used = page.entries.map((k) => theme.highlights[k]!);
      return makeSlide(ctx, {
        id: `${slideId}/highlights`,
        kind: 'highlights',
        title: partTitle(listTitle, i),
        sectionId: section.id,
        notes: notes(...used.map((h) => `${withMissingFigures(h.text, h.figures)}\n${quoteLine(h.source)}`)),
        sources: sourcesOf(used.map((h) => ({ quote: h.source, displays: h.figures.map((x) => x.display) }))),
        elements: [...f.elements, page.element],
      });
    });
    slides.push(...markParts(parts));
  }
  return slides;
}

export function reviewSlides(ctx: LayoutContext, report: Report, section: ReviewSection): Slide[] {
  return [...overviewSlides(ctx, report, section), ...section.themes.flatMap((t) => themeSlides(ctx, section, t))];
}
