/**
 * 过去一年 / 2024年工作回顾: the opening paragraph (its first sentence is the report's summary),
 * then themes of highlights. A theme is a short line of its own ("向新而行动力澎湃") or a
 * numbered paragraph ("（一）经济运行稳中向好。…"); a highlight is a sentence.
 */
import type { Figure, Highlight, Point, Theme } from '../report/schema';
import { findFigures, labelFor } from './figures';
import type { IdMaker } from './ids';
import type { Layout } from './layout';
import { reviewItem, type ReviewItem } from './review-items';
import { clampSpan, cjkCount, sentences, textOf, type Span } from './text';

export interface ReviewDraft {
  summary: Point | undefined;
  intro: Point | undefined;
  themes: Theme[];
  items: ReviewItem[];
}

/** A theme line: short, no punctuation inside, not a sentence. */
const THEME_LINE_MAX_CHARS = 20;
/** Fewer Chinese characters than this is not a highlight (stray numbers, page furniture). */
const HIGHLIGHT_MIN_CJK = 4;

/** A paragraph opening "一是", "二是" …: a theme in a county's review. */
const ENUMERATED = /^[ \t\u3000]*[一二三四五六七八九十]{1,2}是/u;

function isThemeLine(text: string): boolean {
  return text.length >= 4 && text.length <= THEME_LINE_MAX_CHARS && !/[。；;：:、！!？?“”]/u.test(text);
}

/** "向新而行动力澎湃" → 向新而行 + 动力澎湃; "经济运行稳中向好，质效提升" → split at the comma. */
function splitThemeTitle(title: string): { title: string; subtitle?: string } {
  const comma = /[，,]/u.exec(title);
  if (comma) return { title: title.slice(0, comma.index), subtitle: title.slice(comma.index + 1) || undefined };
  if (title.length === 8 && cjkCount(title) === 8) return { title: title.slice(0, 4), subtitle: title.slice(4) };
  return { title };
}

export function figuresOf(source: string, span: Span, items: ReviewItem[], pointer: string): Figure[] {
  return findFigures(source, span).map((f, i) => {
    if (f.chineseNumeral)
      items.push(
        reviewItem(
          'no-value',
          `${pointer}/figures/${i}`,
          f,
          `“${f.display}”用中文数字书写，未设数值。`,
          `"${f.display}" is written in Chinese numerals; no value was set.`,
        ),
      );
    return {
      label: labelFor(source, f, span.start, span.end),
      display: f.display,
      ...(f.value !== undefined ? { value: f.value } : {}),
      unit: f.unit,
      bound: f.bound,
    };
  });
}

interface ThemeStart {
  /** The title's span. */
  title: Span;
  /** Where the theme's text starts. */
  body: number;
}

export function buildReview(layout: Layout, from: number, to: number, pointer: string, ids: IdMaker): ReviewDraft {
  const { source, lines } = layout;
  const items: ReviewItem[] = [];
  const starts: ThemeStart[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || layout.doubled[i]) continue;
    const m = layout.markers[i];
    const blankAround = (lines[i - 1]?.text ?? '') === '' && (lines[i + 1]?.text ?? '') === '';
    if (m && (m.style === 'paren-chinese' || m.style === 'chinese')) {
      // "（一）经济运行稳中向好。全省…": the title is the first sentence of the item.
      const first = sentences(source, { start: m.contentStart, end: line.end })[0];
      if (first) starts.push({ title: first, body: first.end });
    } else if (ENUMERATED.test(line.raw)) {
      // "一是项目建设提速增效。…": the title is the first sentence after "一是".
      const at = line.start + ENUMERATED.exec(line.raw)![0].length;
      const first = sentences(source, { start: at, end: line.end })[0];
      if (first) starts.push({ title: first, body: first.end });
    } else if (isThemeLine(line.text) && blankAround && i > from) starts.push({ title: line, body: line.end });
  }
  // The opening paragraph: from the region's first text line to the first blank line.
  let opening: Span | undefined;
  const firstLine = lines.slice(from, to).find((l, k) => l.text !== '' && !layout.doubled[from + k]);
  if (firstLine && !starts.some((s) => s.title.start === firstLine.start)) {
    let end = firstLine.end;
    for (let i = lines.indexOf(firstLine) + 1; i < to && lines[i]!.text !== ''; i++) end = lines[i]!.end;
    opening = { start: firstLine.start, end };
  }
  const openingSentences = opening ? sentences(source, opening) : [];
  const point = (s: Span | undefined): Point | undefined => {
    if (!s) return undefined;
    const t = textOf(source, s);
    return { text: t, source: t };
  };
  const summary = point(openingSentences[0]);
  const rest = openingSentences.slice(1);
  const intro =
    rest.length > 0 ? point(clampSpan({ start: rest[0]!.start, end: rest[rest.length - 1]!.end })) : undefined;

  const regionEnd = lines[to - 1]?.end ?? source.length;
  const themes: Theme[] = starts.map((start, t) => {
    const p = `${pointer}/themes/${t}`;
    const titleText = textOf(source, start.title).replace(/[。；;]$/u, '');
    const { title, subtitle } = splitThemeTitle(titleText);
    const bodyEnd = starts[t + 1]?.title.start ?? regionEnd;
    const highlights: Highlight[] = [];
    for (const s of sentences(source, { start: start.body, end: bodyEnd })) {
      const lineIdx = lines.findIndex((l) => l.start <= s.start && s.start <= l.end);
      if (lineIdx >= 0 && layout.doubled[lineIdx]) continue;
      const text = textOf(source, s);
      if (cjkCount(text) < HIGHLIGHT_MIN_CJK) continue;
      const hp = `${p}/highlights/${highlights.length}`;
      highlights.push({
        id: ids.make('highlight'),
        text,
        figures: figuresOf(source, s, items, hp),
        source: text,
      });
    }
    items.push(
      reviewItem(
        'title-cut',
        `${p}/title`,
        start.title,
        `主题标题“${titleText}”取自原文，可改为简短标题。`,
        `Theme title "${titleText}" was cut from the text; you may shorten it.`,
      ),
    );
    return {
      id: ids.make('theme'),
      title: title.slice(0, 40),
      ...(subtitle ? { subtitle: subtitle.slice(0, 40) } : {}),
      source: titleText,
      highlights,
    };
  });
  if (themes.length === 0 && opening) {
    items.push(
      reviewItem(
        'section-not-found',
        pointer,
        opening,
        '未找到成绩部分的主题。',
        'No themes were found in the review of last year.',
      ),
    );
  }
  return { summary, intro, themes, items };
}
