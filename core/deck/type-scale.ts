/**
 * The type scale of DESIGN.md, as roles: every text block of a compiled deck has a role (by
 * where it sits: a KPI card's figure, a list item, a table cell, a chart label, or a text
 * element's own `role`), and every role has a smallest size. The layout never goes below them —
 * where text does not fit, less goes on a slide and the rest continues on the next — and
 * type-scale.design-minimums.test.ts checks every block of every deck against them.
 *
 * Figures on KPI cards come in three kinds, decided by their wording alone (kpiFigureKind):
 *  - a number: the display has an Arabic digit ("5%", "5.5%左右", "45万人", "50个社区养老工程")
 *    and fits two lines of KPI_FIGURE_MEASURE_PX at the KPI number minimum: bold, 72–88 px;
 *  - a statement: words without digits ("力争保持正增长", "与经济增长同步"), or a numeric
 *    wording too long to be set as a number, that fits three such lines at 36 px: bold, figure
 *    colour, 36 px up to the size of the numbers beside it;
 *  - a wording: anything longer (up to the 200-character limit of a display), which is a
 *    sentence rather than a figure: bold, figure colour, at least the body size.
 */
import type { FontMetrics } from '../fonts/metrics';
import type { KeepTogether } from './text/fit';
import { wrapTextRanges } from './text/wrap';
import { hasForcedBreak } from './blocks';
import type { ThemeSizes } from './themes';
import type { Element, TextBlock, TextRole } from './types';

/**
 * The width a figure is measured in to tell a number from a statement: about half the slide (the
 * narrowest single KPI card the deck lays out, beside a chart, is wider), so a number always fits
 * a card of its own at the number size, in at most two lines.
 */
export const KPI_FIGURE_MEASURE_PX = 560;
/** Lines a number may take at the minimum number size in KPI_FIGURE_MEASURE_PX. */
const NUMBER_MAX_LINES = 2;
/** Lines a statement may take at the minimum statement size in KPI_FIGURE_MEASURE_PX. */
const STATEMENT_MAX_LINES = 3;

export type KpiFigureKind = 'number' | 'statement' | 'wording';

/** An Arabic digit, ASCII or full width. */
const DIGIT = /[0-9\uff10-\uff19]/;

/**
 * The numbers in a figure with the unit that follows them: "131.7万张" → "131.7万张",
 * "50个社区养老工程" → "50个", "5.5%左右" → "5.5%". A figure that wraps is broken outside them,
 * so "131.7万" and "张" never end up on two lines.
 */
const NUMBER_WITH_UNIT = /[+\-−]?[0-9\uff10-\uff19][0-9\uff10-\uff19.,．，]*(?:[%％‰]|[万亿千百]*[\u3400-\u9fff]?)/gu;

export function numberSpans(display: string): KeepTogether {
  const spans: [number, number][] = [];
  for (const m of display.matchAll(NUMBER_WITH_UNIT)) {
    // A trailing comma is punctuation, not part of the number.
    const text = m[0].replace(/[,，]+$/u, '');
    if (text.length > 1) spans.push([m.index, m.index + text.length]);
  }
  return spans;
}

function fitsLines(
  display: string,
  sizePx: number,
  maxLines: number,
  metrics: FontMetrics,
  keep: KeepTogether,
): boolean {
  const ranges = wrapTextRanges(display, KPI_FIGURE_MEASURE_PX, sizePx, 'bold', metrics, keep);
  return ranges.length <= maxLines && !hasForcedBreak(display, ranges);
}

const kinds = new WeakMap<FontMetrics, Map<string, KpiFigureKind>>();

