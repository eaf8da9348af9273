/**
 * Bytes pptxgenjs writes that say nothing, taken out of the parts before they are zipped (the
 * Shanxi PPTX is held to 200 KB, tests/bench/cases/pptx.ts). Each rewrite leaves the XML's
 * meaning as it was:
 * - an empty element pptxgenjs writes as a start and an end tag (`<a:avLst></a:avLst>`) becomes
 *   the self-closing tag, the same element to any XML reader;
 * - white space between the elements of a relationship part (the notes slides' rels are
 *   indented) goes: CT_Relationships holds elements only;
 * - a notes slide's `<p14:creationId>` extension, a random number per notes slide (so it does not
 *   compress) that PowerPoint uses to match slides while co-authoring, goes with its `<p:extLst>`:
 *   it is optional, PowerPoint writes a new one when it saves.
 */

const NOTES_SLIDE_PART = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const RELS_PART = /\.rels$/;

/**
 * The empty elements pptxgenjs writes as a start and an end tag (all of them, counted in the
 * Shanxi deck's parts: 630 of each), by their end: a start tag's closing `>` followed by its end
 * tag, where the start tag may carry attributes (`"` before `>`) or not. Text and attribute
 * values cannot hold these strings (pptxgenjs and text-body.ts escape `<` in both). Plain string
 * replacement: a general expression with a back-reference cost 6 ms per export.
 */
const EMPTY_ELEMENTS: readonly (readonly [string, string])[] = [
  ['<p:nvPr></p:nvPr>', '<p:nvPr/>'],
  ['"></p:cNvPr>', '"/>'],
  ['<a:avLst></a:avLst>', '<a:avLst/>'],
  ['<a:ln></a:ln>', '<a:ln/>'],
];

/** `<x ...></x>` → `<x .../>` for the elements pptxgenjs writes so: the same empty element. */
export function selfCloseEmptyElements(xml: string): string {
  let out = xml;
  for (const [pair, selfClosing] of EMPTY_ELEMENTS) if (out.includes(pair)) out = out.replaceAll(pair, selfClosing);
  return out;
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
