/**
 * Export file names (names.ts): the deck title plus what the file is, a name every desktop system
 * can write — no reserved characters, no trailing dots or spaces, no Windows device names, and
 * short enough for 255-byte name limits (a CJK character takes 3 bytes in UTF-8), the atomic
 * writer's temp name included.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../node/atomic-write';
import { EXPORT_FORMATS, exportFileName, extensionOf, safeFileStem } from './names';

const RESERVED = /[<>:"/\\|?*\u0000-\u001F\u007F]/;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('exportFileName', () => {
  it('is the deck title plus what the file is', () => {
    const title = '2025年山西省政府工作报告解读';
    expect(exportFileName(title, 'pptx')).toBe('2025年山西省政府工作报告解读.pptx');
    expect(exportFileName(title, 'pdf')).toBe('2025年山西省政府工作报告解读.pdf');
    expect(exportFileName(title, 'handout')).toBe('2025年山西省政府工作报告解读（讲义）.pdf');
    expect(exportFileName(title, 'notes')).toBe('2025年山西省政府工作报告解读（备注页）.pdf');
    expect(exportFileName(title, 'memo')).toBe('2025年山西省政府工作报告解读（简报）.pdf');
    for (const f of EXPORT_FORMATS) expect(exportFileName(title, f).endsWith(`.${extensionOf(f)}`)).toBe(true);
  });
});

describe('safeFileStem', () => {
  it('replaces the characters Windows reserves, and control characters', () => {
    expect(safeFileStem('a<b>c:d"e/f\\g|h?i*j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileStem('报告\u0007解读\u001F')).toBe('报告_解读_');
    expect(safeFileStem('第一部分\n第二部分')).toBe('第一部分_第二部分');
  });

  it('collapses runs of spaces and trims; drops trailing dots and spaces', () => {
    expect(safeFileStem('  政府   工作报告  ')).toBe('政府 工作报告');
    expect(safeFileStem('报告解读...')).toBe('报告解读');
    expect(safeFileStem('报告解读. . .')).toBe('报告解读');
    expect(safeFileStem('v1.2 报告')).toBe('v1.2 报告');
  });

  it('never returns a Windows device name, with or without an extension, in any case', () => {
    for (const name of [
      'CON',
      'con',
      'Prn',
      'AUX',
      'NUL',
      'COM1',
      'com9',
      'LPT1',
      'lpt9',
      'nul.tar',
      'CON.报告',
      'aux.',
    ]) {
      const stem = safeFileStem(name);
      expect(DEVICE.test(stem), `${name} → ${stem}`).toBe(false);
      for (const f of EXPORT_FORMATS) expect(DEVICE.test(exportFileName(name, f)), exportFileName(name, f)).toBe(false);
    }
    expect(safeFileStem('CONTROL')).toBe('CONTROL');
    expect(safeFileStem('con 报告')).toBe('con 报告');
  });

  it('gives an empty or all-space title a name', () => {
    expect(safeFileStem('')).not.toBe('');
    expect(safeFileStem('   ')).not.toBe('');
    expect(safeFileStem('...')).not.toMatch(/^[. ]*$/);
  });

  it('cuts a long title to at most 120 characters, without splitting an emoji', () => {
    const latin = 'a'.repeat(500);
    expect([...safeFileStem(latin)].length).toBeLessThanOrEqual(120);
    const emoji = '📈'.repeat(200);
    const stem = safeFileStem(emoji);
    expect(stem).toMatch(/^(📈)+$/u);
  });

  it('keeps a long Chinese title within 255 UTF-8 bytes, suffix, extension and temp name included', () => {
    const title = '关于二〇二五年国民经济和社会发展计划执行情况与二〇二六年计划草案的报告'.repeat(6);
    for (const f of EXPORT_FORMATS) {
      const name = exportFileName(title, f);
      expect(utf8(name), name).toBeLessThanOrEqual(255);
      expect(utf8(tempPathFor(name)), 'temp name').toBeLessThanOrEqual(255);
    }
  });

  it('does not end in a dot or space after the cut', () => {
    // 119 characters, then " ." at the cut.
    expect(safeFileStem(`${'a'.repeat(119)} .b`)).toBe('a'.repeat(119));
    expect(safeFileStem(`${'a'.repeat(118)}..bbb`)).toBe('a'.repeat(118));
    expect(safeFileStem(`${'报'.repeat(66)}.报`)).toBe('报'.repeat(66));
  });

  it('property: any title gives a safe name (no reserved character, no trailing dot/space, no device name, ≤ 255 bytes)', () => {
    const titleArb = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 10 }),
          fc.constantFrom(' ', '.', ':', '?', '\u0007', '报告', 'CON', 'nul.', '📈'),
          fc.string({ maxLength: 300 }),
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(titleArb, fc.constantFrom(...EXPORT_FORMATS), (title, format) => {
        const stem = safeFileStem(title);
        const name = exportFileName(title, format);
        expect(stem).not.toMatch(RESERVED);
        expect(stem).not.toBe('');
        expect(stem).not.toMatch(/[. ]$/);
        expect(stem).not.toMatch(/^\s|\s$/);
        expect(DEVICE.test(stem)).toBe(false);
        expect([...stem].length).toBeLessThanOrEqual(120 + 'GovBrief_'.length);
        expect(utf8(name)).toBeLessThanOrEqual(255);
        expect(utf8(tempPathFor(name))).toBeLessThanOrEqual(255);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a name from a long Chinese title can really be written here', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and reads back the file (no ENAMETOOLONG), and leaves no temp file', () => {
    const title = '山西省人民政府关于二〇二五年全省国民经济和社会发展计划执行情况与二〇二六年计划草案的报告解读'.repeat(
      4,
    );
    for (const f of EXPORT_FORMATS) {
      const target = join(dir, exportFileName(title, f));
      writeFileAtomic(target, new Uint8Array([1, 2, 3]));
      expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(EXPORT_FORMATS.length);
  });
});
