/**
 * Reads an exported PPTX back the way a viewer does, for the fuzz and round-trip tests (the
 * exhaustive package checks of the bundled reports are in core/export/pptx.test.ts):
 *   - every XML part (.xml, .rels) is parsed with @xmldom/xmldom, any warning or error an
 *     exception naming the part — the parts of each embedded chart workbook (.xlsx) too;
 *   - slides are found through presentation.xml's sldIdLst and its relationships (never by
 *     file name), each with its drawn text (<a:t> joined), its notes and its hidden flag.
 * Test-only.
 */
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { posix } from 'node:path';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  s: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
} as const;
const NOTES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide';

const XML_PART = /\.(xml|rels)$/i;

/**
 * Strict parse: any xmldom warning or error throws, naming the part. The one exception is
 * xmldom's warning about U+FFFD, which the exporter writes on purpose for a lone surrogate
 * (core/export/text-safety.ts).
 */
export function parseXmlStrict(xml: string, part: string): XmlDocument {
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'warning' && /replacement character/i.test(msg)) return;
      throw new Error(`${part}: XML ${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export function elementsNS(root: XmlDocument | XmlElement, ns: string, local: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

/** All <a:t> of a part or element, joined: the text a viewer draws. */
export function drawnText(root: XmlDocument | XmlElement): string {
  return (
    elementsNS(root, NS.a, 't')
      .map((t) => t.textContent ?? '')
      .join('')
      // Word joiners (U+2060) keep a figure on one line and draw nothing.
      .replace(/\u2060/g, '')
  );
}

export interface PptxSlideView {
  part: string;
  doc: XmlDocument;
  /** Every <a:t> of the slide, joined. */
  text: string;
  /** The text of the notes slide's body placeholder. */
  notes: string | undefined;
  hidden: boolean;
  /** The chart parts the slide refers to. */
  chartParts: string[];
}

export interface PptxRead {
  /** Every part's bytes, embedded workbooks' parts named "outer.xlsx!inner.xml". */
  files: Map<string, Uint8Array>;
  /** Every XML part, parsed. */
  docs: Map<string, XmlDocument>;
  /** One problem per part that failed to parse (empty for a good package). */
  parseProblems: string[];
  slides: PptxSlideView[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function relsOf(docs: Map<string, XmlDocument>, part: string): { id: string; type: string; target: string }[] {
  const relsPart = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const doc = docs.get(relsPart);
  if (!doc) return [];
  return elementsNS(doc, NS.rel, 'Relationship').map((r) => {
    const target = r.getAttribute('Target') ?? '';
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(posix.dirname(part), target));
    return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target: resolved };
  });
}

export function readPptx(bytes: Uint8Array): PptxRead {
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    files.set(name, data);
    if (name.toLowerCase().endsWith('.xlsx'))
      for (const [inner, d] of Object.entries(unzipSync(data))) files.set(`${name}!${inner}`, d);
  }
  const docs = new Map<string, XmlDocument>();
  const parseProblems: string[] = [];
  for (const [name, data] of files) {
    if (!XML_PART.test(name)) continue;
    try {
      docs.set(name, parseXmlStrict(utf8.decode(data), name));
    } catch (e) {
      parseProblems.push(e instanceof Error ? e.message : String(e));
    }
  }
  const slides: PptxSlideView[] = [];
  const pres = docs.get('ppt/presentation.xml');
  if (pres) {
    const presRels = relsOf(docs, 'ppt/presentation.xml');
    for (const sldId of elementsNS(pres, NS.p, 'sldId')) {
      const rid = sldId.getAttributeNS(NS.r, 'id') ?? '';
      const part = presRels.find((r) => r.id === rid)?.target ?? `(no relationship ${rid})`;
      const doc = docs.get(part);
      if (!doc) throw new Error(`slide part ${part} is missing or did not parse`);
      const rels = relsOf(docs, part);
      const notesPart = rels.find((r) => r.type === NOTES_REL)?.target;
      const notesDoc = notesPart ? docs.get(notesPart) : undefined;
      const body = notesDoc
        ? elementsNS(notesDoc, NS.p, 'sp').find((sp) =>
            elementsNS(sp, NS.p, 'ph').some((ph) => ph.getAttribute('type') === 'body'),
          )
        : undefined;
      const chartParts = elementsNS(doc, NS.c, 'chart').map((c) => {
        const id = c.getAttributeNS(NS.r, 'id') ?? '';
        return rels.find((r) => r.id === id)?.target ?? `(no relationship ${id})`;
      });
      slides.push({
        part,
        doc,
        text: drawnText(doc),
        notes: body ? drawnText(body) : undefined,
        hidden: doc.documentElement?.getAttribute('show') === '0',
        chartParts,
      });
    }
  }
  return { files, docs, parseProblems, slides };
}

/** The category labels a chart part caches (c:cat → c:pt → c:v), in index order. */
export function chartCategories(doc: XmlDocument): string[] {
  const cat = elementsNS(doc, NS.c, 'cat')[0];
  if (!cat) return [];
  return elementsNS(cat, NS.c, 'pt')
    .map((pt) => ({ idx: Number(pt.getAttribute('idx')), v: elementsNS(pt, NS.c, 'v')[0]?.textContent ?? '' }))
    .sort((x, y) => x.idx - y.idx)
    .map((pt) => pt.v);
}

/** Elements of a part with this local name, in any namespace (e.g. an injected "script"). */
export function elementsNamed(doc: XmlDocument, localName: string): string[] {
  const out: string[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i)!;
    if ((el.localName ?? el.nodeName).toLowerCase() === localName.toLowerCase()) out.push(el.nodeName);
  }
  return out;
}
