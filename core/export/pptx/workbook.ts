/**
 * The spreadsheet embedded behind each native chart, cut to what "Edit data" needs. pptxgenjs
 * 4.0.1 writes a full workbook per chart: beside the sheet, its shared strings, styles and the
 * table the chart reads, a 6.8 KB theme and two document-property parts, none of which the
 * chart's data depends on. Excel and LibreOffice open a workbook without them (theme: Office
 * defaults; properties: none), so they are left out and every reference to them with them: the
 * Override in [Content_Types].xml and the relationships in _rels/.rels and the workbook's rels.
 * Measured on the Shanxi deck (3 charts): 11.7 KB of the compressed PPTX → see the commit.
 */
import type { PackageParts } from './package-parts';

/** Parts of a workbook that no chart data depends on. */
const UNNEEDED_PART = /^(?:docProps\/[^/]+\.xml|xl\/theme\/[^/]+\.xml)$/;

const WORKBOOK_PART = 'xl/workbook.xml';

/** True for the parts of a SpreadsheetML package (its main part is xl/workbook.xml). */
export function isWorkbook(parts: Readonly<PackageParts>): boolean {
  return WORKBOOK_PART in parts;
}

/**
 * The part a reference names: an absolute part name, or a target relative to `base` (the folder
 * of the part whose relationships these are), `..` resolved.
 */
export function referencedPart(ref: string, base: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  const path: string[] = [];
  for (const seg of (base + ref).split('/')) {
    if (seg === '..') path.pop();
    else if (seg !== '.') path.push(seg);
  }
  return path.join('/');
}

/** Drops the elements of `xml` (Override or Relationship) that point at a removed part. */
function dropReferences(xml: string, removed: ReadonlySet<string>, base: string): string {
  return xml.replace(
    /<(Override|Relationship)\b[^>]*?(PartName|Target)="([^"]+)"[^>]*\/>\s*/g,
    (m, _e, _a, ref: string) => {
      return removed.has(referencedPart(ref, base)) ? '' : m;
    },
  );
}

/**
 * The workbook's parts without its theme and document properties, and without the references to
 * them. Other packages are returned as they are.
 */
export function minimalWorkbook(parts: Readonly<PackageParts>): PackageParts {
  if (!isWorkbook(parts)) return { ...parts };
  const removed = new Set(Object.keys(parts).filter((n) => UNNEEDED_PART.test(n)));
  const out: PackageParts = {};
  for (const [name, part] of Object.entries(parts)) {
    if (removed.has(name)) continue;
    if (typeof part !== 'string') {
      out[name] = part;
      continue;
    }
    // A relationship part's targets are relative to the folder above its _rels folder.
    const rels = /^((?:[^/]+\/)*)_rels\/[^/]*\.rels$/.exec(name);
    if (name === '[Content_Types].xml') out[name] = dropReferences(part, removed, '');
    else if (rels) out[name] = dropReferences(part, removed, rels[1]!);
    else out[name] = part;
  }
  return out;
}
