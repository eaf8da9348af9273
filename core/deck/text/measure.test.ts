import { describe, expect, test } from 'vitest';
import { measureText, measureUnits } from './measure';

describe('measureText', () => {
  test('sums the real advances: 中文 is 2 em, iM is 0.275 + 0.812 em', () => {
    expect(measureText('中文', 20, 'regular')).toBe(40);
    expect(measureText('iM', 20, 'regular')).toBeCloseTo((275 + 812) / 50, 12);
    expect(measureUnits('iM', 'bold')).toBe(304 + 853);
    expect(measureText('', 20, 'regular')).toBe(0);
  });

  test('iterates by code point: an astral character counts once', () => {
    expect('𠂇'.length).toBe(2);
    expect(measureText('𠂇', 30, 'regular')).toBe(30);
    expect(measureText('a𠂇b', 30, 'regular')).toBeCloseTo(measureText('ab', 30, 'regular') + 30, 9);
  });

  test('characters the font lacks measure 1 em, so nothing is under-measured', () => {
    for (const unmapped of ['가', '😀', '\ufffd', '\ud800', '\t']) {
      expect(measureText(unmapped, 10, 'regular')).toBe(10);
    }
  });

  test('scales linearly with the font size', () => {
    const text = '2024年GDP增长5.2%';
    expect(measureText(text, 40, 'bold')).toBeCloseTo(2 * measureText(text, 20, 'bold'), 9);
  });
});
