/**
 * Rule: a chart's embedded spreadsheet keeps what its data needs (sheet, shared strings, styles,
 * table, workbook) and drops the theme and document properties, with every reference to them:
 * no Override or relationship names a part that is not in the workbook.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../deck/compile';
import { exportPptx } from '../pptx';
import { loadBundled } from '../../../tests/support/pptx/package-checks';
import { minimalWorkbook, referencedPart } from './workbook';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const workbook = {
  '[Content_Types].xml':
    '<Types><Override PartName="/xl/workbook.xml" ContentType="w"/><Override PartName="/xl/theme/theme1.xml" ContentType="t"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="a"/></Types>',
  '_rels/.rels':
    `<Relationships><Relationship Id="rId1" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'docProps/app.xml': '<Properties/>',
  'xl/workbook.xml': '<workbook/>',
  'xl/_rels/workbook.xml.rels':
    `<Relationships><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  'xl/theme/theme1.xml': '<a:theme/>',
  'xl/worksheets/sheet1.xml': '<worksheet>1599</worksheet>',
};

/** Every part an Override or a relationship of the package names that is not in it. */
function danglingReferences(files: Record<string, string>): string[] {
  const missing: string[] = [];
  for (const [name, xml] of Object.entries(files)) {
    const rels = /^((?:[^/]+\/)*)_rels\/[^/]*\.rels$/.exec(name);
    if (name !== '[Content_Types].xml' && !rels) continue;
    for (const m of xml.matchAll(/(?:PartName|Target)="([^"]+)"/g)) {
      const path = referencedPart(m[1]!, rels?.[1] ?? '');
      if (!(path in files)) missing.push(`${name} → ${path}`);
    }
  }
  return missing;
}

describe('embedded chart workbooks', () => {
  it('drop the theme and document properties and every reference to them', () => {
    const out = minimalWorkbook(workbook) as Record<string, string>;
    expect(Object.keys(out).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(out['xl/worksheets/sheet1.xml']).toBe('<worksheet>1599</worksheet>');
    expect(out['_rels/.rels']).toContain('Target="xl/workbook.xml"');
    expect(danglingReferences(out)).toEqual([]);
    expect(danglingReferences(workbook)).toEqual([]);
  });

  it('leave a package that is not a workbook as it is', () => {
    const parts = { 'word/document.xml': '<w:document/>', 'docProps/app.xml': '<Properties/>' };
    expect(minimalWorkbook(parts)).toEqual(parts);
  });

  it("in the Shanxi PPTX: each chart's workbook has its sheet and no part it names is missing", async () => {
    const { bytes } = await exportPptx(compileDeck(loadBundled('shanxi-2025')));
    const embedded = Object.entries(unzipSync(bytes)).filter(([n]) => n.startsWith('ppt/embeddings/'));
    expect(embedded.length).toBeGreaterThan(0);
    for (const [, xlsx] of embedded) {
      const files = Object.fromEntries(Object.entries(unzipSync(xlsx)).map(([n, b]) => [n, strFromU8(b)]));
      expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
      expect(Object.keys(files).filter((n) => /theme|docProps/.test(n))).toEqual([]);
      expect(danglingReferences(files)).toEqual([]);
    }
  });
});
