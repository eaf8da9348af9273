/**
 * Main expected targets (主要预期目标): a grid of KPI cards in the report's wording, a footnote
 * for data notes, and — with compareWith — the same targets beside another report's.
 */
import type { Report, Section, Target } from '../../report/schema';
import { fitBlockOrEllipsis, type TextStyle } from '../blocks';
import { paginateKpis, type KpiItem } from '../card-layout';
import { contentFrame, type LayoutContext, partTitle } from '../frame';
import { GUTTER_PX } from '../grid';
import { paginateTable, type TableCellSpec } from '../table-layout';
import type { Box, Element, Slide } from '../types';
import { figureRef, makeSlide, markParts, notes, quoteLine, sourcesOfFigures } from './common';

type TargetsSection = Extract<Section, { kind: 'targets' }>;

const NOTE_MARK = '＊';
/** At most this share of the body goes to footnotes. */
/**
 * At most this share of the body goes to footnotes: the rest holds at least one card of any
 * figure at the type scale, under a three-line title (type-scale.ts).
 */
const NOTES_SHARE = 0.25;

/** What a target card says under the number: the statement without its figure, else the indicator. */
export function targetLabel(t: Target): string {
  const s = t.statement.replace(/\s+/g, '');
  const d = t.figure.display.replace(/\s+/g, '');
  if (s.endsWith(d) && s.length > d.length) return s.slice(0, s.length - d.length);
  return t.indicator;
}

function targetItem(t: Target): KpiItem {
  const label = targetLabel(t) + (t.note ? NOTE_MARK : '');
  // The note mark stays with the character before it (a lone "＊" on a line points at nothing).
  const labelKeep: [number, number][] =
    t.note && label.length > NOTE_MARK.length ? [[label.length - NOTE_MARK.length - 1, label.length]] : [];
  return { value: t.figure.display, label, figure: figureRef(t.figure, t.source), labelKeep };
}

function spokenTarget(t: Target): string {
  return t.statement;
}

/**
 * The footnote of a targets slide: the data notes of the targets it shows, under the cards, at
 * most NOTES_SHARE of the body (a longer note ends in "…"; the speaker notes have it in full).
 */
function footnote(
  ctx: LayoutContext,
  body: Box,
  targets: readonly Target[],
): { element: Element; cardsArea: Box } | undefined {
  const { colors, sizes } = ctx.theme;
  const noted = targets.filter((t) => t.note);
  if (noted.length === 0) return undefined;
  const text = noted.map((t) => `${NOTE_MARK}${t.indicator}：${t.note!.text}`).join('\n');
  const style: TextStyle = {
    maxPx: sizes.captionPx,
    minPx: sizes.minPx,
    weight: 'regular',
    color: colors.muted,
    align: 'left',
    valign: 'bottom',
    lineHeight: 1.3,
  };
  const box: Box = { ...body, y: body.y + body.h * (1 - NOTES_SHARE), h: body.h * NOTES_SHARE };
  const block = fitBlockOrEllipsis(text, box, style, ctx.metrics);
  const used = block.lines.length * block.lineHeightPx;
  const tight: Box = { ...box, y: box.y + box.h - used, h: used };
  return {
    element: { kind: 'text', role: 'caption', ...block, box: tight },
    cardsArea: { ...body, h: tight.y - GUTTER_PX - body.y },
  };
}

