/**
 * Provenance: every quote must be in the source text, and every figure's wording must be in its
 * quote. This is what stops a briefing from misstating a number: a figure can only say what the
 * report says.
 *
 * Matching ignores whitespace (the source is extracted from a PDF with line breaks inside words)
 * and compares after Unicode NFKC, so full-width "％" and "５" match "%" and "5"; nothing else
 * is forgiven.
 */
import type { Report } from './schema';
import type { Figure } from './schema';

export function normaliseForMatch(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

export interface QuoteRef {
  pointer: string;
  quote: string;
}

export interface FigureRef {
  pointer: string;
  figure: Figure;
  /** The quote the figure's display must be in: its own source, else the enclosing item's. */
  quote: QuoteRef | undefined;
}

/**
 * Every quote and figure of a report with its JSON pointer. Generic over the tree (any string
 * field named "source" is a quote, any object with a "display" is a figure), so new section
 * kinds are covered without touching this file.
 */
export function collectQuotesAndFigures(report: Report): { quotes: QuoteRef[]; figures: FigureRef[] } {
  const quotes: QuoteRef[] = [];
  const figures: FigureRef[] = [];
  const visit = (node: unknown, pointer: string, enclosing: QuoteRef | undefined) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${pointer}/${i}`, enclosing));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    let own = enclosing;
    if (typeof obj.source === 'string') {
      own = { pointer: `${pointer}/source`, quote: obj.source };
      quotes.push(own);
    }
    if (typeof obj.display === 'string') figures.push({ pointer, figure: obj as unknown as Figure, quote: own });
    for (const [key, child] of Object.entries(obj)) {
      if (key === 'source') continue;
      if (child !== null && typeof child === 'object') visit(child, `${pointer}/${key}`, own);
    }
  };
  visit(report, '', undefined);
  return { quotes, figures };
}

export type ProvenanceFinding =
  | { kind: 'quote-not-in-source'; pointer: string; quote: string; matchedChars: number; sourceContinues: string }
  | { kind: 'display-not-in-quote'; pointer: string; display: string; quote: string };

/** The longest prefix of `needle` found in `hay`, by binary search (prefix presence is monotone). */
function longestMatchedPrefix(hay: string, needle: string): number {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (hay.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface ProvenanceOptions {
  /**
   * Describe at most this many quotes that are not in the source (the first by `order`), and
   * leave the others out. Describing one (how far it matches, how the source goes on) takes a
   * dozen scans of the whole source: 1,000 failing quotes against a 1M-character source took
   * 3.9 s, e.g. for a report that names the wrong source file. The loader reports only its first
   * MAX_PROBLEMS problems, so it asks for no more.
   */
  maxQuoteFindings?: number;
  /** Order of quotes by their place in the file (JSON pointers); default: report order. */
  order?: (pointerA: string, pointerB: string) => number;
}

export function checkProvenance(
  report: Report,
  sourceText: string,
  options: ProvenanceOptions = {},
): ProvenanceFinding[] {
  const hay = normaliseForMatch(sourceText);
  const findings: ProvenanceFinding[] = [];
  const { quotes, figures } = collectQuotesAndFigures(report);
  let missing = quotes
    .map((q) => ({ q, needle: normaliseForMatch(q.quote) }))
    .filter(({ needle }) => !hay.includes(needle));
  if (options.order) {
    const order = options.order;
    missing.sort((a, b) => order(a.q.pointer, b.q.pointer));
  }
  if (options.maxQuoteFindings !== undefined) missing = missing.slice(0, options.maxQuoteFindings);
  for (const { q, needle } of missing) {
    const matched = longestMatchedPrefix(hay, needle);
    const at = matched > 0 ? hay.indexOf(needle.slice(0, matched)) + matched : -1;
    findings.push({
      kind: 'quote-not-in-source',
      pointer: q.pointer,
      quote: q.quote,
      matchedChars: matched,
      sourceContinues: at >= 0 ? hay.slice(at, at + 12) : '',
    });
  }
  for (const f of figures) {
    const quote = f.quote?.quote ?? '';
    if (normaliseForMatch(quote).includes(normaliseForMatch(f.figure.display))) continue;
    findings.push({ kind: 'display-not-in-quote', pointer: `${f.pointer}/display`, display: f.figure.display, quote });
  }
  return findings;
}
