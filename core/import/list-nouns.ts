/**
 * Counts listed side by side keep what they count: in "新建50个社区养老工程、50个区域养老
 * 服务中心、100个标准化社区食堂" the three "50个 / 50个 / 100个" say nothing apart, so each
 * figure's wording runs on to the end of its list item (the 、 or the clause's punctuation).
 * A count alone ("新创建38个省级绿色工厂") keeps the bare number and measure word. Pure.
 */
import type { FoundFigure } from './figures';
import { halfWidthDigits, squash } from './text';

/** Measure words of things counted one by one; "50亿元、30%" are amounts, not listed things. */
const COUNT_WORDS = new Set([
  '个',
  '家',
  '所',
  '处',
  '座',
  '条',
  '项',
  '套',
  '辆',
  '间',
  '台',
  '部',
  '张',
  '名',
  '户',
  '件',
  '场',
  '批',
  '只',
  '头',
  '株',
  '册',
]);
/** Longest counted thing taken into a display, in characters. */
const NOUN_MAX_CHARS = 16;
/** What ends a list item's noun: punctuation, a bracket, a digit (the next number). */
const NOUN_STOP = /[、，,；;。：:！？!?（）()\d０-９]/u;

const isCount = (f: FoundFigure) => !f.chineseNumeral && COUNT_WORDS.has(f.unit.replace(/^[万亿千百]/u, ''));

/** The words after a figure up to the next stop, with the stop's index in the source. */
function nounAfter(source: string, from: number): { noun: string; stopAt: number } {
  let i = from;
  while (i < source.length && !NOUN_STOP.test(source[i]!) && i - from < NOUN_MAX_CHARS * 2) i++;
  return { noun: squash(source.slice(from, i)), stopAt: i };
}

export function nameListedCounts(source: string, figures: FoundFigure[]): FoundFigure[] {
  const listed = new Set<number>();
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k]!;
    const next = figures[k + 1]!;
    if (!isCount(f) || !isCount(next)) continue;
    const { noun, stopAt } = nounAfter(source, f.end);
    if (noun === '' || noun.length > NOUN_MAX_CHARS || source[stopAt] !== '、') continue;
    if (source.slice(stopAt + 1, next.start).trim() !== '') continue;
    listed.add(k).add(k + 1);
  }
  return figures.map((f, k) => {
    if (!listed.has(k)) return f;
    const { noun } = nounAfter(source, f.end);
    if (noun === '' || noun.length > NOUN_MAX_CHARS) return f;
    return { ...f, display: halfWidthDigits(`${f.display}${noun}`) };
  });
}
