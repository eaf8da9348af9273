import type { Element, FigureRef } from './types';

/**
 * The figures an element shows, in drawing order: what its source popover lists on screen (one
 * figure button per element that has any) and what the browser tests expect there.
 */
export function figuresOfElement(el: Element): FigureRef[] {
  switch (el.kind) {
    case 'text':
      return el.figures ?? [];
    case 'kpi':
      return [el.figure];
    case 'list':
      return el.items.flatMap((i) => i.figures ?? []);
    case 'chart':
      return el.data.map((d) => d.figure);
    case 'table':
      return el.rows.flatMap((r) => r.flatMap((c) => c.figures ?? []));
    case 'shape':
      return [];
  }
}
