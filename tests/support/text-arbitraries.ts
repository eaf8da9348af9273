/**
 * fast-check generators of report-like text for the wrapping and fitting property tests:
 * Chinese runs, Latin words, numbers with units, punctuation on either side, spaces, line breaks.
 * Test-only (imported by *.test.ts files, never by the app).
 */
import fc from 'fast-check';

const HAN = '中国经济发展改革创新就业收入增长稳定推进建设项目全省市县乡村产业科技投资消费';
const RARE = ['𠀀', '𠂇', '𡈽', '가', '😀']; // astral and unmapped characters: 1 em, one code point
const OPENING = ['（', '「', '『', '【', '《', '〈', '“', '‘', '('];
const CLOSING = [
  '、',
  '，',
  '。',
  '；',
  '：',
  '！',
  '？',
  '）',
  '」',
  '』',
  '】',
  '》',
  '〉',
  '”',
  '’',
  '…',
  '·',
  '%',
  '‰',
  '．',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
];
const NUMBERS = ['131.7', '5.2%', 'PM2.5', '2024', '1,599', '3.8万', '-0.5', '10/12', 'GDP', '5G', 'AI+'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const chars = (from: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...from), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A Latin word of 1–12 letters/digits, possibly with one joiner inside: "abc", "ab-cd", "x.9". */
const latinWord = fc
  .tuple(chars(ALNUM, 1, 6), fc.option(fc.tuple(fc.constantFrom('.', ',', '%', '-', '/', '+'), chars(ALNUM, 1, 6))))
  .map(([head, tail]) => (tail ? head + tail[0] + tail[1] : head));

const core = fc.oneof(
  { weight: 4, arbitrary: chars(HAN, 1, 6) },
  { weight: 2, arbitrary: latinWord },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...RARE) },
  { weight: 1, arbitrary: fc.constantFrom('中——', '好……', '　') },
);

/** One unit: at most one opening mark, a core, at most two closing marks, then a space, a line break or nothing. */
const unit = fc
  .tuple(
    fc.option(fc.constantFrom(...OPENING), { freq: 4 }),
    core,
    fc.array(fc.constantFrom(...CLOSING), { maxLength: 2 }),
    fc.constantFrom('', '', '', ' ', ' ', '  ', '\n', '\r\n'),
  )
  .map(([open, c, close, after]) => (open ?? '') + c + close.join('') + after);

/** Report-like mixed text: Chinese, Latin, numbers, punctuation, spaces and line breaks. */
export const reportText = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

/** Anything at all, including lone surrogates, control characters and combining marks. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(...HAN, ...CLOSING, ...OPENING, ' ', '\n', 'a', '1', '\u0301', '\ud800', '\t'),
    maxLength: 80,
  }),
  reportText,
);

export const LINE_START_FORBIDDEN: ReadonlySet<string> = new Set(CLOSING.concat(['〕', '］', '｝', ']', '}']));
export const LINE_END_FORBIDDEN: ReadonlySet<string> = new Set(OPENING.concat(['［', '｛', '〔', '[', '{']));

/**
 * An independent statement of where a line may break, for the character repertoire above: the
 * spans between allowed breaks ("clusters": what must stay on one line when it fits). A break is
 * allowed between two characters unless the second is closing punctuation, the first is an
 * opening mark, both are ASCII (or ‰) with no space between, or both are dashes/ellipses.
 */
export function unbreakableClusters(text: string): { start: number; end: number }[] {
  const clusters: { start: number; end: number }[] = [];
  const isWord = (ch: string) => /^[\x21-\x7e‰]$/.test(ch);
  const isDash = (ch: string) => ch === '—' || ch === '…';
  let start = -1;
  let end = -1;
  let prev = '';
  let spaced = false;
  let i = 0;
  for (const ch of text) {
    if (ch === ' ') {
      spaced = prev !== '';
    } else if (/^[\r\n\u2028\u2029]$/.test(ch)) {
      if (start >= 0) clusters.push({ start, end });
      [start, prev, spaced] = [-1, '', false];
    } else {
      const allowed =
        prev === '' ||
        (!LINE_START_FORBIDDEN.has(ch) &&
          !LINE_END_FORBIDDEN.has(prev) &&
          (spaced || !((isWord(prev) && isWord(ch)) || (isDash(prev) && isDash(ch)))));
      if (allowed) {
        if (start >= 0) clusters.push({ start, end });
        start = i;
      }
      end = i + ch.length;
      [prev, spaced] = [ch, false];
    }
    i += ch.length;
  }
  if (start >= 0) clusters.push({ start, end });
  return clusters;
}
