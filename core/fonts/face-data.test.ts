import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAdvances, decodeRanges, encodeAdvances, encodeRanges } from './face-data';

const sortedDistinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

describe('face data encoding', () => {
  test('ranges round-trip: decoding gives back every code point and no other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 300 }), (raw) => {
        const codePoints = sortedDistinct(raw);
        const decoded = decodeRanges(encodeRanges(codePoints)).flatMap(({ first, last }) =>
          Array.from({ length: last - first + 1 }, (_, k) => first + k),
        );
        expect(decoded).toEqual(codePoints);
      }),
    );
  });

  test('advances round-trip, repeats compressed as value*count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0x300 }), fc.constantFrom(0, 224, 500, 555, 1000, 3000)), {
          maxLength: 300,
        }),
        (pairs) => {
          const byCodePoint = new Map(pairs);
          const entries = sortedDistinct([...byCodePoint.keys()]).map((codePoint) => ({
            codePoint,
            advance: byCodePoint.get(codePoint) as number,
          }));
          expect(decodeAdvances(encodeAdvances(entries))).toEqual(entries);
        },
      ),
    );
    const run = Array.from({ length: 63 }, (_, k) => ({ codePoint: 0xff61 + k, advance: 500 }));
    expect(encodeAdvances([{ codePoint: 0x20, advance: 224 }, { codePoint: 0x21, advance: 286 }, ...run])).toBe(
      '20:224,286 ff61:500*63',
    );
  });

  test('malformed data is rejected, not silently misread', () => {
    expect(() => decodeRanges('20-1g')).toThrow();
    expect(() => decodeRanges('7e-20')).toThrow();
    expect(() => decodeAdvances('20-224')).toThrow();
    expect(() => decodeAdvances('20:22x')).toThrow();
  });
});
