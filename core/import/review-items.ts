/**
 * What the importer is unsure of. Each item points at the draft (a JSON pointer) and at the
 * source (offsets), and says in Chinese and English what the reviewer should check. Nothing
 * uncertain is guessed silently: it is either left out and listed, or put in and listed.
 */
import type { Span } from './text';

export type ReviewItemKind =
  /** A figure written in Chinese numerals: its wording is kept, its machine value is not set. */
  | 'no-value'
  /** A target whose indicator is not a known one: the key is provisional. */
  | 'unknown-indicator'
  /** A target without a number (positive, qualitative): check the wording chosen as its figure. */
  | 'qualitative-target'
  /** The same indicator stated twice with different wording: kept as a data note. */
  | 'target-stated-twice'
  /** A title, short name or heading the importer cut from the text: give it your own wording. */
  | 'title-cut'
  /** A report field the text did not give (date, meeting, who delivered it, region…). */
  | 'missing-field'
  /** A section the report is expected to have was not found. */
  | 'section-not-found'
  /** Numbering that skips or repeats (1, 2, 4 …): an item may be missing or merged. */
  | 'numbering-gap'
  /** A line left out as page furniture (a doubled heading from a PDF layout). */
  | 'skipped-line'
  /** A work area without points. */
  | 'no-points';

export interface ReviewItem {
  kind: ReviewItemKind;
  /** JSON pointer into the draft, when the item is in it. */
  pointer: string | undefined;
  /** Where in the source text, when known. */
  span: Span | undefined;
  message: { zh: string; en: string };
}

export function reviewItem(
  kind: ReviewItemKind,
  pointer: string | undefined,
  span: Span | undefined,
  zh: string,
  en: string,
): ReviewItem {
  return { kind, pointer, span, message: { zh, en } };
}
