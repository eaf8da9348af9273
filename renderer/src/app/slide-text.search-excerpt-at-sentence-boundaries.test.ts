// Search excerpts start after the sentence end before the match and stop at the one after it,
// when those are near; the match itself is returned apart so the view can highlight it.
import { describe, expect, it } from 'vitest';
import { excerptParts } from './slide-text';

describe('search excerpts at sentence boundaries', () => {
  it('start after the previous 。 and end with the next one', () => {
    const hay = '上一句话讲别的内容而且很长很长很长。今年城镇新增就业45万人以上，调查失业率5.5%左右。下一句不应出现。';
    expect(excerptParts(hay, '就业')).toEqual({
      before: '今年城镇新增',
      match: '就业',
      after: '45万人以上，调查失业率5.5%左右。',
    });
  });
  it('fall back to a fixed cut when no sentence end is near', () => {
    const hay = `${'甲'.repeat(40)}目标${'乙'.repeat(80)}`;
    const p = excerptParts(hay, '目标');
    expect(p.before).toBe('甲'.repeat(12));
    expect(p.match).toBe('目标');
    expect([...p.after].length).toBe(26);
  });
  it('return the match as the text has it (case kept)', () => {
    expect(excerptParts('使用 GDP 指标。', 'gdp').match).toBe('GDP');
  });
});
