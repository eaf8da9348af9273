/**
 * Livelihood projects (民生实事): an overview of all (a card each), and one hidden backup slide
 * per project, with its full wording, for questions.
 */
import type { Project, Section } from '../../report/schema';
import { fitBlock, type TextStyle } from '../blocks';
import { paginateKpis, paginateTextCards, type KpiItem, type TextCard } from '../card-layout';
import { contentFrame, type LayoutContext, partTitle } from '../frame';
import { cardColumns, GUTTER_PX } from '../grid';
import { bodyListStyle, type ListEntry, paginateList } from '../list-layout';
import type { Box, Element, Slide } from '../types';
import { STATEMENT_MAX_BODY_LINES, statementElements } from './backup-statement';
import {
  figureRef,
  makeSlide,
  markParts,
  notes,
  quoteLine,
  sourcesOf,
  sourcesOfFigures,
  withMissingFigures,
} from './common';

type ProjectsSection = Extract<Section, { kind: 'projects' }>;

/** Share of a backup slide's body for the project's wording when figures follow below. */
const BACKUP_TEXT_SHARE = 0.42;
/** Figure cards on a backup slide: a project has a few figures, each worth a card of its own. */
const BACKUP_KPIS_PER_SLIDE = 3;

function projectNote(p: Project): string {
  return `${p.number}. ${p.title}：${withMissingFigures(p.text, p.figures)}\n${quoteLine(p.source)}`;
}

function overviewSlides(ctx: LayoutContext, section: ProjectsSection): Slide[] {
  const title = section.title;
  const cards: TextCard[] = section.projects.map((p) => {
    const figures = p.figures.map((f) => f.display);
    return {
      head: `${p.number} ${p.title}`,
      body: figures.length > 0 ? figures.join('、') : p.text,
      emphasis: figures,
      figures: p.figures.map((f) => figureRef(f, p.source)),
    };
  });
  const frame = contentFrame(ctx, title, title);
  const pages =
    cards.length > 0 ? paginateTextCards(cards, frame.body, ctx) : [{ elements: [], cards: [] as number[] }];
  return markParts(
    pages.map(({ elements: els, cards: onPage }, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), title);
      const shown = onPage.map((k) => section.projects[k]!);
      const refs = shown.flatMap((p) => p.figures.map((x) => figureRef(x, p.source)));
      return makeSlide(ctx, {
        id: `${section.id}/overview`,
        kind: 'projects-overview',
        title: partTitle(title, i),
        sectionId: section.id,
        notes: notes(i === 0 && `${section.title}，共${section.projects.length}项。`, ...shown.map(projectNote)),
        sources: sourcesOf(shown.map((p) => ({ quote: p.source, displays: p.figures.map((x) => x.display) }))).concat(
          sourcesOfFigures(refs.filter((r) => !shown.some((p) => p.source === r.quote))),
        ),
        elements: [...f.elements, ...els],
      });
    }),
  );
}

/**
 * A project's backup slide title: its number and name, in words that fit any projects section
 * ("第3项：AED与救护培训"); the section's own title is in the footer beside it.
 */
export function backupTitle(p: Pick<Project, 'number' | 'title'>): string {
  return `第${p.number}项：${p.title}`;
}

function backupSlides(ctx: LayoutContext, section: ProjectsSection, p: Project): Slide[] {
  const { colors, sizes } = ctx.theme;
  const title = backupTitle(p);
  const frame = contentFrame(ctx, title, section.title);
  const text = withMissingFigures(p.text, p.figures);
  const emphasis = p.figures.map((f) => f.display);
  const refs = p.figures.map((f) => figureRef(f, p.source));
  const items: KpiItem[] = p.figures.map((f, k) => ({ value: f.display, label: f.label, figure: refs[k]! }));
  const style: TextStyle = {
    maxPx: sizes.bodyMaxPx,
    minPx: sizes.bodyMinPx,
    weight: 'regular',
    color: colors.text,
    align: 'left',
    valign: 'top',
    lineHeight: 1.45,
  };
  const bodies: Element[][] = [];
  const textBox: Box =
    items.length > 0 ? { ...frame.body, h: Math.floor(frame.body.h * BACKUP_TEXT_SHARE) } : frame.body;
  const fit = fitBlock(text, textBox, style, ctx.metrics, emphasis);
  if (fit.ok) {
    const used = fit.block.lines.length * fit.block.lineHeightPx;
    const textEl: Element = { kind: 'text', role: 'body', ...fit.block, box: { ...textBox, h: used }, figures: refs };
    if (items.length > 0) {
      // The figures under the text, as many as fit there; the rest on slides of their own.
      const kpiArea: Box = { ...frame.body, y: frame.body.y + used + GUTTER_PX, h: frame.body.h - used - GUTTER_PX };
      const [first = [], ...more] = paginateKpis(items, frame.body, ctx, {
        maxPerSlide: BACKUP_KPIS_PER_SLIDE,
        first: { area: kpiArea, maxPerSlide: BACKUP_KPIS_PER_SLIDE, columns: cardColumns },
      });
      bodies.push([textEl, ...first]);
      for (const kpis of more) bodies.push(kpis);
    } else {
      // A short text with no figures is a statement, not a line atop an empty slide.
      const statement =
        fit.block.lines.length <= STATEMENT_MAX_BODY_LINES
          ? statementElements(ctx, frame.body, text, emphasis, refs)
          : undefined;
      bodies.push(statement ?? [textEl]);
    }
  } else {
    const entry: ListEntry = { marker: '', text, emphasis, figures: refs, weight: 'regular', kind: 'paragraph' };
    for (const page of paginateList([entry], frame.body, bodyListStyle(ctx), ctx)) bodies.push([page.element]);
    for (const kpis of items.length > 0
      ? paginateKpis(items, frame.body, ctx, { maxPerSlide: BACKUP_KPIS_PER_SLIDE })
      : [])
      bodies.push(kpis);
  }
  return markParts(
    bodies.map((els, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), section.title);
      return makeSlide(ctx, {
        id: `${section.id}/${p.id}`,
        kind: 'project-backup',
        title: partTitle(title, i),
        sectionId: section.id,
        hidden: true,
        notes: notes('备用页（答问用）。', projectNote(p), ...p.figures.map((x) => `${x.label}：${x.display}`)),
        sources: sourcesOfFigures(refs).length > 0 ? sourcesOfFigures(refs) : [{ quote: p.source, displays: [] }],
        elements: [...f.elements, ...els],
      });
    }),
  );
}

/**
 * A project is shown once: its card on the overview (number, name, figures) and, for questions,
 * its backup slide with the full wording and a card per figure. (A list of every project's
 * wording between them said it all a third time.) The backups go to the deck's appendix, after
 * the closing slide (compileDeck).
 */
export function projectsSlides(ctx: LayoutContext, section: ProjectsSection): Slide[] {
  return [...overviewSlides(ctx, section), ...section.projects.flatMap((p) => backupSlides(ctx, section, p))];
}
