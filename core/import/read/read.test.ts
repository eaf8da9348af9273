import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './index';
import { IMPORT_MAX_BYTES } from './limits';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading a report file for import', () => {
  it('reads UTF-8, UTF-16 with a byte order mark and GB18030 text alike', async () => {
    const text = '主要预期目标\n地区生产总值增长5%左右';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    // "增长" in GB18030 (GBK): D4 F6 B3 A4.
    const gb = new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4]);
    expect(await readImportFile('a.txt', enc(text))).toMatchObject({ ok: true, text, format: 'txt', warnings: [] });
    expect(await readImportFile('a.txt', utf16)).toMatchObject({ ok: true, text });
    const read = await readImportFile('a.txt', gb);
    expect(read).toMatchObject({ ok: true, text: '增长' });
    expect(read.ok && read.warnings[0]!.en).toContain('GB18030');
  });

  it('reads the paragraphs of a .docx and the text layer of a PDF', async () => {
    const docx = await readImportFile('c.docx', new Uint8Array(readFileSync('tests/fixtures/import/city-2025.docx')));
    expect(docx.ok && docx.text).toContain('鹭江市第十七届人民代表大会第五次会议');
    const pdf = await readImportFile('c.pdf', new Uint8Array(readFileSync('tests/fixtures/import/county-2025.pdf')));
    expect(pdf.ok && pdf.text.replace(/\s+/g, '')).toContain('地区生产总值增长６．５％左右；');
  });

  it('refuses an empty file, a blank text, a file over the limit and an unknown type with a message', async () => {
    expect(await readImportFile('a.txt', new Uint8Array())).toEqual({
      ok: false,
      message: expect.objectContaining({ en: 'The file is empty.' }),
    });
    expect(await readImportFile('a.txt', enc(' \n\t\n'))).toMatchObject({
      ok: false,
      message: { en: 'The file has no text.' },
    });
    const big = await readImportFile('big.pdf', new Uint8Array(50 * 1024 * 1024));
    expect(big).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('50.0 MB; the import limit is 20 MB') },
    });
    expect(IMPORT_MAX_BYTES).toBeLessThan(50 * 1024 * 1024);
    expect(await readImportFile('a.rtf', enc('x'))).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('".rtf"') },
    });
  });

  it('tells a .docx that is not a zip, an old .doc and a damaged zip apart', async () => {
    expect(await readImportFile('a.docx', enc('这不是压缩包'))).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('not a valid .docx') },
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readImportFile('a.docx', ole)).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('old Word document (.doc)') },
    });
    const zip = await new JSZip().file('hello.txt', 'x').generateAsync({ type: 'uint8array' });
    expect(await readImportFile('a.docx', zip)).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('could not be read') },
    });
  });

  it('says a PDF without a text layer is probably a scan, and a broken PDF cannot be opened', async () => {
    const scan = new jsPDF({ unit: 'pt', format: 'a4' });
    scan.rect(72, 72, 400, 600, 'F');
    const scanned = await readImportFile('scan.pdf', new Uint8Array(scan.output('arraybuffer')));
    expect(scanned).toMatchObject({ ok: false, message: { en: expect.stringContaining('no text layer') } });
    expect(await readImportFile('x.pdf', enc('%PDF-1.7 broken'))).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('could not be opened') },
    });
    expect(await readImportFile('x.pdf', enc('hello'))).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('not a PDF') },
    });
  });
});
