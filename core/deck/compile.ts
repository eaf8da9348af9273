/**
 * compileDeck: Report → Deck. Every decision about what goes on which slide and where is made
 * here (and in the layout files it calls), once; screen, PPTX and PDF only translate the result.
 * Pure: no I/O; the font metrics are a parameter (defaulting to the bundled Noto Sans SC).
 */
import { type FontMetrics, notoSansScMetrics } from '../fonts/metrics';
import type { Report, Section } from '../report/schema';
import { type LayoutContext, numberSlides } from './frame';
import { sectionDividerSlide } from './slides/divider';
import { closingSlide, contentsSlides, coverSlide } from './slides/opening';
import { chineseDate } from './slides/common';
import { projectsSlides } from './slides/projects';
import { reviewSlides } from './slides/review';
import { comparisonSlides, targetSlides } from './slides/targets';
import { tasksSlides } from './slides/tasks';
import { type ThemeId, THEMES } from './themes';
import type { Deck, DeckMeta, DeckSection, Slide } from './types';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from './units';

export interface CoverOverrides {
  title?: string;
  presenter?: string;
  meeting?: string;
  /** Shown as written, e.g. "2025年3月5日". */
  date?: string;
}

export interface CompileOptions {
  /** Section ids to include, in this order (default: all, in the report's order). */
  sections?: readonly string[];
  theme?: ThemeId;
  /** Another report whose targets are set beside this one's (matched by key). */
  compareWith?: Report;
  cover?: CoverOverrides;
  /** A divider slide before each section when there are two or more (default true). */
  sectionDividers?: boolean;
  /** Font metrics to measure with (tests may pass others). */
  metrics?: FontMetrics;
}

function sourceLine(report: Report): string {
  const by = report.source.compiledBy.length > 0 ? `（${report.source.compiledBy.join(' ')}整理）` : '';
  return `资料来源：${report.source.title}${by}`;
}

function deckMeta(report: Report, options: CompileOptions): DeckMeta {
  const c = options.cover ?? {};
  const meeting = c.meeting ?? report.delivered.meeting;
  const date = c.date ?? chineseDate(report.delivered.date);
  return {
    reportId: report.id,
    title: c.title ?? report.title,
    subtitle: `${meeting} · ${date}`,
    region: report.region,
    year: report.year,
    presenter: c.presenter ?? report.delivered.by,
    meeting,
    date,
    author: report.source.compiledBy.join('、') || report.source.title,
    subject: `${report.region}${report.year}年政府工作报告`,
    ...(options.compareWith
      ? { compareWith: { reportId: options.compareWith.id, title: options.compareWith.title } }
      : {}),
    language: 'zh-CN',
  };
}

function chosenSections(report: Report, options: CompileOptions): Section[] {
  if (!options.sections) return report.sections;
  const byId = new Map(report.sections.map((s) => [s.id, s]));
  return options.sections.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

function sectionSlides(ctx: LayoutContext, report: Report, section: Section, options: CompileOptions): Slide[] {
  switch (section.kind) {
    case 'targets':
      return [
        ...targetSlides(ctx, section),
        ...(options.compareWith && options.compareWith.sections.some((s) => s.kind === 'targets')
          ? comparisonSlides(ctx, report, section, options.compareWith)
          : []),
      ];
    case 'review':
      return reviewSlides(ctx, report, section);
    case 'projects':
      return projectsSlides(ctx, section);
    case 'tasks':
      return tasksSlides(ctx, section);
    default: {
      const unknown: never = section;
      throw new Error(`unknown section kind ${(unknown as Section).kind}`);
    }
  }
}

/**
 * Slide ids are built from report ids ("review/<theme id>", "projects/<project id>"), so a theme
 * or project whose id is "overview" or "list" gets the id of a section's own slide. Such a later
 * slide is given "@2", "@3", …: ids stay unique, and stable across compiles of the same report.
 */
function uniqueSlideIds(slides: Slide[]): Slide[] {
  const used = new Set(slides.map((s) => s.id));
  const seen = new Set<string>();
  return slides.map((s) => {
    if (!seen.has(s.id)) {
      seen.add(s.id);
      return s;
    }
    let n = 2;
    while (used.has(`${s.id}@${n}`)) n++;
    const id = `${s.id}@${n}`;
    used.add(id);
    seen.add(id);
    return { ...s, id };
  });
}

/**
 * A section's slides with one title-bar height: laid out once, and when their bars differ (a
 * long title wraps to two lines), again with every bar at the tallest, so the body does not
 * jump 37 px between sibling slides.
 */
function sameTitleBars(ctx: LayoutContext, layout: (ctx: LayoutContext) => Slide[]): Slide[] {
  const bars: number[] = [];
  const first = layout({ ...ctx, titleBarsPx: bars });
  if (bars.length === 0 || Math.max(...bars) === Math.min(...bars)) return first;
  return layout({ ...ctx, sectionTitleBarPx: Math.max(...bars) });
}

export function compileDeck(report: Report, options: CompileOptions = {}): Deck {
  const theme = THEMES[options.theme ?? 'official'];
  const metrics = options.metrics ?? notoSansScMetrics;
  const meta = deckMeta(report, options);
  const ctx: LayoutContext = { theme, metrics, meta };
  const sections = chosenSections(report, options);
  const deckSections: DeckSection[] = [
    { id: 'opening', title: '封面与目录' },
    ...sections.map((s) => ({ id: s.id, title: s.title })),
    { id: 'closing', title: '结束' },
  ];
  const source = sourceLine(report);
  // Backup slides form an appendix after the closing slide, so the talk is numbered 1…N without
  // jumps and "谢谢！" ends it; they stay reachable by number, search and the overview.
  const dividers = (options.sectionDividers ?? true) && sections.length >= 2;
  const body = sections.flatMap((s, i) => [
    ...(dividers ? [sectionDividerSlide(ctx, { id: s.id, title: s.title }, i)] : []),
    ...sameTitleBars(ctx, (c) => sectionSlides(c, report, s, options)),
  ]);
  const talk = body.filter((s) => !s.hidden);
  const appendix = body.filter((s) => s.hidden);
  const slides: Slide[] = [
    coverSlide(
      ctx,
      source,
      (report.notes ?? []).map((n) => n.text),
    ),
    ...(sections.length > 0
      ? contentsSlides(
          ctx,
          sections.map((s) => ({ id: s.id, title: s.title })),
        )
      : []),
    ...talk,
    closingSlide(ctx, source),
    ...appendix,
  ];
  return {
    meta,
    size: { widthPx: CANVAS_WIDTH_PX, heightPx: CANVAS_HEIGHT_PX },
    theme,
    sections: deckSections,
    slides: numberSlides(uniqueSlideIds(slides), metrics),
  };
}
