import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { parseTtf } from '../fonts/ttf';
import { readExportFonts } from '../node/fonts-bytes';
import { subsetTag, subsetTrueType } from './fonts';

const fonts = readExportFonts();
const SAMPLE = '2025年山西省政府工作报告，地区生产总值增长5%左右。PM2.5「新质生产力」（含） ABCxyz…';
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

function tableRecords(b: Uint8Array): Map<string, { offset: number; length: number; checksum: number }> {
  const n = (b[4]! << 8) | b[5]!;
  const out = new Map<string, { offset: number; length: number; checksum: number }>();
  for (let i = 0; i < n; i++) {
    const r = 12 + i * 16;
    out.set(String.fromCharCode(...b.subarray(r, r + 4)), {
      checksum: u32(b, r + 4),
      offset: u32(b, r + 8),
      length: u32(b, r + 12),
    });
  }
  return out;
}

function sum(b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i += 4) {
    let w = 0;
    for (let k = 0; k < 4; k++) w = (w << 8) | (b[i + k] ?? 0);
    s = (s + (w >>> 0)) >>> 0;
  }
  return s;
}

describe('subsetTrueType', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`keeps every asked character's glyph and advance (${weight})`, () => {
      const src = parseTtf(fonts[weight]);
      const sub = subsetTrueType(fonts[weight], cps(SAMPLE));
      const out = parseTtf(sub.bytes, { cmapFormat: 4 });
      expect(out.numGlyphs).toBe(new Set(cps(SAMPLE)).size + 1); // + .notdef
      for (const cp of cps(SAMPLE)) {
        expect(out.glyphId(cp), `U+${cp.toString(16)}`).toBeGreaterThan(0);
        expect(out.codePointAdvance(cp)).toBe(src.codePointAdvance(cp));
        expect(sub.advance(cp)).toBe(src.codePointAdvance(cp));
      }
      expect(out.head.unitsPerEm).toBe(src.head.unitsPerEm);
      expect(out.hhea.ascender).toBe(src.hhea.ascender);
      expect(sub.missing).toEqual([]);
      expect(sub.postScriptName).toBe(weight === 'regular' ? 'NotoSansSC-Regular' : 'NotoSansSC-Bold');
    });
  }

  it('copies glyph outlines byte for byte', () => {
    const src = parseTtf(fonts.regular);
    const sub = subsetTrueType(fonts.regular, cps('国'));
    const srcRecs = tableRecords(fonts.regular);
    const subRecs = tableRecords(sub.bytes);
    const glyph = (bytes: Uint8Array, recs: ReturnType<typeof tableRecords>, gid: number, long: boolean) => {
      const loca = recs.get('loca')!;
      const glyf = recs.get('glyf')!;
      const at = (g: number) =>
        long
          ? u32(bytes, loca.offset + g * 4)
          : ((bytes[loca.offset + g * 2]! << 8) | bytes[loca.offset + g * 2 + 1]!) * 2;
      return bytes.subarray(glyf.offset + at(gid), glyf.offset + at(gid + 1));
    };
    const srcLong =
      ((fonts.regular[srcRecs.get('head')!.offset + 50]! << 8) | fonts.regular[srcRecs.get('head')!.offset + 51]!) ===
      1;
    const original = glyph(fonts.regular, srcRecs, src.glyphId(0x56fd), srcLong);
    const copied = glyph(sub.bytes, subRecs, 1, true);
    expect(original.length).toBeGreaterThan(0);
    expect([...copied.subarray(0, original.length)]).toEqual([...original]);
  });

  it('writes valid table checksums and the head checksum adjustment', () => {
    const sub = subsetTrueType(fonts.bold, cps(SAMPLE));
    const recs = tableRecords(sub.bytes);
    for (const [tag, r] of recs) {
      const data = new Uint8Array(sub.bytes.subarray(r.offset, r.offset + r.length));
      if (tag === 'head') data.fill(0, 8, 12);
      expect(sum(data), tag).toBe(r.checksum);
    }
    expect(sum(sub.bytes)).toBe(0xb1b0afba);
  });

  it('gives every code point its own glyph, even where the font shares one (exact ToUnicode)', () => {
    // Noto Sans SC draws U+58AB/U+58FF and U+00B7/U+2022 with one glyph each.
    const sub = subsetTrueType(fonts.regular, [0x58ab, 0x58ff, 0xb7, 0x2022]);
    const out = parseTtf(sub.bytes, { cmapFormat: 4 });
    const gids = [0x58ab, 0x58ff, 0xb7, 0x2022].map((cp) => out.glyphId(cp));
    expect(new Set(gids).size).toBe(4);
    expect(out.glyphAdvance(gids[0]!)).toBe(out.glyphAdvance(gids[1]!));
  });

  it('reports characters it cannot draw: unmapped and astral code points', () => {
    const sub = subsetTrueType(fonts.regular, [0x4e2d, 0x1f600, 0x0007, 0x20bb7]);
    expect(sub.mapped.has(0x4e2d)).toBe(true);
    expect(sub.missing).toEqual([0x0007, 0x1f600, 0x20bb7]);
  });

  it('is accepted by jsPDF as a TrueType font', () => {
    const sub = subsetTrueType(fonts.regular, cps(SAMPLE));
    const doc = new jsPDF({ unit: 'pt', compress: true, putOnlyUsedFonts: true });
    let bin = '';
    for (const b of sub.bytes) bin += String.fromCharCode(b);
    doc.addFileToVFS('s.ttf', bin);
    doc.addFont('s.ttf', 'S', 'normal');
    doc.setFont('S', 'normal');
    doc.text(SAMPLE, 20, 40);
    const meta = doc.getFont().metadata as { characterToGlyph(c: number): number };
    for (const cp of cps(SAMPLE)) expect(meta.characterToGlyph(cp)).toBeGreaterThan(0);
    expect(doc.output('arraybuffer').byteLength).toBeGreaterThan(1000);
  });

  it('is deterministic, and its tag is six capital letters that depend on the glyph set', () => {
    const a = subsetTrueType(fonts.regular, cps(SAMPLE));
    const b = subsetTrueType(fonts.regular, cps(SAMPLE).reverse());
    expect([...a.bytes]).toEqual([...b.bytes]);
    expect(a.tag).toMatch(/^[A-Z]{6}$/);
    expect(a.tag).toBe(b.tag);
    expect(subsetTag([1, 2, 3])).not.toBe(subsetTag([1, 2, 4]));
  });
});
