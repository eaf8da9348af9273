/**
 * 重点工作: one work area per numbered item. Its title is the item's first sentence (or its
 * first paragraph in a digest); its points are bullets (● …), enumerations (一是…。二是…。) or
 * numbered sub-items (1. …); a line between bullets is the heading of the points after it.
 */
import type { Point, PointGroup, Task } from '../report/schema';
import type { IdMaker } from './ids';
import { itemSpans } from './items';
import type { Layout } from './layout';
import type { RunItem } from './markers';
import { reviewItem, type ReviewItem } from './review-items';
import { clampSpan, sentences, squash, textOf, type Span } from './text';

const point = (source: string, span: Span): Point => {
  const t = textOf(source, clampSpan(span)).replace(/[。；;]$/u, '');
  return { text: t, source: t };
};

/** 一是…二是…: each point runs from its "X是" to the end of that sentence. */
const ENUMERATION = /[一二三四五六七八九十]{1,2}是/gu;

function enumerationPoints(source: string, span: Span): Point[] {
  const body = source.slice(span.start, span.end);
  const out: Point[] = [];
  for (const m of body.matchAll(ENUMERATION)) {
    const start = span.start + m.index + m[0].length;
    const first = sentences(source, { start, end: span.end })[0];
    if (first) out.push(point(source, first));
  }
  return out;
}

/** A title and, split off at a gap between Chinese characters (a PDF column gap), a group heading. */
function titleAndHeading(source: string, span: Span): { title: Span; heading?: Span } {
  const raw = source.slice(span.start, span.end);
  const gap = /(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/u.exec(raw);
  if (!gap) return { title: span };
  return {
    title: { start: span.start, end: span.start + gap.index },
    heading: { start: span.start + gap.index + gap[0].length, end: span.end },
  };
}

function taskBody(
  layout: Layout,
  span: Span,
  firstLine: number,
  endLine: number,
): { title: Span; groups: PointGroup[] } {
  const { lines, source } = layout;
  const hasBullets = lines.slice(firstLine, endLine).some((_, k) => layout.bullets[firstLine + k] !== undefined);
  if (hasBullets) {
    // Title: the item's first paragraph (up to a blank line or a bullet).
    let titleEnd = lines[firstLine]!.end;
    let i = firstLine + 1;
    for (; i < endLine && lines[i]!.text !== '' && layout.bullets[i] === undefined; i++) titleEnd = lines[i]!.end;
    const { title, heading } = titleAndHeading(source, { start: span.start, end: titleEnd });
    const groups: PointGroup[] = [];
    let current: PointGroup = heading ? { heading: point(source, heading), points: [] } : { points: [] };
    let pendingHeading: Span | undefined;
    for (; i < endLine; i++) {
      const line = lines[i]!;
      if (line.text === '' || layout.doubled[i]) continue;
      const b = layout.bullets[i];
      if (b !== undefined) {
        if (pendingHeading) {
          if (current.points.length > 0 || current.heading) groups.push(current);
          current = { heading: point(source, pendingHeading), points: [] };
          pendingHeading = undefined;
        }
        current.points.push(point(source, { start: b, end: line.end }));
      } else pendingHeading = pendingHeading ? { start: pendingHeading.start, end: line.end } : line;
    }
    groups.push(current);
    return { title, groups: groups.filter((g) => g.points.length > 0 || g.heading) };
  }
  const first = sentences(source, span)[0] ?? span;
  const rest = { start: first.end, end: span.end };
  const enumerated = enumerationPoints(source, rest);
  if (enumerated.length > 0) return { title: first, groups: [{ points: enumerated }] };
  // Numbered sub-items (1. …): the first sentence of each.
  const subs: Point[] = [];
  for (let i = firstLine + 1; i < endLine; i++) {
    const m = layout.markers[i];
    if (!m || (m.style !== 'arabic' && m.style !== 'paren-arabic')) continue;
    const s = sentences(source, { start: m.contentStart, end: lines[i]!.end })[0];
    if (s) subs.push(point(source, s));
  }
  return { title: first, groups: subs.length > 0 ? [{ points: subs }] : [] };
}

export function buildTasks(
  layout: Layout,
  run: RunItem[],
  stopLine: number,
  pointer: string,
  ids: IdMaker,
): { tasks: Task[]; items: ReviewItem[] } {
  const items: ReviewItem[] = [];
  const spans = itemSpans(layout, run, stopLine).filter(
    (item) => squash(layout.source.slice(item.span.start, item.span.end)) !== '',
  );
  const tasks = spans.map((item, k): Task => {
    const body = taskBody(layout, item.span, item.line, item.endLine);
    const groups = body.groups;
    const title = clampSpan(body.title);
    const titleText = squash(layout.source.slice(title.start, title.end)).replace(/[。；;]$/u, '');
    if (groups.every((g) => g.points.length === 0))
      items.push(
        reviewItem(
          'no-points',
          `${pointer}/tasks/${k}`,
          item.span,
          `第${item.number}方面重点工作没有找到要点。`,
          `No points were found in work area ${item.number}.`,
        ),
      );
    return { id: ids.make('task'), number: item.number, title: titleText, source: titleText, groups };
  });
  return { tasks, items };
}
