// Plain text of slides, for search and for tests: every block's lines joined, plus the notes.
import { blockText } from '../../../core/deck/blocks';
import type { Element, Slide } from '../../../core/deck/types';

function elementTexts(el: Element): string[] {
  switch (el.kind) {
    case 'text':
      return [blockText(el)];
    case 'kpi':
      return [blockText(el.value), blockText(el.label)];
    case 'list':
      return el.items.map((i) => blockText(i.block));
    case 'chart':
      return [
        blockText(el.title),
        ...(el.chartKind === 'bar' ? el.geometry.bars.flatMap((b) => [blockText(b.label), blockText(b.value)]) : el.geometry.legend.map((l) => blockText(l.block))),
      ];
    case 'table':
      return el.rows.flatMap((r) => r.map((c) => blockText(c.block)));
    case 'shape':
      return [];
  }
}

export function slideText(slide: Slide): string {
  return [slide.title, ...slide.elements.flatMap(elementTexts)].join('\n');
}

export interface SearchHit {
  index: number;
  title: string;
  /** A short excerpt around the first match. */
  excerpt: string;
}

/** Slides whose text or notes contain every word of the query (case-insensitive). */
export function searchSlides(slides: readonly Slide[], query: string, limit = 50): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  slides.forEach((s, index) => {
    if (hits.length >= limit) return;
    const hay = `${slideText(s)}\n${s.notes}`;
    const lower = hay.toLowerCase();
    if (!words.every((w) => lower.includes(w))) return;
    const at = lower.indexOf(words[0]!);
    const excerpt = hay.slice(Math.max(0, at - 12), at + 28).replace(/\s+/g, ' ');
    hits.push({ index, title: s.title, excerpt });
  });
  return hits;
}
