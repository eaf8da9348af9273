/**
 * Chinese words, as break opportunities: a line may break between two Chinese words but not
 * inside one ("新培育高新技术企/业", "制度保/障", "因地/制宜" read wrong). Words come from
 * Intl.Segmenter('zh', { granularity: 'word' }) (ICU's dictionary; in Node 20 and Chromium alike),
 * so the screen, PPTX and PDF break the same. Only runs of two or more Han characters become
 * spans: Latin words and numbers are already kept whole by the break classes.
 */
import type { KeepTogether } from './wrap';

/** A dictionary word longer than this is not a word a reader keeps whole (and may be a mis-segment). */
const MAX_WORD_CHARS = 8;
/** Texts whose words are remembered: fitting wraps the same text at many sizes and widths. */
const CACHE_ENTRIES = 4096;

const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u;
const HAN_ANY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** The dictionary groups runs of numerals arbitrarily ("一/二三四/五", "八九/十一"): not words. */
const NUMERALS_ONLY = /^[〇零一二三四五六七八九十百千万亿两]+$/u;

/**
 * Set phrases of government work reports that the dictionary splits into words but a reader
 * takes as one name ("政府/工作/报告", "专精/特/新"): kept whole like a word.
 */
export const SET_PHRASES: readonly string[] = [
  '政府工作报告',
  '人民代表大会',
  '高质量发展',
  '新质生产力',
  '专精特新',
  '中小企业',
  '高新技术企业',
  '营商环境',
  '乡村振兴',
  '共同富裕',
];

let segmenter: Intl.Segmenter | undefined;
const cache = new Map<string, KeepTogether>();

/** [start, end) UTF-16 spans of the text's Chinese words of 2…8 characters, then its set phrases. */
export function chineseWordSpans(text: string): KeepTogether {
  if (!HAN_ANY.test(text)) return [];
  const hit = cache.get(text);
  if (hit) return hit;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const spans: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    if (
      segment.length >= 2 &&
      segment.length <= MAX_WORD_CHARS &&
      HAN_ONLY.test(segment) &&
      !NUMERALS_ONLY.test(segment)
    )
      spans.push([index, index + segment.length]);
  }
  for (const phrase of SET_PHRASES)
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
      spans.push([at, at + phrase.length]);
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(text, spans);
  return spans;
}
