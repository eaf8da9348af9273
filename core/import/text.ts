/**
 * Text helpers of the importer. The source text is never changed: every piece the importer
 * keeps is a slice of it, with whitespace taken out (a PDF text layer breaks lines inside words,
 * and the provenance check ignores whitespace), so a quote is found in the source by construction.
 */

/** Digits, decimal point and percent sign written full width (０-９ ． ％) → ASCII. Punctuation stays. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF05\uFF0E\uFF0B]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * A slice of the source as one line of text: line breaks and the spaces around them go, and a
 * space survives only between two ASCII letters or digits ("Wi Fi" stays, "6 个" becomes "6个").
 */
export function squash(s: string): string {
  const noBreaks = s.replace(/[ \t\u3000]*\r?\n[ \t\u3000\r\n]*/gu, '');
  return noBreaks
    .replace(/[ \t\u3000]+/gu, (space, at: number, all: string) => {
      const before = all[at - 1] ?? '';
      const after = all[at + space.length] ?? '';
      return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
    })
    .trim();
}

/** A piece of the source: [start, end) offsets into it. */
export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** The line as printed, without its line break. */
  raw: string;
  /** The line squashed (see squash). */
  text: string;
  /** 1-based line number, for messages. */
  number: number;
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= source.length) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    const raw = source.slice(start, end).replace(/\r$/u, '');
    lines.push({ start, end: start + raw.length, raw, text: squash(raw), number });
    if (nl < 0) break;
    start = nl + 1;
    number++;
  }
  return lines;
}

/** 1-based line and column of an offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const SENTENCE_END = /[。！？!?；;]/u;

/**
 * Longest piece of source the importer keeps as one text, in characters: a text without
 * punctuation (a table, a PDF without stops) is cut here, so every text stays within the data
 * format's 4,000 characters.
 */
export const MAX_PIECE_CHARS = 1500;

/** A span cut to at most MAX_PIECE_CHARS characters of source. */
export function clampSpan(span: Span): Span {
  return span.end - span.start > MAX_PIECE_CHARS ? { start: span.start, end: span.start + MAX_PIECE_CHARS } : span;
}

/**
 * Sentences of a span: each ends after 。！？； (a closing quote mark after it stays with it), or
 * at the span's end. Whitespace-only pieces are dropped.
 */
export function sentences(source: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!SENTENCE_END.test(source[i]!)) continue;
    let end = i + 1;
    while (end < span.end && /[”’」』）)]/u.test(source[end]!)) end++;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < span.end) out.push({ start, end: span.end });
  // A "sentence" longer than a piece is cut into pieces.
  const pieces = out.flatMap((s) => {
    const cut: Span[] = [];
    for (let at = s.start; at < s.end; at += MAX_PIECE_CHARS)
      cut.push({ start: at, end: Math.min(s.end, at + MAX_PIECE_CHARS) });
    return cut;
  });
  return pieces.map((s) => trimSpan(source, s)).filter((s) => s.end > s.start);
}

export function trimSpan(source: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(source[start]!)) start++;
  while (end > start && /\s/u.test(source[end - 1]!)) end--;
  return { start, end };
}

/** Squashed text of a span. */
export function textOf(source: string, span: Span): string {
  return squash(source.slice(span.start, span.end));
}

/** Count of Chinese characters, to tell prose from stray numbers and layout debris. */
export function cjkCount(s: string): number {
  return (s.match(/[\u4e00-\u9fff]/gu) ?? []).length;
}

/**
 * Text a PDF layout doubled (bold drawn twice: "20242024年成绩单年成绩单"): a run of three or
 * more characters repeated at once. Such lines are page furniture, not report text.
 */
export function looksDoubled(s: string): boolean {
  const t = s.replace(/\s+/gu, '');
  // Furniture is short; the test is quadratic in the line's length, so prose is not tested.
  return t.length <= DOUBLED_MAX_CHARS && /(.{3,})\1/u.test(t);
}

/** Longest line that can be a doubled heading (the Shanxi digest's longest is 36 characters). */
const DOUBLED_MAX_CHARS = 80;
