/**
 * Character classes for line breaking: a small, predictable subset of UAX #14 plus the Chinese
 * line-start/line-end prohibitions (禁则, GB/T 15834 and the W3C clreq). Looked up once per
 * character from a 64 KB table, so the wrapping loop never runs a regular expression.
 *
 * Break rule between two neighbouring characters a and b (see canBreakBetween):
 *   - never before a CLOSE (、，。）」 … may not start a line) or a GLUE (combining marks),
 *   - never after an OPEN ((「《“ … may not end a line),
 *   - never inside a WORD run (Latin words and numbers: "PM2.5", "131.7", "5.2%", "https://…"),
 *     unless a space separates them,
 *   - never between two DASHes ("——", "……" stay whole),
 *   - anywhere else: between CJK characters, and between CJK and Latin.
 */

/** Letters, digits and ASCII symbols: runs of them are not broken without a space. */
export const WORD = 1;
/** Must not start a line: closing punctuation and brackets, %, ‰, ℃ … */
export const CLOSE = 2;
/** Must not end a line: opening brackets and quotes, currency prefixes. */
export const OPEN = 4;
/** Attaches to the previous character: combining marks, variation selectors, joiners. */
export const GLUE = 8;
/** U+0020: a break opportunity whose width is dropped at a line end. */
export const SPACE = 16;
/** Forces a line break: \n, \r (\r\n counts once), U+2028, U+2029. */
export const NEWLINE = 32;
/** Dashes and ellipses that come in pairs in Chinese ("——", "……"): no break inside a pair. */
export const DASH = 64;

/** Characters that may not start a line (besides the ASCII ones, which are also WORD). */
export const LINE_START_PROHIBITED =
  '、，。；：！？）」』】》〉〕〗〙〛］｝”’…‥·・‧%‰‱％．,.;:!?)]}' +
  '﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞｡､｣〟〞℃℉′″‼⁇⁈⁉»々〻ー' +
  'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ';
/** Characters that may not end a line. */
export const LINE_END_PROHIBITED = '（「『【《〈〔〖〘〚［｛“‘([{｢〝﹙﹛﹝«￥￡＄';
const DASHES = '—―⸺⸻…‥⋯';

const BMP_SIZE = 0x10000;
const ZERO_WIDTH_JOINER = 0x200d;
const WORD_JOINER = 0x2060;
const BYTE_ORDER_MARK = 0xfeff;

// [first, last] inclusive ranges of WORD characters.
const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x21, 0x7e], // ASCII printable except space
  [0xa0, 0x2ff], // NBSP, Latin-1, Latin Extended A/B, IPA, spacing modifiers
  [0x370, 0x52f], // Greek, Cyrillic
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
  [0x2030, 0x2034], // ‰ ‱ ′ ″ ‴ (follow a number)
  [0x2160, 0x2188], // Roman numerals Ⅰ Ⅱ …
  [0xfb00, 0xfb06], // Latin ligatures ﬁ ﬂ
  [0xff10, 0xff19], // full-width digits: "２０２４" stays whole
  [0xff21, 0xff3a], // full-width capitals
  [0xff41, 0xff5a], // full-width small letters
];

const GLUE_RANGES: readonly (readonly [number, number])[] = [
  [0x300, 0x36f], // combining diacritics
  [0x483, 0x489],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff], // combining marks for symbols (enclosing circle …)
  [0x302a, 0x302f], // ideographic tone marks
  [0x3099, 0x309a], // kana voicing marks
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
];

function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(BMP_SIZE);
  const setRange = (first: number, last: number, flag: number) => {
    for (let c = first; c <= last; c++) table[c] = (table[c] as number) | flag;
  };
  const setChars = (chars: string, flag: number) => {
    for (const ch of chars) {
      const c = ch.codePointAt(0) as number;
      table[c] = (table[c] as number) | flag;
    }
  };
  for (const [first, last] of WORD_RANGES) setRange(first, last, WORD);
  for (const [first, last] of GLUE_RANGES) setRange(first, last, GLUE);
  setChars(LINE_START_PROHIBITED, CLOSE);
  setChars(LINE_END_PROHIBITED, OPEN);
  setChars(DASHES, DASH);
  // Joiners bind both neighbours.
  setChars(String.fromCharCode(ZERO_WIDTH_JOINER, WORD_JOINER, BYTE_ORDER_MARK), GLUE | OPEN);
  // The middle dot joins names ("马克思·恩格斯"); it is prohibited at line start but not WORD.
  table[0xb7] = CLOSE;
  table[0x20] = SPACE;
  table[0x0a] = NEWLINE;
  table[0x0d] = NEWLINE;
  table[0x2028] = NEWLINE;
  table[0x2029] = NEWLINE;
  return table;
}

const BMP_CLASSES = buildBmpTable();

/** Break-class flags of a code point (a bit set of WORD, CLOSE, OPEN, GLUE, SPACE, NEWLINE, DASH). */
export function breakClass(codePoint: number): number {
  if (codePoint < BMP_SIZE) return BMP_CLASSES[codePoint] as number;
  // Astral planes: variation selectors supplement, tags and emoji skin-tone modifiers attach to
  // the previous character; everything else (CJK extensions B+, emoji) breaks like an ideograph.
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return GLUE;
  if (codePoint >= 0xe0020 && codePoint <= 0xe007f) return GLUE;
  if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) return GLUE;
  return 0;
}

/**
 * May a line break between a and b (their break classes)? `spaced`: spaces separate them, which
 * allows a break between Latin words but still not before a CLOSE or after an OPEN.
 */
export function canBreakBetween(a: number, b: number, spaced: boolean): boolean {
  // Branch-free on purpose: this runs once per character and its outcome is unpredictable.
  return ((b & CLOSE) | (a & OPEN)) === 0 && (spaced || ((b & GLUE) | (a & b & (WORD | DASH))) === 0);
}

/**
 * May a too-long word be cut between a and b? Ignores WORD (a word longer than the line has to
 * be cut somewhere) but keeps every prohibition a reader would notice.
 */
export function canCutWordBetween(a: number, b: number): boolean {
  return ((b & (CLOSE | GLUE)) | (a & OPEN) | (a & b & DASH)) === 0;
}