export function targetSlides(ctx: LayoutContext, section: TargetsSection): Slide[] {
  const title = section.title;
  const frame = contentFrame(ctx, title, section.title);
  // Each slide's footnote holds the notes of its own targets, so the cards' area depends on
  // which targets a slide shows.
  const footnotes = new Map<string, ReturnType<typeof footnote>>();
  const footnoteOf = (start: number, count: number) => {
    const key = `${start}+${count}`;
    if (!footnotes.has(key)) footnotes.set(key, footnote(ctx, frame.body, section.targets.slice(start, start + count)));
    return footnotes.get(key);
  };
  const items = section.targets.map(targetItem);
  const pages =
    items.length > 0
      ? paginateKpis(items, frame.body, ctx, {
          areaFor: (start, count) => footnoteOf(start, count)?.cardsArea ?? frame.body,
        })
      : [[]];
  let done = 0;
  const slides = pages.map((kpis, i) => {
    const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), section.title);
    const note = footnoteOf(done, kpis.length);
    const shownTargets = section.targets.slice(done, done + kpis.length);
    done += kpis.length;
    const shown = shownTargets.map((t) => figureRef(t.figure, t.source));
    const pageNotes = shownTargets.filter((t) => t.note);
    return makeSlide(ctx, {
      id: `${section.id}/targets`,
      kind: 'targets',
      title: partTitle(title, i),
      sectionId: section.id,
      notes: notes(
        shownTargets.length > 0
          ? `${section.title}：${shownTargets.map(spokenTarget).join('；')}。`
          : `本部分（${section.title}）暂无具体目标。`,
        ...pageNotes.map((t) => `注意：${t.indicator}——${t.note!.text}（${quoteLine(t.note!.source)}）`),
        ...shownTargets.map((t) => `${t.indicator}：${quoteLine(t.source)}`),
      ),
      sources: [...sourcesOfFigures(shown), ...pageNotes.map((t) => ({ quote: t.note!.source, displays: [] }))],
      elements: [...f.elements, ...kpis, ...(note ? [note.element] : [])],
    });
  });
  return markParts(slides);
}

/** The comparison: this report's targets beside the other's, matched by key. */
export function comparisonSlides(ctx: LayoutContext, report: Report, section: TargetsSection, other: Report): Slide[] {
  const otherTargets = other.sections.flatMap((s) => (s.kind === 'targets' ? s.targets : []));
  const otherByKey = new Map<string, Target>();
  for (const t of otherTargets) if (!otherByKey.has(t.key)) otherByKey.set(t.key, t);
  const ownKeys = new Set(section.targets.map((t) => t.key));
  const missing = '—（未列此项）';
  const ownName = `${report.region}${section.year}年`;
  const otherYear = other.sections.find((s) => s.kind === 'targets')?.year ?? other.year;
  const otherName = `${other.region}${otherYear}年`;
  const cell = (t: Target | undefined): TableCellSpec =>
    t
      ? { text: t.figure.display, emphasis: [t.figure.display], figures: [figureRef(t.figure, t.source)], bold: true }
      : { text: missing, muted: true };
  type Row = { indicator: string; own: Target | undefined; theirs: Target | undefined };
  const rows: Row[] = [
    ...section.targets.map((t) => ({ indicator: t.indicator, own: t, theirs: otherByKey.get(t.key) })),
    ...otherTargets
      .filter((t) => !ownKeys.has(t.key))
      .map((t) => ({ indicator: t.indicator, own: undefined, theirs: t })),
  ];
  const title = `主要目标对比：${report.region}与${other.region}`;
  const frame = contentFrame(ctx, title, section.title);
  const pages = paginateTable(
    {
      columnShares: [4, 3, 3],
      header: [{ text: '指标' }, { text: ownName }, { text: otherName }],
      rows: rows.map((r) => [{ text: r.indicator }, cell(r.own), cell(r.theirs)]),
      maxRowsPerSlide: 9,
    },
    frame.body,
    ctx,
  );
  const slides = pages.map((page, i) => {
    const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), section.title);
    const shown = page.rows.map((k) => rows[k]!);
    const refs = shown.flatMap((r) =>
      [r.own, r.theirs].filter((t): t is Target => !!t).map((t) => figureRef(t.figure, t.source)),
    );
    return makeSlide(ctx, {
      id: `${section.id}/comparison`,
      kind: 'comparison',
      title: partTitle(title, i),
      sectionId: section.id,
      notes: notes(
        `对照${other.title}：`,
        shown
          .map(
            (r) =>
              `${r.indicator}：${ownName}${r.own ? r.own.figure.display : '未列此项'}，${otherName}${r.theirs ? r.theirs.figure.display : '未列此项'}。`,
          )
          .join('\n'),
        ...sourcesOfFigures(refs).map((s) => quoteLine(s.quote)),
      ),
      sources: sourcesOfFigures(refs),
      elements: [...f.elements, page.table],
    });
  });
  return markParts(slides);
}
