/**
 * Shared pieces of slide building: the slide record, figure references with their quotes, notes
 * and source lists. Each slide layout file uses these, so notes and sources read the same
 * everywhere.
 */
import type { Figure } from '../../report/schema';
import type { LayoutContext } from '../frame';
import type { Element, FigureRef, Slide, SlideKind, SlideSource } from '../types';

export interface SlideDraft {
  id: string;
  kind: SlideKind;
  title: string;
  sectionId: string;
  notes: string;
  sources: SlideSource[];
  hidden?: boolean;
  elements: Element[];
}

export function makeSlide(ctx: LayoutContext, d: SlideDraft): Slide {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    sectionId: d.sectionId,
    notes: d.notes,
    sources: d.sources,
    hidden: d.hidden ?? false,
    background: ctx.theme.colors.background,
    elements: d.elements,
  };
}

/** Marks the parts of a slide that continues: ids get "~2", "~3"; every part knows "n of m". */
export function markParts(slides: Slide[]): Slide[] {
  if (slides.length <= 1) return slides;
  return slides.map((s, i) => ({
    ...s,
    id: i === 0 ? s.id : `${s.id}~${i + 1}`,
    part: { index: i + 1, of: slides.length },
  }));
}

export function figureRef(figure: Figure, itemQuote: string): FigureRef {
  return { label: figure.label, display: figure.display, quote: figure.source ?? itemQuote };
}

/** Groups figure refs by quote into the slide's source list (order of first appearance). */
export function sourcesOf(refs: readonly { quote: string; displays: readonly string[] }[]): SlideSource[] {
  const byQuote = new Map<string, string[]>();
  for (const r of refs) {
    const list = byQuote.get(r.quote) ?? [];
    for (const d of r.displays) if (!list.includes(d)) list.push(d);
    byQuote.set(r.quote, list);
  }
  return [...byQuote].map(([quote, displays]) => ({ quote, displays }));
}

export function sourcesOfFigures(figures: readonly FigureRef[]): SlideSource[] {
  return sourcesOf(figures.map((f) => ({ quote: f.quote, displays: [f.display] })));
}

/** "原文：“…”" — the quote behind what is said, for the speaker. */
export function quoteLine(quote: string): string {
  return `原文：“${quote.replace(/\s+/g, '')}”`;
}

/** Paragraphs joined with blank lines; empty ones dropped. */
export function notes(...paragraphs: (string | undefined | false)[]): string {
  return paragraphs.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join('\n\n');
}

/** "2025-01-17" → "2025年1月17日". */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → "一", 12 → "十二", 23 → "二十三" (up to 99; beyond that Arabic digits). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return '十' + NUMERALS[n - 10];
  if (n < 100) return NUMERALS[Math.floor(n / 10)] + '十' + (n % 10 ? NUMERALS[n % 10] : '');
  return String(n);
}

/** Appends the wording of figures whose display is not in the text, so no figure is lost. */
export function withMissingFigures(text: string, figures: readonly Figure[]): string {
  const missing = figures.filter((f) => !text.includes(f.display));
  if (missing.length === 0) return text;
  return `${text}（${missing.map((f) => `${f.label}：${f.display}`).join('；')}）`;
}
