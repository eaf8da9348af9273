/**
 * Text bodies written by us into shapes and table cells pptxgenjs places. The exporter hands
 * pptxgenjs a slot marker as the text of each box or cell (pptxgenjs still writes the shape, its
 * position, name and id); before the package is zipped, the text body holding each marker is
 * replaced by the one text-body.ts wrote. Markers are ASCII and only ever in slide parts: every
 * text of a slide comes from a slot, so no report text can look like one.
 */
import type { PackageParts } from './package-parts';

const MARKER_PREFIX = 'GovBriefTextSlot';
const MARKER = /GovBriefTextSlot(\d+)\./g;
const SLIDE_PART = /^ppt\/slides\/slide\d+\.xml$/;

export class TextSlots {
  private readonly bodies: string[] = [];

  /** A marker to give pptxgenjs as the text; `body` (a whole txBody element) replaces its text body. */
  add(body: string): string {
    this.bodies.push(body);
    return `${MARKER_PREFIX}${this.bodies.length - 1}.`;
  }

  get size(): number {
    return this.bodies.length;
  }

  /**
   * The slide parts with every slot's text body in place. Throws when a marker is missing, seen
   * twice or outside a text body: a text that lands nowhere, or twice, is worse than no file.
   */
  fill(parts: PackageParts): PackageParts {
    const seen = new Set<number>();
    const out: PackageParts = { ...parts };
    for (const [name, part] of Object.entries(parts)) {
      if (!SLIDE_PART.test(name) || typeof part !== 'string') continue;
      out[name] = this.fillPart(name, part, seen);
    }
    if (seen.size !== this.bodies.length) {
      throw new Error(`exportPptx: ${this.bodies.length - seen.size} text boxes missing from the slide parts`);
    }
    return out;
  }

  private fillPart(name: string, xml: string, seen: Set<number>): string {
    let out = '';
    let from = 0;
    for (const m of xml.matchAll(MARKER)) {
      const n = Number(m[1]);
      const body = this.bodies[n];
      if (body === undefined || seen.has(n)) throw new Error(`exportPptx: text slot ${n} in ${name} is unknown`);
      seen.add(n);
      const tag = body.startsWith('<p:txBody>') ? 'p:txBody' : 'a:txBody';
      const start = xml.lastIndexOf(`<${tag}>`, m.index);
      const close = xml.indexOf(`</${tag}>`, m.index);
      if (start < from || close < 0) throw new Error(`exportPptx: text slot ${n} in ${name} is outside a text body`);
      out += xml.slice(from, start) + body;
      from = close + tag.length + 3;
    }
    return from === 0 ? xml : out + xml.slice(from);
  }
}
