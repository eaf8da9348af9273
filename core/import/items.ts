/**
 * The items of a numbered run: each item's text runs from its number to the next item; the last
 * one ends with its sentence (or at a line that is page furniture or a heading).
 */
import type { Layout } from './layout';
import type { RunItem } from './markers';
import { clampSpan, type Span } from './text';

export interface ItemSpan {
  number: number;
  line: number;
  /** The item's text, without its number. */
  span: Span;
  /** Line index after the item's last line. */
  endLine: number;
}

export function itemSpans(layout: Layout, run: RunItem[], stopLine: number): ItemSpan[] {
  const { lines } = layout;
  return run.map((item, k) => {
    const next = run[k + 1];
    let endLine: number;
    if (next) endLine = next.line;
    else {
      // The last item: up to the line that ends a sentence, or a blank line after one.
      // The last item: up to a new paragraph after its sentence ends, unless that paragraph is
      // one of its own sub-items or bullets.
      endLine = item.line + 1;
      let sentenceEnded = false;
      for (let i = item.line; i < stopLine; i++) {
        const text = lines[i]!.text;
        if (layout.doubled[i] || (i > item.line && layout.headings.some((h) => h.line === i))) break;
        if (text === '') continue;
        const own = layout.markers[i] !== undefined || layout.bullets[i] !== undefined;
        if (i > item.line && sentenceEnded && !own) break;
        endLine = i + 1;
        sentenceEnded = /[。；;]$/u.test(text);
      }
    }
    while (endLine > item.line + 1 && (lines[endLine - 1]!.text === '' || layout.doubled[endLine - 1])) endLine--;
    const end = lines[endLine - 1]!.end;
    const span = clampSpan({ start: item.marker.contentStart, end: Math.max(end, item.marker.contentStart) });
    return { number: item.marker.number, line: item.line, span, endLine };
  });
}
