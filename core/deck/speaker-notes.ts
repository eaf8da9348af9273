/**
 * Speaker notes as a presenter reads them in PowerPoint's notes pane: first what to say (the
 * slide's notes, in the report's own wording), then 【原文出处】 with the quote behind each figure.
 *
 * A slide's notes carry "原文：“…”" lines (or "地区生产总值：原文：“…”") after what they say (the quote at hand on screen); where
 * that quote is also one of the slide's sources, the line is left out here, and so is a paragraph
 * that only says a quote again (after the first), so the notes do not read every quote twice. A quote that is not among the sources keeps its line. Notes that would
 * be left with nothing to say begin with the first quote's first sentence.
 */
import type { Slide } from './types';

const SOURCES_HEADING = '【原文出处】';
/** A line that is only a quote: "原文：“…”", or with what it backs: "地区生产总值：原文：“…”". */
const QUOTE_LINE = /^(?:[^：\n]{1,40}：)?原文：“([\s\S]*)”$/;
const squash = (s: string) => s.replace(/\s+/g, '');

/** The first sentence of a text (up to and with its 。！？；), or the whole text. */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[。！？；]/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

/** At most this many characters of a paragraph beside a quote it restates ("1. 养老助餐服务："). */
const RESTATEMENT_EXTRA_CHARS = 20;

/** Whether a paragraph is a quote said again: the quote plus at most a short label. */
function restates(paragraph: string, quotes: readonly string[]): boolean {
  const p = squash(paragraph);
  return quotes.some((q) => q.length > 0 && p.includes(q) && p.length - q.length <= RESTATEMENT_EXTRA_CHARS);
}

/**
 * What the presenter says: the notes without the quote lines the sources list repeats, and
 * without paragraphs that only restate a quote (the sources read it), except the first: the
 * slide's point in the report's words.
 */
export function spokenNotes(slide: Pick<Slide, 'notes' | 'sources'>): string {
  const quotes = slide.sources.map((s) => squash(s.quote));
  const quoted = new Set(quotes);
  const paragraphs = slide.notes
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .filter((line) => {
          const m = QUOTE_LINE.exec(line.trim());
          return !(m && quoted.has(squash(m[1]!)));
        })
        .join('\n')
        .trim(),
    )
    .filter((p) => p.length > 0)
    .filter((p, i) => i === 0 || !restates(p, quotes));
  if (paragraphs.length === 0 && slide.sources[0]) return firstSentence(slide.sources[0].quote);
  return paragraphs.join('\n\n');
}

/** The notes of a slide: what to say, then 【原文出处】 and one line per quote. */
export function speakerNotes(slide: Pick<Slide, 'notes' | 'sources'>): string {
  const spoken = spokenNotes(slide);
  if (slide.sources.length === 0) return spoken;
  const sources = slide.sources.map((s) => `· ${s.displays.length ? s.displays.join('、') + '：' : ''}“${s.quote}”`);
  return `${spoken}\n\n${SOURCES_HEADING}\n${sources.join('\n')}`;
}
