import { describe, expect, test } from 'vitest';
import { readNotoSansScFont } from '../node/font-files';
import { TtfParseError, parseTtf } from './ttf';
import { FONT_WEIGHTS } from './weight';

const cp = (ch: string) => ch.codePointAt(0) as number;

describe('parseTtf reads the real Noto Sans SC files', () => {
  const fonts = FONT_WEIGHTS.map((weight) => ({ weight, bytes: readNotoSansScFont(weight) }));

  test.each(fonts)('$weight: unitsPerEm is 1000, 中 advances 1 em, i is narrower than M', ({ bytes }) => {
    const font = parseTtf(bytes);
    expect(font.head.unitsPerEm).toBe(1000);
    expect(font.codePointAdvance(cp('中'))).toBe(1000);
    const i = font.codePointAdvance(cp('i')) as number;
    const m = font.codePointAdvance(cp('M')) as number;
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(m);
  });

  test.each(fonts)('$weight: vertical metrics, names and the full-Unicode cmap', ({ weight, bytes }) => {
    const font = parseTtf(bytes);
    expect(font.hhea).toMatchObject({ ascender: 1160, descender: -288, lineGap: 0 });
    expect(font.os2).toMatchObject({ typoAscender: 880, typoDescender: -120, winAscent: 1160, winDescent: 288 });
    expect(font.names.family).toBe('Noto Sans SC');
    expect(font.names.subfamily).toBe(weight === 'bold' ? 'Bold' : 'Regular');
    expect(font.names.version).toMatch(/^Version 2\.004/);
    expect(font.names.postScriptName).toBe(weight === 'bold' ? 'NotoSansSC-Bold' : 'NotoSansSC-Regular');
    expect(font.cmapSource).toMatch(/format 12$/);
    expect(font.tables.has('glyf')).toBe(true);
  });

  test('the bold face is wider than the regular one for Latin, equal for CJK', () => {
    const [regular, bold] = fonts.map((f) => parseTtf(f.bytes));
    expect(bold!.codePointAdvance(cp('a'))).toBeGreaterThan(regular!.codePointAdvance(cp('a')) as number);
    expect(bold!.codePointAdvance(cp('国'))).toBe(regular!.codePointAdvance(cp('国')));
  });

  test('unmapped code points have no advance and glyph 0', () => {
    const font = parseTtf(fonts[0]!.bytes);
    for (const unmapped of [0x09, 0xac00 /* 가: no Hangul syllables in this subset */, 0xfffd, 0x10ffff]) {
      expect(font.glyphId(unmapped)).toBe(0);
      expect(font.codePointAdvance(unmapped)).toBeUndefined();
    }
  });

  test('format 4 and format 12 subtables agree on every BMP code point', () => {
    const bytes = fonts[0]!.bytes;
    const f4 = parseTtf(bytes, { cmapFormat: 4 });
    const f12 = parseTtf(bytes, { cmapFormat: 12 });
    expect(f4.cmapSource).toMatch(/format 4$/);
    const bmp12: [number, number][] = [];
    f12.forEachMapping((c, g) => {
      if (c <= 0xffff) bmp12.push([c, g]);
    });
    const bmp4: [number, number][] = [];
    f4.forEachMapping((c, g) => bmp4.push([c, g]));
    expect(bmp4).toEqual(bmp12);
    for (const [c, g] of bmp12.filter((_, k) => k % 97 === 0)) expect(f4.glyphId(c)).toBe(g);
  });
});

