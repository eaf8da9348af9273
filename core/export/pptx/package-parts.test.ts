/**
 * Rule: pptxgenjs's package reaches the repairs as parts, zipped once; JSZip used any other way
 * (reading a file, zipping outside an export) behaves as JSZip does.
 */
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PARTS_OUTPUT_TYPE, packageParts, recordParts } from './package-parts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('package parts', () => {
  it('hands over the parts an export added: text as text, base64 as bytes, folders left out', async () => {
    const written = await recordParts(async () => {
      const zip = new JSZip();
      zip.folder('ppt')!.folder('_rels');
      zip.file('ppt/slides/slide1.xml', '<p:sld>甲</p:sld>');
      zip.file('ppt/embeddings/a.xlsx', btoa('PK\u0003\u0004'), { base64: true });
      return zip.generateAsync({ type: PARTS_OUTPUT_TYPE as 'uint8array' });
    });
    expect(packageParts(written)).toEqual({
      'ppt/slides/slide1.xml': '<p:sld>甲</p:sld>',
      'ppt/embeddings/a.xlsx': bytes('PK\u0003\u0004'),
    });
  });

  it('zips an embedded spreadsheet during an export to base64 that unzips to its parts', async () => {
    const b64 = await recordParts(async () => {
      const zip = new JSZip();
      zip.file('xl/worksheets/sheet1.xml', '<worksheet>1599</worksheet>');
      return zip.generateAsync({ type: 'base64' });
    });
    const files = unzipSync(bytes(atob(b64)));
    expect(Object.keys(files)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toBe('<worksheet>1599</worksheet>');
  });

  it('outside an export JSZip reads and writes as JSZip: one-argument file() reads', async () => {
    const zip = new JSZip();
    zip.file('a.txt', '一');
    expect(await zip.file('a.txt')!.async('string')).toBe('一');
    const again = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
    expect(await again.file('a.txt')!.async('string')).toBe('一');
  });

  it('a write that hands over no parts is a clear error', () => {
    expect(() => packageParts(new Uint8Array(4))).toThrow(/did not hand over its package parts/);
  });
});
