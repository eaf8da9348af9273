/**
 * Lists over as many slides as they need: at most `maxItems` items a slide (DESIGN: 6), all
 * items of a slide at one size (the largest that fits, within the body range), and an item too
 * long for a whole slide at the minimum size continues on the next slide — never clipped.
 */
import { evenPageSizes } from './balance';
import { figureSpans, toRuns } from './blocks';
import type { LayoutContext } from './frame';
import { fittingLineCount, wrapTextRanges } from './text/fit';
import { measureText } from './text/measure';
import type { Box, FigureRef, ListElement, ListItem, Weight } from './types';

export interface ListEntry {
  marker: string;
  text: string;
  /** Figure wordings to mark in the text. */
  emphasis: readonly string[];
  figures: FigureRef[];
  weight: Weight;
  /**
   * item: marker and indented text; heading: a sub-heading inside a list (bold, no marker, kept
   * with the item after it); paragraph: running text, no marker, full width.
   */
  kind: 'item' | 'heading' | 'paragraph';
}

export interface ListStyle {
  maxPx: number;
  minPx: number;
  lineHeight: number;
  /** Space between items, as a multiple of the font size. */
  itemGapEm: number;
  /** Room for the marker column, as a multiple of the font size. */
  markerEm: number;
  maxItems: number;
}

export const DEFAULT_MAX_LIST_ITEMS = 6;

export function bodyListStyle(ctx: LayoutContext, maxItems = DEFAULT_MAX_LIST_ITEMS): ListStyle {
  return {
    maxPx: ctx.theme.sizes.bodyMaxPx,
    minPx: ctx.theme.sizes.bodyMinPx,
    lineHeight: 1.4,
    itemGapEm: 0.5,
    markerEm: 1.5,
    maxItems,
  };
}

function indented(entry: ListEntry): boolean {
  return entry.kind === 'item';
}

function textWidth(box: Box, style: ListStyle, sizePx: number, entry: ListEntry): number {
  return indented(entry) ? box.w - style.markerEm * sizePx : box.w;
}

/** Height the entries take at a size, px (items plus the gaps between them). */
function heightAt(
  entries: readonly ListEntry[],
  box: Box,
  style: ListStyle,
  sizePx: number,
  ctx: LayoutContext,
): number {
  let h = 0;
  entries.forEach((e, i) => {
    const lines = wrapTextRanges(
      e.text,
      textWidth(box, style, sizePx, e),
      sizePx,
      e.weight,
      ctx.metrics,
      figureSpans(e.text, e.emphasis),
    ).length;
    h += lines * sizePx * style.lineHeight + (i > 0 ? style.itemGapEm * sizePx : 0);
  });
  return h;
}

/** Largest integer size in [min, max] at which the entries fit the box, or undefined. */
function bestSize(entries: readonly ListEntry[], box: Box, style: ListStyle, ctx: LayoutContext): number | undefined {
  const fits = (s: number) => heightAt(entries, box, style, s, ctx) <= box.h + 1e-6;
  if (!fits(style.minPx)) return undefined;
  let lo = style.minPx;
  let hi = Math.floor(style.maxPx);
  if (fits(hi)) return hi;
  // Invariant: fits(lo), !fits(hi). Larger sizes never need fewer lines, so this is monotone.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function layoutPage(
  entries: readonly ListEntry[],
  box: Box,
  style: ListStyle,
  ctx: LayoutContext,
  sizePx: number,
): ListElement {
  const { colors } = ctx.theme;
  const items: ListItem[] = [];
  const lineHeightPx = sizePx * style.lineHeight;
  let y = box.y;
  for (const e of entries) {
    const w = textWidth(box, style, sizePx, e);
    const ranges = wrapTextRanges(e.text, w, sizePx, e.weight, ctx.metrics, figureSpans(e.text, e.emphasis));
    const h = ranges.length * lineHeightPx;
    const marker = indented(e) ? e.marker : '';
    const x = indented(e) ? box.x + style.markerEm * sizePx : box.x;
    items.push({
      marker,
      markerBlock: {
        box: { x: box.x, y, w: x - box.x, h: lineHeightPx },
        lines: toRuns(marker, [{ start: 0, end: marker.length, widthPx: 0, paragraphStart: true }], []),
        fontSizePx: sizePx,
        lineHeightPx,
        weight: 'bold',
        color: colors.figure,
        align: 'left',
        valign: 'top',
      },
      block: {
        box: { x, y, w, h },
        lines: toRuns(e.text, ranges, e.emphasis),
        fontSizePx: sizePx,
        lineHeightPx,
        weight: e.weight,
        color: colors.text,
        align: 'left',
        valign: 'top',
      },
      figures: e.figures,
    });
    y += h + style.itemGapEm * sizePx;
  }
  return { kind: 'list', box, items };
}

/** [start, end) of every occurrence of the figure wordings in the text. */
/**
 * Splits an entry that cannot fit a whole slide at the minimum size: the head fills the slide,
 * the tail continues (without its marker) on the next.
 */
