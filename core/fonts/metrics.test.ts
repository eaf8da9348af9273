import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FaceMetricsData } from './face-data';
import { readNotoSansScFont } from '../node/font-files';
import {
  advanceEm,
  baselineInLineEm,
  createFontMetrics,
  hasGlyph,
  notoSansScMetrics,
  verticalMetricsEm,
} from './metrics';
import { parseTtf } from './ttf';
import { FONT_WEIGHTS } from './weight';

const cp = (ch: string) => ch.codePointAt(0) as number;

describe('generated Noto Sans SC metrics match the font files', () => {
  for (const weight of FONT_WEIGHTS) {
    const font = parseTtf(readNotoSansScFont(weight));
    const face = notoSansScMetrics.face(weight);
    const mapped: number[] = [];
    font.forEachMapping((c) => mapped.push(c));

    test(`${weight}: advances equal hmtx for 2,000 random code points (unmapped: 1 em)`, () => {
      // Half anywhere in Unicode (mostly unmapped), half among the mapped code points.
      const codePoint = fc.oneof(
        fc.integer({ min: 0, max: 0x10ffff }),
        fc.integer({ min: 0, max: mapped.length - 1 }).map((k) => mapped[k] as number),
      );
      fc.assert(
        fc.property(codePoint, (c) => {
          expect(face.advance(c)).toBe(font.codePointAdvance(c) ?? font.head.unitsPerEm);
          expect(face.hasGlyph(c)).toBe(font.glyphId(c) !== 0);
        }),
        { numRuns: 2000 },
      );
    });

    test(`${weight}: every mapped code point, exhaustively`, () => {
      const wrong = mapped.filter((c) => face.advance(c) !== font.codePointAdvance(c) || !face.hasGlyph(c));
      expect(wrong).toEqual([]);
      expect(face.unitsPerEm).toBe(font.head.unitsPerEm);
      expect([face.ascender, face.descender, face.lineGap]).toEqual([
        font.hhea.ascender,
        font.hhea.descender,
        font.hhea.lineGap,
      ]);
    });
  }
});

describe('metrics API', () => {
  test('advances in em: 中 is 1 em, Latin is proportional, bold Latin is wider', () => {
    expect(advanceEm(cp('中'), 'regular')).toBe(1);
    expect(advanceEm(cp('，'), 'bold')).toBe(1);
    expect(advanceEm(cp(' '), 'regular')).toBe(0.224);
    expect(advanceEm(cp('i'), 'regular')).toBeLessThan(advanceEm(cp('M'), 'regular'));
    expect(advanceEm(cp('a'), 'bold')).toBeGreaterThan(advanceEm(cp('a'), 'regular'));
  });

  test('characters without a glyph measure 1 em so nothing is under-measured', () => {
    for (const c of [0xac00, 0xfffd, 0x20000, 0x1f600, 0x09]) {
      expect(hasGlyph(c, 'regular')).toBe(false);
      expect(advanceEm(c, 'regular')).toBe(1);
    }
    expect(hasGlyph(0x20087, 'regular')).toBe(true); // one of the few astral ideographs present
  });

  test('vertical metrics in em and the CSS baseline position', () => {
    expect(verticalMetricsEm('regular')).toEqual({
      ascenderEm: 1.16,
      descenderEm: 0.288,
      lineGapEm: 0,
      contentHeightEm: 1.448,
    });
    expect(baselineInLineEm(1.3, 'bold')).toBeCloseTo(1.086, 10);
  });

  test('another font can be passed in as a parameter', () => {
    const data: FaceMetricsData = {
      unitsPerEm: 2048,
      ascender: 1900,
      descender: -500,
      lineGap: 0,
      typoAscender: 1500,
      typoDescender: -500,
      winAscent: 1900,
      winDescent: 500,
      capHeight: 1400,
      xHeight: 1000,
      defaultAdvance: 1024,
      mappedRanges: '41-5a 20000',
      advances: '49:512',
    };
    const metrics = createFontMetrics('Test Sans', { regular: data, bold: data });
    expect(advanceEm(cp('A'), 'regular', metrics)).toBe(0.5);
    expect(advanceEm(cp('I'), 'regular', metrics)).toBe(0.25);
    expect(advanceEm(cp('a'), 'bold', metrics)).toBe(1);
    expect(advanceEm(0x20000, 'bold', metrics)).toBe(0.5);
    expect(hasGlyph(0x20000, 'bold', metrics)).toBe(true);
    expect(hasGlyph(0x20001, 'bold', metrics)).toBe(false);
  });
});
