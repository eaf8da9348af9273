// Search excerpts are cut at whole characters: an emoji, a flag or 𠂇 at either end of the
// excerpt shows whole, never as half a surrogate pair (U+FFFD on screen).
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../core/deck/compile';
import { HOSTILE, HOSTILE_KEYS, hostileReport } from '../../../tests/generators/hostile-report';
import { excerptAround, searchSlides } from './slide-text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('search excerpts', () => {
  it('never cut a character in half, for every hostile string of the hostile report', () => {
    const deck = compileDeck(hostileReport());
    for (const key of HOSTILE_KEYS) {
      const hits = searchSlides(deck.slides, HOSTILE[key]);
      expect(hits.length, key).toBeGreaterThan(0);
      for (const h of hits) expect(LONE_SURROGATE.test(h.excerpt), `${key}: ${JSON.stringify(h.excerpt)}`).toBe(false);
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
