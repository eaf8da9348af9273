/** Review items as lines of text (for the command line): where in the source, where in the draft, what. */
import type { ReviewItem } from './review-items';
import { positionOf } from './text';

export function formatReviewItem(item: ReviewItem, source: string, sourceName: string): string {
  const at = item.span ? positionOf(source, item.span.start) : undefined;
  const where = at ? `${sourceName}:${at.line}:${at.column}` : sourceName;
  const pointer = item.pointer ? ` ${item.pointer}` : '';
  return `${where}: ${item.kind}${pointer}: ${item.message.zh} (${item.message.en})`;
}
