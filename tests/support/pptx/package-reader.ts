/**
 * Reading an exported PPTX as a viewer does (tests): presentation.xml's sldIdLst → its
 * relationships → slide, notes and chart parts, parsed with @xmldom/xmldom (never by file name).
 */
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { posix } from 'node:path';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  dc: 'http://purl.org/dc/elements/1.1/',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
};
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * Parses with @xmldom/xmldom; any warning or error is an exception naming the part. The one
 * exception: U+FFFD, which the exporter writes on purpose for a lone surrogate.
 */
export function parseXml(xml: string, part: string): XmlDocument {
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'warning' && /replacement character/i.test(msg)) return;
      throw new Error(`${part}: XML ${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export function elements(root: XmlDocument | XmlElement, ns: string, local: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

export function childElements(el: XmlElement, ns: string, local: string): XmlElement[] {
  return Array.from(el.childNodes).filter(
    (n): n is XmlElement =>
      n.nodeType === 1 && (n as XmlElement).namespaceURI === ns && (n as XmlElement).localName === local,
  );
}

/** All <a:t> of a part (or an element), joined: what a viewer shows as its text. */
export function drawnText(root: XmlDocument | XmlElement): string {
  return (
    elements(root, NS.a, 't')
      .map((t) => t.textContent ?? '')
      .join('')
      // Word joiners (U+2060) keep a figure on one line and draw nothing.
      .replace(/\u2060/g, '')
  );
}

/** Whitespace-insensitive form: the deck's line breaks drop spaces, viewers may add some. */
export const squash = (s: string) => s.replace(/\s+/g, '');

export const XML_PART = /\.(xml|rels)$/i;
export const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
export const CONTROL_REF = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/;

export interface Rel {
  id: string;
  type: string;
  /** Package path of the target (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

export interface ChartPart {
  part: string;
  doc: XmlDocument;
  /** barChart, doughnutChart, … (the plot's chart element). */
  plot: string;
  values: number[];
  categories: string[];
  /** formatCode of the series data labels, if any. */
  labelFormat: string | undefined;
  /** The series' per-point data labels (<c:dLbl> rich text), in point order; empty when none. */
  pointLabels: string[];
}

export interface SlideView {
  part: string;
  doc: XmlDocument;
  text: string;
  hidden: boolean;
  notesPart: string | undefined;
  notesText: string | undefined;
  charts: ChartPart[];
}

export class Package {
  readonly files: string[];
  private readonly docs = new Map<string, XmlDocument>();

  private constructor(
    readonly zip: JSZip,
    /** Every XML part (xml, rels) as text. */
    readonly xml: Map<string, string>,
  ) {
    this.files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  }

  static async read(bytes: Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = new Map<string, string>();
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name]!.dir && XML_PART.test(name)) xml.set(name, await zip.file(name)!.async('string'));
    }
    return new Package(zip, xml);
  }

  text(part: string): string {
    const t = this.xml.get(part);
    if (t === undefined) throw new Error(`no part ${part}`);
    return t;
  }

  doc(part: string): XmlDocument {
    let d = this.docs.get(part);
    if (!d) {
      d = parseXml(this.text(part), part);
      this.docs.set(part, d);
    }
    return d;
  }

  /** Relationships of a part ('' for the package's own), targets resolved to part names. */
  rels(part: string): Rel[] {
    const relsPart =
      part === '' ? '_rels/.rels' : posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
    if (!this.xml.has(relsPart)) return [];
    return elements(this.doc(relsPart), NS.rel, 'Relationship').map((r) => {
      const target = r.getAttribute('Target') ?? '';
      const external = r.getAttribute('TargetMode') === 'External';
      const resolved = external
        ? target
        : target.startsWith('/')
          ? target.slice(1)
          : posix.normalize(posix.join(posix.dirname(part), target));
      return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target: resolved, external };
    });
  }

  relTarget(part: string, id: string): string {
    const rel = this.rels(part).find((r) => r.id === id);
    if (!rel) throw new Error(`${part}: no relationship ${id}`);
    return rel.target;
  }

  /** The slides in show order: presentation.xml's sldIdLst, through its relationships. */
  slideParts(): string[] {
    const pres = this.doc('ppt/presentation.xml');
    return elements(pres, NS.p, 'sldId').map((s) =>
      this.relTarget('ppt/presentation.xml', s.getAttributeNS(NS.r, 'id') ?? ''),
    );
  }

  chart(part: string): ChartPart {
    const doc = this.doc(part);
    const plotArea = elements(doc, NS.c, 'plotArea')[0]!;
    const plot = Array.from(plotArea.childNodes).find(
      (n): n is XmlElement => n.nodeType === 1 && ((n as XmlElement).localName ?? '').endsWith('Chart'),
    )!;
    const ser = elements(plot, NS.c, 'ser')[0]!;
    const points = (container: XmlElement | undefined) =>
      container
        ? elements(container, NS.c, 'pt')
            .map((pt) => ({ idx: Number(pt.getAttribute('idx')), v: elements(pt, NS.c, 'v')[0]?.textContent ?? '' }))
            .sort((x, y) => x.idx - y.idx)
            .map((pt) => pt.v)
        : [];
    const val = elements(ser, NS.c, 'val')[0];
    const numCache = val ? elements(val, NS.c, 'numCache')[0] : undefined;
    const cat = elements(ser, NS.c, 'cat')[0];
    const serLabels = childElements(ser, NS.c, 'dLbls')[0];
    const fmt = serLabels ? childElements(serLabels, NS.c, 'numFmt')[0] : undefined;
    const pointLabels = (serLabels ? childElements(serLabels, NS.c, 'dLbl') : [])
      .map((d) => ({ idx: Number(childElements(d, NS.c, 'idx')[0]?.getAttribute('val')), text: drawnText(d) }))
      .sort((x, y) => x.idx - y.idx)
      .map((d) => d.text);
    return {
      part,
      doc,
      plot: plot.localName ?? '',
      values: points(numCache).map(Number),
      categories: points(cat),
      labelFormat: fmt?.getAttribute('formatCode') ?? undefined,
      pointLabels,
    };
  }

  slides(): SlideView[] {
    return this.slideParts().map((part) => {
      const doc = this.doc(part);
      const rels = this.rels(part);
      const notesPart = rels.find((r) => r.type === REL_TYPE + 'notesSlide')?.target;
      let notes: string | undefined;
      if (notesPart) {
        const body = elements(this.doc(notesPart), NS.p, 'sp').find((sp) =>
          elements(sp, NS.p, 'ph').some((ph) => ph.getAttribute('type') === 'body'),
        );
        notes = body ? drawnText(body) : undefined;
      }
      // Charts in drawing order: the <c:chart r:id> references of the slide's graphic frames.
      const charts = elements(doc, NS.c, 'chart').map((c) =>
        this.chart(this.relTarget(part, c.getAttributeNS(NS.r, 'id') ?? '')),
      );
      return {
        part,
        doc,
        text: drawnText(doc),
        hidden: doc.documentElement!.getAttribute('show') === '0',
        notesPart,
        notesText: notes,
        charts,
      };
    });
  }
}
