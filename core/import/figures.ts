/**
 * Figures inside sentences: the number as the report words it, its machine value, unit and
 * bound. Pure: works on any slice of a source; offsets are into that source.
 *
 *   增长5%左右 → about · 6%以上 / 300多家 / 超过550亿元 → atLeast · 控制在3%以内 / 10个自然日内
 *   → atMost · 下降3.2% → the value is negative (-3.2) · 两倍多 / 近千亿元 → Chinese numerals
 *   keep their wording and get no machine value (the reviewer sets it).
 */
import type { Bound } from '../report/schema';
import { nameListedCounts } from './list-nouns';
import { halfWidthDigits, squash, type Span } from './text';

export interface FoundFigure extends Span {
  /** The report's wording, squashed, with full-width digits made ASCII. */
  display: string;
  value: number | undefined;
  unit: string;
  bound: Bound;
  /** The number is written in Chinese numerals: no machine value was set. */
  chineseNumeral: boolean;
}

/** Units as printed, longest first so that 万千瓦时 wins over 万 + 千瓦. */
const BASE_UNITS = [
  '微克/立方米',
  '个百分点',
  '个自然日',
  '个工作日',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '标准箱',
  '千米',
  '公里',
  '千瓦',
  '公顷',
  '人次',
  '剂次',
  '美元',
  '个月',
  '小时',
  '%',
  '％',
  '‰',
  '人',
  '名',
  '家',
  '户',
  '个',
  '件',
  '台',
  '部',
  '处',
  '场',
  '张',
  '亩',
  '斤',
  '吨',
  '元',
  '位',
  '强',
  '年',
  '所',
  '座',
  '条',
  '项',
  '套',
  '辆',
  '间',
  '次',
  '天',
  '倍',
  '岁',
  '只',
  '头',
  '株',
  '册',
  '期',
  '批',
  '米',
];
const UNIT_ALT = BASE_UNITS.join('|');
const MAGNITUDE = '(?:万|亿|千|百)';
const DIGITS = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
const CN_DIGITS = '[零一二两三四五六七八九十百千万亿]+';
const S = '[ \\t\\u3000\\r\\n]*';

/** Words before a number that set its bound, with the bound; they are part of the display. */
const PREFIXES: { word: string; bound: Bound; sign: 1 | -1 }[] = [
  { word: '不低于', bound: 'atLeast', sign: 1 },
  { word: '不少于', bound: 'atLeast', sign: 1 },
  { word: '不超过', bound: 'atMost', sign: 1 },
  { word: '不高于', bound: 'atMost', sign: 1 },
  { word: '超过', bound: 'atLeast', sign: 1 },
  { word: '突破', bound: 'atLeast', sign: 1 },
  { word: '下降', bound: 'exact', sign: -1 },
  { word: '减少', bound: 'exact', sign: -1 },
  { word: '近', bound: 'about', sign: 1 },
  { word: '约', bound: 'about', sign: 1 },
];
const PREFIX_ALT = PREFIXES.map((p) => p.word).join('|');

const ARABIC = new RegExp(
  `(?<![A-Za-z0-9.．０-９])(${PREFIX_ALT})?${S}(${DIGITS})${S}(${MAGNITUDE})?(多|余)?${S}(${UNIT_ALT})?(以上|左右|以内|以下|多|内)?`,
  'gu',
);
/** Chinese numerals only where the wording makes them a quantity: 两倍多, 提前三年, 近千亿元. */
const CHINESE = new RegExp(
  `(提前|近|约|超过)?(${CN_DIGITS})(多|余)?(${MAGNITUDE})?(倍|${UNIT_ALT})(以上|左右|多)?`,
  'gu',
);

function boundOf(prefix: string | undefined, approx: string | undefined, suffix: string | undefined): Bound {
  if (suffix === '以上' || suffix === '多') return 'atLeast';
  if (suffix === '左右') return 'about';
  if (suffix === '以内' || suffix === '以下' || suffix === '内') return 'atMost';
  if (approx) return 'atLeast';
  return PREFIXES.find((p) => p.word === prefix)?.bound ?? 'exact';
}