/** What kind of figure a KPI display is (see the file comment); the same for every theme. */
export function kpiFigureKind(
  display: string,
  sizes: Pick<ThemeSizes, 'kpiValueMinPx' | 'kpiStatementMinPx'>,
  metrics: FontMetrics,
): KpiFigureKind {
  // Asked for every card of every grid a slide tries: remembered per font and sizes.
  let known = kinds.get(metrics);
  if (!known) kinds.set(metrics, (known = new Map()));
  const key = `${sizes.kpiValueMinPx}/${sizes.kpiStatementMinPx}/${display}`;
  let kind = known.get(key);
  if (kind === undefined) {
    const keep = numberSpans(display);
    if (DIGIT.test(display) && fitsLines(display, sizes.kpiValueMinPx, NUMBER_MAX_LINES, metrics, keep))
      kind = 'number';
    else if (fitsLines(display, sizes.kpiStatementMinPx, STATEMENT_MAX_LINES, metrics, keep)) kind = 'statement';
    else kind = 'wording';
    if (known.size > 10_000) known.clear();
    known.set(key, kind);
  }
  return kind;
}

/** The role of a block inside a structured element, besides the text elements' own roles. */
export type BlockRole =
  | TextRole
  | 'kpi-number'
  | 'kpi-statement'
  | 'kpi-wording'
  | 'kpi-label'
  | 'list-marker'
  | 'list-item'
  | 'table-cell'
  | 'chart-title'
  | 'chart-label';

/** The smallest size a block of this role may have, px. */
export function roleMinPx(role: BlockRole, sizes: ThemeSizes): number {
  switch (role) {
    case 'title':
    case 'big':
      return sizes.titleMinPx;
    case 'kpi-number':
      return sizes.kpiValueMinPx;
    case 'kpi-statement':
      return sizes.kpiStatementMinPx;
    case 'subtitle':
    case 'body':
    case 'heading':
    case 'label':
    case 'kpi-wording':
    case 'kpi-label':
    case 'list-marker':
    case 'list-item':
    case 'table-cell':
      return sizes.bodyMinPx;
    case 'caption':
    case 'footer':
    case 'page-number':
    case 'chart-title':
    case 'chart-label':
      return sizes.minPx;
  }
}

export interface RoledBlock {
  /** Where the block is, for messages: "kpi#3.value", "list#5.items[2].block". */
  where: string;
  role: BlockRole;
  block: TextBlock;
}

const KPI_ROLE: Record<KpiFigureKind, BlockRole> = {
  number: 'kpi-number',
  statement: 'kpi-statement',
  wording: 'kpi-wording',
};

/** Every text block of an element with its role. */
export function roledBlocks(el: Element, where: string, sizes: ThemeSizes, metrics: FontMetrics): RoledBlock[] {
  switch (el.kind) {
    case 'text':
      return [{ where, role: el.role, block: el }];
    case 'kpi':
      return [
        { where: `${where}.value`, role: KPI_ROLE[kpiFigureKind(el.figure.display, sizes, metrics)], block: el.value },
        { where: `${where}.label`, role: 'kpi-label', block: el.label },
      ];
    case 'list':
      return el.items.flatMap((it, i) => [
        { where: `${where}.items[${i}].marker`, role: 'list-marker' as const, block: it.markerBlock },
        { where: `${where}.items[${i}].block`, role: 'list-item' as const, block: it.block },
      ]);
    case 'table':
      return el.rows.flatMap((row, r) =>
        row.map((cell, c) => ({ where: `${where}.rows[${r}][${c}]`, role: 'table-cell' as const, block: cell.block })),
      );
    case 'chart': {
      const blocks: RoledBlock[] = [{ where: `${where}.title`, role: 'chart-title', block: el.title }];
      if (el.chartKind === 'bar') {
        el.geometry.bars.forEach((b, i) => {
          blocks.push(
            { where: `${where}.bars[${i}].value`, role: 'chart-label', block: b.value },
            { where: `${where}.bars[${i}].label`, role: 'chart-label', block: b.label },
          );
        });
      } else {
        if (el.geometry.centre)
          blocks.push({ where: `${where}.centre`, role: 'chart-label', block: el.geometry.centre });
        el.geometry.legend.forEach((l, i) =>
          blocks.push({ where: `${where}.legend[${i}]`, role: 'chart-label', block: l.block }),
        );
      }
      return blocks;
    }
    case 'shape':
      return [];
  }
}
