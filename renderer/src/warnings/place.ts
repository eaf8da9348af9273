/**
 * Where a data warning is in the deck: the report field it names (its readable path, e.g.
 * `sections[1].groups[0].items[3].figures[0].display`) is followed through the report to the
 * figure and the quote it belongs to, and from those to the slide that shows them. So a warning
 * reads "第 3 页 · 地区生产总值增长 5%：…" and a click can go there.
 */
import { baseId } from '../../../core/briefing/apply';
import { figuresOfElement } from '../../../core/deck/element-figures';
import type { Deck } from '../../../core/deck/types';
import type { Problem } from '../../../core/report/problems';
import type { Report } from '../../../core/report/schema';

export interface WarningPlace {
  problem: Problem;
  /** The slide (index in the deck) that shows what the warning is about, if one does. */
  index: number | undefined;
  /** The figure the warning is about, if it is about one. */
  figure: { label: string; display: string } | undefined;
}

/** `a.b[2]["c d"]` → ['a', 'b', 2, 'c d']. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
    if (re.lastIndex >= path.length) break;
  }
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What the path passes through: the ids on the way, the deepest quote, the figure. */
function walk(report: Report, path: string) {
  const ids: string[] = [];
  let quote: string | undefined;
  let figure: WarningPlace['figure'];
  let node: unknown = report;
  for (const seg of pathSegments(path)) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[seg];
    if (!isRecord(node)) continue;
    if (typeof node['id'] === 'string') ids.push(node['id']);
    if (typeof node['source'] === 'string') quote = node['source'];
    if (typeof node['display'] === 'string')
      figure = { label: typeof node['label'] === 'string' ? node['label'] : '', display: node['display'] };
  }
  return { ids, quote, figure };
}

export function placeWarning(problem: Problem, report: Report, deck: Deck): WarningPlace {
  const { ids, quote, figure } = walk(report, problem.path);
  const find = (pred: (i: number) => boolean) => {
    const i = deck.slides.findIndex((_, k) => pred(k));
    return i < 0 ? undefined : i;
  };
  const slides = deck.slides;
  const index =
    (figure &&
      find((i) =>
        slides[i]!.elements.some((el) =>
          figuresOfElement(el).some((f) => f.display === figure.display && f.label === figure.label),
        ),
      )) ??
    (quote !== undefined ? find((i) => slides[i]!.sources.some((s) => s.quote === quote)) : undefined) ??
    [...ids]
      .reverse()
      .map((id) => find((i) => baseId(slides[i]!.id).split('/').includes(id)))
      .find((i) => i !== undefined) ??
    (ids[0] !== undefined ? find((i) => slides[i]!.sectionId === ids[0]) : undefined);
  return { problem, index, figure };
}

export function placeWarnings(problems: readonly Problem[], report: Report, deck: Deck): WarningPlace[] {
  return problems.map((p) => placeWarning(p, report, deck));
}
