/**
 * The zip repairs of pptxgenjs output (postprocess.ts), one rule each: every repair fixes its
 * defect, leaves everything else byte for byte, and the whole pass leaves a compressed package.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  escapeXmlText,
  fixContentTypes,
  postprocessPptx,
  removeEmptyActions,
  removeStrayAxisId,
  separatorsAsReferences,
  setThemeEastAsianFont,
  stripXmlControlChars,
} from './postprocess';

function parse(xml: string) {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="X"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>
<a:minorFont><a:latin typeface="X"/><a:ea typeface="" /><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

const STRAY = '2094734556';
const barChart = (axes: string[], local = 'barChart') =>
  `<c:${local}><c:barDir val="col"/><c:ser><c:idx val="0"/></c:ser>${axes.map((a) => `<c:axId val="${a}"/>`).join('')}</c:${local}>`;
const chartXml = (plots: string) =>
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea>${plots}<c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

describe('setThemeEastAsianFont', () => {
  it('names the East Asian typeface of the major and the minor font, and nothing else', () => {
    const out = setThemeEastAsianFont(THEME, '微软雅黑');
    expect(out.match(/<a:ea typeface="微软雅黑"\/>/g)).toHaveLength(2);
    expect(out.replace(/<a:ea typeface="微软雅黑"\/>/g, '')).toBe(THEME.replace(/<a:ea typeface="" ?\/>/g, ''));
    expect(out).toContain('<a:latin typeface="X"/>');
  });

  it('escapes a face with XML-special characters so the theme still parses', () => {
    const out = setThemeEastAsianFont(THEME, 'A&B "C" <D>');
    const doc = parse(out);
    const faces = Array.from(
      doc.getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/main', 'ea'),
    ).map((e) => e.getAttribute('typeface'));
    expect(faces).toEqual(['A&B "C" <D>', 'A&B "C" <D>']);
  });
});

describe('removeStrayAxisId', () => {
  it('drops the third axis id of a 2-D bar chart and of a line chart (#1534)', () => {
    const xml = chartXml(barChart(['1', '2', STRAY]) + barChart(['1', '2', STRAY], 'lineChart'));
    const out = removeStrayAxisId(xml);
    expect(out).not.toContain(STRAY);
    expect(out).toBe(chartXml(barChart(['1', '2']) + barChart(['1', '2'], 'lineChart')));
    expect(() => parse(out)).not.toThrow();
  });

  it('leaves charts without it, and 3-D charts (which need a series axis), unchanged', () => {
    const clean = chartXml(barChart(['1', '2']));
    expect(removeStrayAxisId(clean)).toBe(clean);
    const threeD = chartXml(barChart(['1', '2', STRAY], 'bar3DChart'));
    expect(removeStrayAxisId(threeD)).toBe(threeD);
  });
});

describe('removeEmptyActions', () => {
  it('removes empty action attributes (#1262, WPS) and keeps real ones', () => {
    const xml = '<a:hlinkClick r:id="" action=""/><a:hlinkClick r:id="rId2" action="ppaction://hlinksldjump"/>';
    expect(removeEmptyActions(xml)).toBe(
      '<a:hlinkClick r:id=""/><a:hlinkClick r:id="rId2" action="ppaction://hlinksldjump"/>',
    );
  });
});

describe('stripXmlControlChars', () => {
  it('removes raw control characters and their character references, keeps tab, LF, CR', () => {
    const xml =
      '<a:t>a\u0001b\u001Bc\u000Bd\u000Ce&#x1;&#x0B;&#X;&#27;&#0;&#x001f;&#31;\t\n\r&#9;&#10;&#13;&#xA;&#x9;&#xD;&#32;&#x20;&amp;#x1;</a:t>';
    expect(stripXmlControlChars(xml)).toBe(
      '<a:t>abcde&#X;\t\n\r&#9;&#10;&#13;&#xA;&#x9;&#xD;&#32;&#x20;&amp;#x1;</a:t>',
    );
  });

  it('any text escaped as XML, control characters as raw characters or references: after stripping it parses and keeps every other character', () => {
    // CR is left out: parsers rewrite raw CR (not references to it), which only muddles the model.
    const control = fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x0d);
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replace(/\r/g, '')),
      control.map((c) => String.fromCharCode(c)),
      control.map((c) => `\u0000REF${c}`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, hex) => {
        // Escape the text, then turn the REF markers into character references.
        // Raw U+2028/U+2029 left out too: xmldom reads them as "\n" (separatorsAsReferences's job).
        const text = pieces.join('').replace(/[\uD800-\uDFFF\u2028\u2029]/g, '');
        const escaped = text
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/\u0000REF(\d+)/g, (_, n: string) => (hex ? `&#x${Number(n).toString(16)};` : `&#${n};`));
        const out = stripXmlControlChars(`<t>${escaped}</t>`);
        const doc = parse(out);
        const want = text
          .replace(/\u0000REF(\d+)/g, (_, n: string) => String.fromCharCode(Number(n)))
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '');
        expect(doc.documentElement!.textContent).toBe(want);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fixContentTypes', () => {
  const TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/></Types>`;
  const PARTS = [
    '[Content_Types].xml',
    '_rels/.rels',
    'ppt/presentation.xml',
    'ppt/slideMasters/slideMaster1.xml',
    'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx',
    'ppt/media/image1.PNG',
  ];

  it('drops an Override naming a part that does not exist (#1444) and keeps the others', () => {
    const out = fixContentTypes(TYPES, PARTS);
    expect(out).not.toContain('slideMaster2.xml');
    expect(out).toContain('/ppt/slideMasters/slideMaster1.xml');
    expect(out).toContain('/ppt/presentation.xml');
    expect(() => parse(out)).not.toThrow();
  });

  it('adds a Default for an extension that has no content type, once, case-insensitively', () => {
    const out = fixContentTypes(TYPES, [
      ...PARTS,
      'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx',
      'ppt/media/image2.png',
    ]);
    expect(out.match(/<Default Extension="xlsx"/g)).toHaveLength(1);
    expect(out.match(/<Default Extension="png"/g)).toHaveLength(1);
    expect(out).toContain('ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"');
    expect(fixContentTypes(out, PARTS)).toBe(out);
  });
});

describe('postprocessPptx', () => {
  async function defectivePackage(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/ppt/slideMasters/slideMaster9.xml" ContentType="x"/></Types>',
    );
    zip.file('ppt/theme/theme1.xml', THEME);
    zip.file('ppt/charts/chart1.xml', chartXml(barChart(['1', '2', STRAY])));
    zip.file(
      'ppt/slides/slide1.xml',
      '<p:sld xmlns:p="p" xmlns:a="a"><a:t>one\u0007two&#x1B;</a:t><a:hlinkClick action=""/></p:sld>',
    );
    zip.file('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx', new Uint8Array(4096));
    zip.file('docProps/app.xml', '<Properties><Company>A</Company></Properties>');
    return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  }

  it('applies every repair to the parts it concerns', async () => {
    const out = await JSZip.loadAsync(await postprocessPptx(await defectivePackage(), { eastAsianFont: '微软雅黑' }));
    const text = (n: string) => out.file(n)!.async('string');
    expect(await text('ppt/theme/theme1.xml')).toContain('<a:ea typeface="微软雅黑"/>');
    expect(await text('ppt/charts/chart1.xml')).not.toContain(STRAY);
    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).toBe('<p:sld xmlns:p="p" xmlns:a="a"><a:t>onetwo</a:t><a:hlinkClick/></p:sld>');
    const types = await text('[Content_Types].xml');
    expect(types).not.toContain('slideMaster9');
    expect(types).toContain('<Default Extension="xlsx"');
    expect(await text('docProps/app.xml')).toBe('<Properties><Company>A</Company></Properties>');
  });

  it('re-zips with compression (pptxgenjs stores the embedded spreadsheets uncompressed)', async () => {
    const input = await defectivePackage();
    const out = await postprocessPptx(input, { eastAsianFont: '微软雅黑' });
    expect(out.length).toBeLessThan(input.length / 2);
  });

  it('is idempotent: a second pass changes no part', async () => {
    const once = await postprocessPptx(await defectivePackage(), { eastAsianFont: '微软雅黑' });
    const twice = await postprocessPptx(once, { eastAsianFont: '微软雅黑' });
    const [a, b] = await Promise.all([JSZip.loadAsync(once), JSZip.loadAsync(twice)]);
    const names = (z: JSZip) =>
      Object.keys(z.files)
        .filter((n) => !z.files[n]!.dir)
        .sort();
    expect(names(b)).toEqual(names(a));
    for (const name of names(a))
      expect(await b.file(name)!.async('string'), name).toBe(await a.file(name)!.async('string'));
  });
});

describe('escapeXmlText', () => {
  it('keeps line and paragraph separators and CR through a parser that normalises line ends', () => {
    const text = 'a\u2028b\u2029c\rd<&>]]>';
    const doc = parse(`<t>${escapeXmlText(text)}</t>`);
    expect(doc.documentElement!.textContent).toBe(text);
  });
});

describe('separatorsAsReferences', () => {
  it('writes raw line and paragraph separators as references, in text and attributes alike', () => {
    const xml = '<p:sp name="a\u2028b"><a:t>x\u2029y</a:t></p:sp>';
    expect(separatorsAsReferences(xml)).toBe('<p:sp name="a&#x2028;b"><a:t>x&#x2029;y</a:t></p:sp>');
    expect(separatorsAsReferences('<a:t>plain</a:t>')).toBe('<a:t>plain</a:t>');
  });
});
