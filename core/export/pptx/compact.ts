/**
 * Bytes pptxgenjs writes that say nothing, taken out of the parts before they are zipped (the
 * Shanxi PPTX is held to 200 KB, tests/bench/cases/pptx.ts). Each rewrite leaves the XML's
 * meaning as it was:
 * - an empty element written as a start and an end tag (`<a:avLst></a:avLst>`) becomes the
 *   self-closing tag, the same element to any XML reader;
 * - white space between the elements of a relationship part (the notes slides' rels are
 *   indented) goes: CT_Relationships holds elements only;
 * - a notes slide's `<p14:creationId>` extension, a random number per notes slide (so it does not
 *   compress) that PowerPoint uses to match slides while co-authoring, goes with its `<p:extLst>`:
 *   it is optional, PowerPoint writes a new one when it saves.
 */

const NOTES_SLIDE_PART = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const RELS_PART = /\.rels$/;

/** A whole start tag: name, attributes in double quotes (pptxgenjs writes no others), `>`. */
const START_TAG = /^<[A-Za-z_][\w.:-]*(?:\s+[^\s<>"=]+="[^"]*")*\s*>$/;

/**
 * `<x ...></x>` → `<x .../>`: the same empty element. Found from each `></` (a regular
 * expression with a back-reference, tried at every `<`, cost a tenth of the zip pass): the start
 * tag before it must be whole and name the element the end tag closes.
 */
export function selfCloseEmptyElements(xml: string): string {
  let out = '';
  let from = 0;
  for (let at = xml.indexOf('></'); at >= 0; at = xml.indexOf('></', at + 3)) {
    const start = xml.lastIndexOf('<', at);
    const tag = xml.slice(start, at + 1);
    const name = /^<([^\s>/]+)/.exec(tag)?.[1];
    if (!name || !xml.startsWith(`</${name}>`, at + 1) || !START_TAG.test(tag)) continue;
    out += xml.slice(from, at) + '/>';
    from = at + 3 + name.length + 1;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** White space between the tags of an element-only part. */
export function dropWhitespaceBetweenTags(xml: string): string {
  return xml.replace(/>\s+</g, '><');
}

/** The notes slide's `<p:extLst>` when all it holds is the co-authoring creationId. */
export function dropNotesCreationId(xml: string): string {
  return xml.replace(
    /<p:extLst><p:ext uri="\{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E\}"><p14:creationId [^<>]*\/><\/p:ext><\/p:extLst>/g,
    '',
  );
}

/** The part with every rewrite that applies to it by its name. */
export function compactPart(name: string, xml: string): string {
  let out = NOTES_SLIDE_PART.test(name) ? dropNotesCreationId(xml) : xml;
  if (RELS_PART.test(name)) out = dropWhitespaceBetweenTags(out);
  return selfCloseEmptyElements(out);
}
