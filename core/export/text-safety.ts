/**
 * Text that goes into exported files. XML 1.0 forbids most C0 control characters, and one of them
 * in a PPTX makes PowerPoint offer to "repair" the file; PDFs show them as boxes. The report
 * schema already rejects them, but briefings edit notes by hand, so every exporter strips them.
 */

// Tab (U+0009), LF (U+000A) and CR (U+000D) are allowed in XML; the rest of C0 and DEL are not.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// A lone surrogate cannot be encoded in UTF-8 XML either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControlChars(text: string): string {
  // Surrogates first: removing a control character between two lone halves must not pair them
  // into a character the text never had.
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(XML_INVALID, '');
}

/** Whether a text would need stripping (for tests and reports). */
export function hasControlChars(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  LONE_SURROGATE.lastIndex = 0;
  return XML_INVALID.test(text) || LONE_SURROGATE.test(text);
}
