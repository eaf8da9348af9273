// Plain text of slides, for search and for tests: every block's lines joined, plus the notes.
import { blockText } from '../../../core/deck/blocks';
import type { Element, Slide } from '../../../core/deck/types';
import { assertNever } from '../../../core/assert-never';

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
        ...(el.chartKind === 'bar'
          ? el.geometry.bars.flatMap((b) => [blockText(b.label), blockText(b.value)])
          : el.geometry.legend.map((l) => blockText(l.block))),
      ];
    case 'table':
      return el.rows.flatMap((r) => r.map((c) => blockText(c.block)));
    case 'shape':
      return [];
    default:
      return assertNever(el, 'element kind');
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

/** Excerpt length around a hit, in characters (graphemes: an emoji or 𠂇 counts once). */
const EXCERPT_BEFORE_CHARS = 12;
const EXCERPT_AFTER_CHARS = 28;

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The text around the first match of `word`, cut at whole characters: cutting at UTF-16 units
 * would split an emoji or a rare ideograph and show U+FFFD. Matching is per character in lower
 * case, so a character whose lower case is longer (İ) cannot shift the excerpt.
 */
export function excerptAround(hay: string, word: string): string {
  const chars = Array.from(graphemes.segment(hay), (g) => g.segment);
  let lower = '';
  const charAt: number[] = [];
  chars.forEach((c, i) => {
    const l = c.toLowerCase();
    lower += l;
    for (let k = 0; k < l.length; k++) charAt.push(i);
  });
  const at = charAt[lower.indexOf(word)] ?? 0;
  return chars
    .slice(Math.max(0, at - EXCERPT_BEFORE_CHARS), at + EXCERPT_AFTER_CHARS)
    .join('')
    .replace(/\s+/g, ' ');
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
    hits.push({ index, title: s.title, excerpt: excerptAround(hay, words[0]!) });
  });
  return hits;
}