function splitEntry(entry: Queued, box: Box, style: ListStyle, ctx: LayoutContext): [Queued, Queued] {
  const w = textWidth(box, style, style.minPx, entry);
  const ranges = wrapTextRanges(
    entry.text,
    w,
    style.minPx,
    entry.weight,
    ctx.metrics,
    figureSpans(entry.text, entry.emphasis),
  );
  let fit = Math.max(
    1,
    fittingLineCount(style.minPx, {
      widthPx: w,
      heightPx: box.h,
      maxFontSizePx: style.minPx,
      minFontSizePx: style.minPx,
      lineHeight: style.lineHeight,
      weight: entry.weight,
    }),
  );
  // Never cut inside a figure: "131.7" on one slide and "万人" on the next is not a figure any
  // more (and neither slide shows it). Move the cut back to the end of the line before the
  // figure starts, unless the figure starts on the first line (then it is longer than a slide).
  for (;;) {
    const cutAt = ranges[fit - 1]!.end;
    const nextAt = ranges[fit]?.start ?? entry.text.length;
    const split = figureSpans(entry.text, entry.emphasis).find(([a, b]) => a < nextAt && b > cutAt);
    if (!split) break;
    const line = ranges.findIndex((r) => r.end > split[0]);
    if (line < 1 || line >= fit) break;
    fit = line;
  }
  const cut = ranges[fit - 1]!.end;
  const next = ranges[fit]?.start ?? entry.text.length;
  return [
    { ...entry, text: entry.text.slice(0, cut) },
    { ...entry, text: entry.text.slice(next), marker: '' },
  ];
}

export interface ListPage {
  element: ListElement;
  /** Indexes (into the entries given) of the entries on this page, a split entry on both pages. */
  entries: number[];
}

type Queued = ListEntry & { index: number };

/**
 * Lays the entries out over as many list pages as needed; one page per slide. The pages are
 * balanced: as many pages as filling each to the brim takes (never more), their item counts as
 * even as possible, larger pages first — 13 items make 5 + 4 + 4, not 6 + 6 + 1 (an orphan on
 * the last slide looks broken) nor 5 + 5 + 3 (balance.ts, evenPageSizes). A page whose items are
 * too long for its share takes as many as fit, and the rest is spread again over the pages left.
 */
export function paginateList(
  entries: readonly ListEntry[],
  box: Box,
  style: ListStyle,
  ctx: LayoutContext,
): ListPage[] {
  // The marker column holds the widest marker (markers are bold, at the items' size) with a
  // 0.4 em gap: "100" and beyond did not fit the default 1.5–1.8 em (200 projects overflowed).
  const widestMarkerEm = Math.max(
    0,
    ...entries.filter(indented).map((e) => measureText(e.marker, 1, 'bold', ctx.metrics)),
  );
  if (widestMarkerEm + 0.4 > style.markerEm) style = { ...style, markerEm: widestMarkerEm + 0.4 };
  const greedy = paginateGreedy(entries, box, style, ctx, () => style.maxItems);
  if (greedy.length <= 1) return greedy;
  // Each page's share of the entries not yet placed (a split entry's rest counts as one).
  const share = (page: number, left: number) =>
    page < greedy.length ? Math.min(style.maxItems, evenPageSizes(left, greedy.length - page)[0]!) : style.maxItems;
  const balanced = paginateGreedy(entries, box, style, ctx, share);
  return balanced.length <= greedy.length ? balanced : greedy;
}

/**
 * Fills pages front to back: each takes entries while they fit (at the minimum size) up to
 * `limit(page, entriesLeft)`; an entry too long for a page of its own is split at a line.
 */
function paginateGreedy(
  entries: readonly ListEntry[],
  box: Box,
  style: ListStyle,
  ctx: LayoutContext,
  limit: (page: number, left: number) => number,
): ListPage[] {
  const pages: ListPage[] = [];
  const queue: Queued[] = entries.map((e, index) => ({ ...e, index }));
  let page: Queued[] = [];
  let max = 1;
  const flush = () => {
    if (page.length === 0) return;
    const size = bestSize(page, box, style, ctx) ?? style.minPx;
    pages.push({ element: layoutPage(page, box, style, ctx, size), entries: [...new Set(page.map((e) => e.index))] });
    page = [];
  };
  const fits = (list: readonly Queued[]) => heightAt(list, box, style, style.minPx, ctx) <= box.h + 1e-6;
  while (queue.length > 0) {
    const entry = queue.shift()!;
    if (page.length === 0) max = Math.max(1, limit(pages.length, queue.length + 1));
    const candidate = [...page, entry];
    if (fits(candidate)) {
      page = candidate;
      if (page.length >= max) {
        // A heading must not end a page: it moves on with the items it heads.
        const last = page[page.length - 1]!;
        if (last.kind === 'heading' && page.length > 1 && queue.length > 0) {
          page.pop();
          queue.unshift(last);
        }
        flush();
      }
      continue;
    }
    if (page.length > 0) {
      const last = page[page.length - 1]!;
      if (last.kind === 'heading' && !fits([entry])) {
        // A heading followed by an entry too long for any page: the entry starts under the
        // heading and continues (a heading alone on a slide says nothing).
        const room: Box = {
          ...box,
          h: box.h - heightAt(page, box, style, style.minPx, ctx) - style.itemGapEm * style.minPx,
        };
        const [head, tail] = splitEntry(entry, room, style, ctx);
        if (fits([...page, head])) {
          page.push(head);
          flush();
          if (tail.text.length > 0) queue.unshift(tail);
          continue;
        }
      }
      if (last.kind === 'heading' && page.length > 1) {
        page.pop();
        flush();
        queue.unshift(last, entry);
      } else {
        flush();
        queue.unshift(entry);
      }
      continue;
    }
    const [head, tail] = splitEntry(entry, box, style, ctx);
    page = [head];
    flush();
    if (tail.text.length > 0) queue.unshift(tail);
  }
  flush();
  return pages;
}
