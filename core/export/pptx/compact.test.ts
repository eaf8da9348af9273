/**
 * Rule: the compaction of parts changes bytes, never meaning: an empty element stays the same
 * element, text and attributes stay as they were, only a notes slide's co-authoring id goes.
 */
import { describe, expect, it } from 'vitest';
import { compactPart, dropNotesCreationId, dropWhitespaceBetweenTags, selfCloseEmptyElements } from './compact';

const CREATION_ID =
  '<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="1024086991"/></p:ext></p:extLst>';

describe('part compaction', () => {
  it('writes an empty element as a self-closing tag, attributes kept', () => {
    expect(selfCloseEmptyElements('<a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom>')).toBe(
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>',
    );
    expect(selfCloseEmptyElements('<p:cNvPr id="2" name="a &gt; b"></p:cNvPr>')).toBe(
      '<p:cNvPr id="2" name="a &gt; b"/>',
    );
  });

  it('keeps elements with text or children, and mismatched tags, as they are', () => {
    for (const xml of ['<a:t>></a:t>', '<a:t> </a:t>', '<a:ln><a:noFill/></a:ln>', '<a:ln w="1"> </a:ln>']) {
      expect(selfCloseEmptyElements(xml)).toBe(xml);
    }
  });

  it('drops white space between the elements of a relationship part only', () => {
    const rels = '<Relationships>\n\t\t<Relationship Id="rId1" Target="a b"/>\n</Relationships>';
    expect(dropWhitespaceBetweenTags(rels)).toBe(
      '<Relationships><Relationship Id="rId1" Target="a b"/></Relationships>',
    );
    expect(compactPart('ppt/slides/slide1.xml', '<a:t>甲</a:t> <a:t>乙</a:t>')).toBe('<a:t>甲</a:t> <a:t>乙</a:t>');
  });

  it("drops a notes slide's creationId extension, and nothing else's", () => {
    const notes = `<p:cSld>${CREATION_ID}</p:cSld>`;
    expect(dropNotesCreationId(notes)).toBe('<p:cSld></p:cSld>');
    expect(compactPart('ppt/notesSlides/notesSlide3.xml', notes)).toBe('<p:cSld></p:cSld>');
    expect(compactPart('ppt/slides/slide3.xml', notes)).toBe(notes);
  });
});