function parseNumber(digits: string): number {
  return Number(halfWidthDigits(digits).replace(/[,，]/gu, ''));
}

/** A year ("2024年") or a date is not a figure. */
function isYear(digits: string, unit: string): boolean {
  return unit === '年' && /^\d{4,}$/u.test(halfWidthDigits(digits));
}

export function findFigures(source: string, span: Span = { start: 0, end: source.length }): FoundFigure[] {
  const text = source.slice(span.start, span.end);
  const found: FoundFigure[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const [whole, prefix, digits, magnitude, approx, base = '', suffix] = m;
    // A number needs a unit, or at least a magnitude ("200万农村人口"): bare numbers are not figures.
    if (!base && !magnitude) continue;
    if (isYear(digits!, base)) continue;
    // "内" only closes a time span (10个自然日内); elsewhere it begins the next word (5年内…).
    let end = whole.length;
    let closing = suffix;
    if (suffix === '内' && !/日|天|月|年/u.test(base)) {
      closing = undefined;
      end -= 1;
    }
    if (closing === '多' && base !== '倍') {
      closing = undefined;
      end -= 1;
    }
    const sign = PREFIXES.find((p) => p.word === prefix)?.sign ?? 1;
    // A bound word before the number that is no bound ("下降") stays out of the value but in the display.
    const start = span.start + m.index;
    const raw = source.slice(start, start + end);
    found.push({
      start,
      end: start + end,
      display: halfWidthDigits(squash(raw)),
      value: sign * parseNumber(digits!),
      unit: halfWidthDigits(`${magnitude ?? ''}${base}`),
      bound: boundOf(prefix, approx, closing),
      chineseNumeral: false,
    });
  }
  for (const m of text.matchAll(CHINESE)) {
    const [whole, lead, , approx, magnitude, base, suffix] = m;
    // Without a lead word only 倍 makes a Chinese numeral a quantity (三个一号, 一批 are names).
    if (!lead && base !== '倍') continue;
    const start = span.start + m.index;
    if (found.some((f) => f.start < start + whole.length && start < f.end)) continue;
    const bound: Bound = lead === '提前' ? 'exact' : boundOf(lead, approx, suffix);
    // 近千亿元: the 亿 of 千亿 is the unit's magnitude, not part of the number.
    const numeral = m[2]!;
    const unitMagnitude = magnitude ?? (numeral.length > 1 && /[万亿]$/u.test(numeral) ? numeral.slice(-1) : '');
    found.push({
      start,
      end: start + whole.length,
      display: whole,
      value: undefined,
      unit: `${unitMagnitude}${base!}`,
      bound,
      chineseNumeral: true,
    });
  }
  return nameListedCounts(
    source,
    found.sort((a, b) => a.start - b.start),
  );
}

/** Words a label should not end with: the verb that joins it to its number. */
const LABEL_TAIL = /(分别)?(达到|达|为|至|降至|提高到|提升到|突破|完成|实现|超过|约)$/u;

/**
 * What a figure counts, in the report's words: the clause before it (back to the previous
 * punctuation or figure); for "38个省级绿色工厂" with nothing before it, the words after it.
 */
export function labelFor(source: string, figure: FoundFigure, clauseStart: number, clauseEnd: number): string {
  const before = squash(source.slice(clauseStart, figure.start))
    .replace(/^[，,、；;：:。\s]+/u, '')
    .replace(LABEL_TAIL, '');
  const after = squash(source.slice(figure.end, clauseEnd)).split(/[，,、；;。：:]/u)[0] ?? '';
  const label = before.length >= 2 ? before : `${before}${after}`;
  const clean = label.replace(/^[“”"'（）()]+|[（(]$/gu, '').trim();
  return (clean || figure.display).slice(-40);
}