// A minimal TrueType file: just the tables the reader needs, with a format 4 cmap using both the
// idDelta and the idRangeOffset mappings.
function buildFont(): Uint8Array {
  const u16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
  const u32 = (v: number) => [...u16(v >>> 16), ...u16(v & 0xffff)];
  const head = new Array<number>(54).fill(0);
  head.splice(0, 4, ...u32(0x00010000));
  head.splice(4, 4, ...u32(0x00018000)); // fontRevision 1.5
  head.splice(12, 4, ...u32(0x5f0f3cf5));
  head.splice(18, 2, ...u16(2048));
  const hhea = new Array<number>(36).fill(0);
  hhea.splice(4, 2, ...u16(1900));
  hhea.splice(6, 2, ...u16(0x10000 - 500));
  hhea.splice(34, 2, ...u16(3)); // numberOfHMetrics: glyphs 3 and 4 repeat glyph 2's advance
  const maxp = [...u32(0x00005000), ...u16(5)];
  const hmtx = [...u16(500), ...u16(0), ...u16(600), ...u16(0), ...u16(700), ...u16(0), ...u16(0), ...u16(0)];
  // Segments: A–C by delta to glyphs 1–3; 中 through glyphIdArray to glyph 4; the 0xFFFF sentinel.
  const segCount = 3;
  // prettier-ignore
  const format4 = [
    ...u16(4), ...u16(0), ...u16(0), ...u16(segCount * 2), ...u16(0), ...u16(0), ...u16(0),
    ...u16(0x43), ...u16(0x4e2d), ...u16(0xffff), // endCode
    ...u16(0), // reservedPad
    ...u16(0x41), ...u16(0x4e2d), ...u16(0xffff), // startCode
    ...u16((1 - 0x41) & 0xffff), ...u16(0), ...u16(1), // idDelta
    ...u16(0), ...u16(4), ...u16(0), // idRangeOffset: segment 1 points 4 bytes ahead, at glyphIdArray[0]
    ...u16(4), // glyphIdArray
  ];
  format4.splice(2, 2, ...u16(format4.length));
  const cmap = [...u16(0), ...u16(1), ...u16(3), ...u16(1), ...u32(12), ...format4];
  const tables: [string, number[]][] = [
    ['cmap', cmap],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['maxp', maxp],
  ];
  const out: number[] = [...u32(0x00010000), ...u16(tables.length), 0, 0, 0, 0, 0, 0];
  let offset = 12 + tables.length * 16;
  const bodies: number[] = [];
  for (const [tag, data] of tables) {
    out.push(...[...tag].map((c) => c.charCodeAt(0)), ...u32(0), ...u32(offset), ...u32(data.length));
    const padded = [...data, ...new Array<number>((4 - (data.length % 4)) % 4).fill(0)];
    bodies.push(...padded);
    offset += padded.length;
  }
  return Uint8Array.from([...out, ...bodies]);
}

describe('parseTtf on a hand-built font', () => {
  test('reads a format 4 cmap through idDelta and idRangeOffset', () => {
    const font = parseTtf(buildFont());
    expect(font.cmapSource).toBe('3/1 format 4');
    expect([0x40, 0x41, 0x42, 0x43, 0x44, 0x4e2d].map((c) => font.glyphId(c))).toEqual([0, 1, 2, 3, 0, 4]);
    const mapped: number[] = [];
    font.forEachMapping((c) => mapped.push(c));
    expect(mapped).toEqual([0x41, 0x42, 0x43, 0x4e2d]);
  });

  test('glyphs past numberOfHMetrics repeat the last advance', () => {
    const font = parseTtf(buildFont());
    expect([0, 1, 2, 3, 4].map((g) => font.glyphAdvance(g))).toEqual([500, 600, 700, 700, 700]);
    expect(font.codePointAdvance(0x4e2d)).toBe(700);
    expect(font.head).toEqual({ unitsPerEm: 2048, fontRevision: 1.5, longLoca: false });
    expect(font.hhea).toMatchObject({ ascender: 1900, descender: -500, numberOfHMetrics: 3 });
    expect(font.os2).toBeUndefined();
  });

  test('rejects what is not a font, and truncated fonts, with TtfParseError', () => {
    expect(() => parseTtf(new TextEncoder().encode('{"not": "a font"}'))).toThrow(TtfParseError);
    expect(() => parseTtf(new Uint8Array(4))).toThrow(TtfParseError);
    const font = buildFont();
    expect(() => parseTtf(font.subarray(0, font.length - 40))).toThrow(TtfParseError);
    expect(() => parseTtf(buildFont(), { cmapFormat: 12 })).toThrow(/format 12/);
  });
});
