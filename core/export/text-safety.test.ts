/**
 * stripControlChars / hasControlChars (text-safety.ts): what every exporter does to text before
 * it goes into a file. XML 1.0 allows tab, LF and CR of C0; everything else of C0, DEL, U+FFFE,
 * U+FFFF and lone surrogates must not reach a PPTX (PowerPoint offers "Repair") or a PDF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControlChars, stripControlChars } from './text-safety';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings rich in what matters here: C0 controls, surrogate halves, CJK, emoji. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.integer({ min: 0, max: 0x20 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\uD800', '\uDFFF', '\uD83D\uDE00', '\uFFFE', '\uFFFF', '\u007F', '政府工作报告', '👨‍👩‍👧', '\uFFFD'),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('stripControlChars', () => {
  it('removes every C0 control except tab, LF and CR, and DEL', () => {
    for (let c = 0; c < 0x20; c++) {
      const ch = String.fromCharCode(c);
      const keep = c === 0x09 || c === 0x0a || c === 0x0d;
      expect(stripControlChars(`a${ch}b`), `U+${c.toString(16).padStart(4, '0')}`).toBe(keep ? `a${ch}b` : 'ab');
    }
    expect(stripControlChars('a\u007Fb')).toBe('ab');
  });

  it('removes the non-characters U+FFFE and U+FFFF', () => {
    expect(stripControlChars('a\uFFFEb\uFFFFc')).toBe('abc');
  });

  it('replaces a lone surrogate with U+FFFD and keeps surrogate pairs (emoji)', () => {
    expect(stripControlChars('a\uD800b')).toBe('a\uFFFDb');
    expect(stripControlChars('a\uDC00')).toBe('a\uFFFD');
    expect(stripControlChars('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
    expect(stripControlChars('增长😀👍🏽')).toBe('增长😀👍🏽');
  });

  it('leaves ordinary report text unchanged (CJK, full-width punctuation, newlines)', () => {
    const text = '2025年地区生产总值增长5%左右。\n“灯塔工厂”、R&D经费<3%>\t完成';
    expect(stripControlChars(text)).toBe(text);
  });

  it('property: the result has no forbidden character and no lone surrogate', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = stripControlChars(s);
        expect(out).not.toMatch(FORBIDDEN);
        expect(out).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: idempotent, and it only ever removes or replaces (never adds or reorders) characters', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = stripControlChars(s);
        expect(stripControlChars(out)).toBe(out);
        // Take the forbidden characters out of the input, mark lone surrogates: that is the output.
        const expected = [...s]
          .map((ch) => (FORBIDDEN.test(ch) ? '' : /^[\uD800-\uDFFF]$/.test(ch) ? '\uFFFD' : ch))
          .join('');
        expect(out).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hasControlChars', () => {
  it('property: true exactly when stripping would change the text (and stable across calls)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const changed = stripControlChars(s) !== s;
        // Twice: a global regex's lastIndex must not leak from one call into the next.
        expect(hasControlChars(s)).toBe(changed);
        expect(hasControlChars(s)).toBe(changed);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers right after a match in a longer string (no stale lastIndex)', () => {
    expect(hasControlChars('xxxxxxxxxx\u0007')).toBe(true);
    expect(hasControlChars('\u0007')).toBe(true);
    expect(hasControlChars('clean')).toBe(false);
    expect(hasControlChars('\uD800')).toBe(true);
    expect(hasControlChars('\uD83D\uDE00')).toBe(false);
  });
});
