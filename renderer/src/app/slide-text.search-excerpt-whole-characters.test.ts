// Search excerpts are cut at whole characters: an emoji, a flag or 𠂇 at either end of the
// excerpt shows whole, never as half a surrogate pair (U+FFFD on screen).
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../core/deck/types';
import { excerptAround, searchSlides } from './slide-text';

// As tests/generators/hostile-report.ts (not importable here: the web typecheck project holds
// renderer/ and core/ only); the browser test tests/e2e/hostile-text.spec.ts uses the real one.
const HOSTILE = [
  '😀👨‍👩‍👧👍🏽🇨🇳☀️✅',
  '李𠂇',
  ']]>',
  '</a:t></a:r><a:r><a:t>injected',
  'AB\u200Fشمال\u202EC',
  '<script>alert(1)</script>',
];
const slide = (notes: string) => ({ id: 's', title: 't', notes, elements: [] }) as unknown as Slide;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('search excerpts', () => {
  it('never cut a character in half, wherever a hostile string sits in the text', () => {
    const text = HOSTILE.join('增长5%。') + '。';
    // Every shift of the text moves the excerpt's edges across every character once.
    const slides = Array.from({ length: 40 }, (_, k) => slide('第'.repeat(k) + text));
    for (const word of HOSTILE) {
      const hits = searchSlides(slides, word);
      expect(hits.length, word).toBe(slides.length);
      for (const h of hits) expect(LONE_SURROGATE.test(h.excerpt), `${word}: ${JSON.stringify(h.excerpt)}`).toBe(false);
    }
  });

  it('count an emoji sequence or an astral ideograph as one character', () => {
    const hay = '👨‍👩‍👧'.repeat(20) + '目标' + '𠂇'.repeat(40);
    const ex = excerptAround(hay, '目标');
    expect(ex).toBe('👨‍👩‍👧'.repeat(12) + '目标' + '𠂇'.repeat(26));
  });

  it('stay on the match when a character lower-cases to more than one unit', () => {
    const hay = 'İ'.repeat(30) + 'MATCH' + 'x'.repeat(5);
    expect(excerptAround(hay, 'match').startsWith('İ'.repeat(12) + 'MATCH')).toBe(true);
  });
});
