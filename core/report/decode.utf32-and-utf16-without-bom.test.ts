/**
 * Wide encodings are named for what they are: a UTF-32 file was called "UTF-16" (its BOM
 * FF FE 00 00 starts like UTF-16's), and UTF-16 without a BOM read as a string of U+0000
 * control characters. Each now gets one positioned error at 1:1 that names the encoding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from './load';

const GOOD = readFileSync(join(import.meta.dirname, '../../tests/fixtures/good-reports/minimal.json'), 'utf8');

function utf32(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const cps = [...((bom ? '\ufeff' : '') + text)].map((c) => c.codePointAt(0)!);
  const view = new DataView(new ArrayBuffer(cps.length * 4));
  cps.forEach((cp, i) => view.setUint32(i * 4, cp, !bigEndian));
  return new Uint8Array(view.buffer);
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const s = (bom ? '\ufeff' : '') + text;
  const view = new DataView(new ArrayBuffer(s.length * 2));
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), !bigEndian);
  return new Uint8Array(view.buffer);
}

function onlyError(bytes: Uint8Array) {
  const r = loadReport('r.json', bytes);
  if (r.ok) throw new Error('expected an encoding error');
  expect(r.errors).toHaveLength(1);
  const e = r.errors[0]!;
  expect([e.line, e.column]).toEqual([1, 1]);
  return e;
}

describe('wide encodings', () => {
  for (const be of [false, true]) {
    const order = be ? 'big-endian' : 'little-endian';
    it(`UTF-32 ${order} with a BOM is named UTF-32, not UTF-16`, () => {
      const e = onlyError(utf32(GOOD, be, true));
      expect(e.code).toBe('utf32');
      expect(e.message.en).toMatch(/^The file is UTF-32 encoded/);
      expect(e.message.zh).toMatch(/UTF-32/);
    });

    it(`UTF-32 ${order} without a BOM is recognised too`, () => {
      const e = onlyError(utf32(GOOD, be, false));
      expect(e.code).toBe('utf32');
      expect(e.message.en).toMatch(/looks UTF-32 encoded \(it has no byte order mark/);
    });

    it(`UTF-16 ${order} without a BOM gets the UTF-16 hint, not "control character U+0000"`, () => {
      const e = onlyError(utf16(GOOD, be, false));
      expect(e.code).toBe('utf16');
      expect(e.message.en).toMatch(/looks UTF-16 encoded/);
      expect(e.hint.en).toMatch(/UTF-8/);
    });

    it(`UTF-16 ${order} with a BOM is still UTF-16`, () => {
      expect(onlyError(utf16(GOOD, be, true)).code).toBe('utf16');
    });
  }

  it('UTF-16 without a BOM of long Chinese texts (fewer ASCII zero bytes) is still recognised', () => {
    const text = `[${Array.from({ length: 100 }, () => `{"text":"${'政府工作报告'.repeat(8)}"}`).join(',')}]`;
    expect(onlyError(utf16(text, false, false)).code).toBe('utf16');
  });

  it('UTF-8 reports are not mistaken for wide ones', () => {
    expect(loadReport('r.json', new TextEncoder().encode(GOOD)).ok).toBe(true);
  });
});
