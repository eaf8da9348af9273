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
  /** A short excerpt around the first match, from the start of its sentence where that is near. */
  excerpt: string;
  /** The excerpt in three: the match is drawn highlighted. */
  parts: ExcerptParts;
}

export interface ExcerptParts {
  before: string;
  match: string;
  after: string;
}

/** Excerpt length around a hit, in characters (graphemes: an emoji or 𠂇 counts once). */
const EXCERPT_BEFORE_CHARS = 12;
const EXCERPT_AFTER_CHARS = 28;
/** How far an excerpt reaches to start or end at a sentence boundary instead. */
const SENTENCE_BEFORE_MAX_CHARS = 30;
const SENTENCE_AFTER_MAX_CHARS = 50;
const SENTENCE_END = /^[。！？；!?;\n]$/;

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The text around the first match of `word`, cut at whole characters: cutting at UTF-16 units
 * would split an emoji or a rare ideograph and show U+FFFD. Matching is per character in lower
 * case, so a character whose lower case is longer (İ) cannot shift the excerpt. The excerpt
 * starts after the sentence end before the match and stops at the one after it when they are
 * near; else it is cut at a fixed number of characters.
 */
export function excerptParts(hay: string, word: string): ExcerptParts {
  const chars = Array.from(graphemes.segment(hay), (g) => g.segment);
  let lower = '';
  const charAt: number[] = [];
  chars.forEach((c, i) => {
    const l = c.toLowerCase();
    lower += l;
    for (let k = 0; k < l.length; k++) charAt.push(i);
  });
  const found = lower.indexOf(word);
  const at = charAt[found] ?? 0;
  const end = found < 0 ? at : (charAt[found + word.length - 1] ?? at) + 1;
  let start = Math.max(0, at - EXCERPT_BEFORE_CHARS);
  for (let k = at - 1; k >= Math.max(0, at - SENTENCE_BEFORE_MAX_CHARS); k--) {
    if (SENTENCE_END.test(chars[k]!)) {
      start = k + 1;
      break;
    }
  }
  let stop = Math.min(chars.length, at + EXCERPT_AFTER_CHARS);
  for (let k = end; k < Math.min(chars.length, end + SENTENCE_AFTER_MAX_CHARS); k++) {
    if (SENTENCE_END.test(chars[k]!)) {
      stop = k + 1;
      break;
    }
  }
  stop = Math.max(stop, end);
  const text = (from: number, to: number) => chars.slice(from, to).join('').replace(/\s+/g, ' ');
  return { before: text(start, at).trimStart(), match: text(at, end), after: text(end, stop).trimEnd() };
}

export function excerptAround(hay: string, word: string): string {
  const p = excerptParts(hay, word);
  return p.before + p.match + p.after;
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
    const parts = excerptParts(hay, words[0]!);
    hits.push({ index, title: s.title, excerpt: parts.before + parts.match + parts.after, parts });
  });
  return hits;
}
