/**
 * 民生实事: one project per numbered item. A leading short name ("养老助餐服务：…", "一老一小
 * 工程。…") becomes the title; otherwise the title is the item's first words, listed for review.
 */
import type { Project } from '../report/schema';
import { findFigures } from './figures';
import type { IdMaker } from './ids';
import { itemSpans } from './items';
import type { Layout } from './layout';
import type { RunItem } from './markers';
import { figuresOf } from './review-section';
import { reviewItem, type ReviewItem } from './review-items';
import { squash } from './text';

/** Longest title taken from a leading name, and longest cut of the first words. */
const NAME_MAX_CHARS = 14;
const CUT_TITLE_CHARS = 10;

export function buildProjects(
  layout: Layout,
  run: RunItem[],
  stopLine: number,
  pointer: string,
  ids: IdMaker,
): { projects: Project[]; items: ReviewItem[] } {
  const items: ReviewItem[] = [];
  // An item with no text (a bare "3." line) is left out.
  const filled = itemSpans(layout, run, stopLine)
    .map((item) => ({ item, whole: squash(layout.source.slice(item.span.start, item.span.end)) }))
    .filter(({ whole }) => whole !== '');
  const projects = filled.map(({ item, whole }, k) => {
    const p = `${pointer}/projects/${k}`;
    const named = new RegExp(`^([^，,。：:；;]{2,${NAME_MAX_CHARS}})[：:。]`, 'u').exec(whole);
    let title: string;
    let text = whole;
    let textSpan = item.span;
    if (named && whole.length > named[0].length + 4) {
      title = named[1]!;
      text = whole.slice(named[0].length);
      textSpan = {
        start: item.span.start + layout.source.slice(item.span.start).indexOf(named[0].slice(-1)) + 1,
        end: item.span.end,
      };
    } else {
      // The first clause without its numbers: "新建改造50个社区养老工程" → "新建改造社区养老工程".
      const clause = whole.split(/[，,。；;、]/u)[0] ?? whole;
      const words = findFigures(clause).reduceRight((t, f) => t.slice(0, f.start) + t.slice(f.end), clause);
      title = (words || clause).slice(0, CUT_TITLE_CHARS);
      items.push(
        reviewItem(
          'title-cut',
          `${p}/title`,
          item.span,
          `第${item.number}项民生实事的简称“${title}”截自原文，请改为简短名称。`,
          `The short name "${title}" of project ${item.number} was cut from its text; please give it a name.`,
        ),
      );
    }
    return {
      id: ids.make('project'),
      number: item.number,
      title,
      text,
      figures: figuresOf(layout.source, textSpan, items, p),
      source: text,
    };
  });
  return { projects, items };
}
