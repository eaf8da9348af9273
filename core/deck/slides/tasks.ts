/** Key work areas (重点工作): an overview of all areas, then one slide (or more) per area. */
import type { Section, Task } from '../../report/schema';
import { paginateTextCards, type TextCard } from '../card-layout';
import { contentFrame, type LayoutContext, partTitle } from '../frame';
import { bodyListStyle, type ListEntry, paginateList } from '../list-layout';
import type { Slide } from '../types';
import { makeSlide, markParts, notes, quoteLine, sourcesOf } from './common';

type TasksSection = Extract<Section, { kind: 'tasks' }>;

function overviewSlides(ctx: LayoutContext, section: TasksSection): Slide[] {
  const title = section.title;
  const cards: TextCard[] = section.tasks.map((t) => ({ head: String(t.number), body: t.title, emphasis: [] }));
  const frame = contentFrame(ctx, title, title);
  const pages =
    cards.length > 0
      ? paginateTextCards(cards, frame.body, ctx, undefined, 'left')
      : [{ elements: [], cards: [] as number[] }];
  return markParts(
    pages.map(({ elements: els, cards: onPage }, i) => {
      const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), title);
      const shown = onPage.map((k) => section.tasks[k]!);
      return makeSlide(ctx, {
        id: `${section.id}/overview`,
        kind: 'tasks-overview',
        title: partTitle(title, i),
        sectionId: section.id,
        notes: notes(
          // A section without tasks still gets notes (the speaker needs something to say).
          section.tasks.length > 0
            ? `${section.title}，共${section.tasks.length}项。`
            : `${section.title}：本部分未列出具体工作。`,
          shown.map((t) => `${t.number}. ${t.title}`).join('\n'),
        ),
        sources: sourcesOf(shown.map((t) => ({ quote: t.source, displays: [] }))),
        elements: [...f.elements, ...els],
      });
    }),
  );
}

function taskEntries(task: Task): { entries: ListEntry[]; quotes: string[] } {
  const entries: ListEntry[] = [];
  const quotes: string[] = [];
  for (const g of task.groups) {
    if (g.heading) {
      entries.push({ marker: '', text: g.heading.text, emphasis: [], figures: [], weight: 'bold', kind: 'heading' });
      quotes.push(g.heading.source);
    }
    for (const p of g.points) {
      entries.push({ marker: '●', text: p.text, emphasis: [], figures: [], weight: 'regular', kind: 'item' });
      quotes.push(p.source);
    }
  }
  return { entries, quotes };
}

function taskSlides(ctx: LayoutContext, section: TasksSection, task: Task): Slide[] {
  const title = `${task.number}. ${task.title}`;
  const frame = contentFrame(ctx, title, section.title);
  const { entries, quotes } = taskEntries(task);
  const pages = entries.length > 0 ? paginateList(entries, frame.body, bodyListStyle(ctx), ctx) : [];
  const make = (i: number, shown: number[], elements: Slide['elements']) => {
    const f = i === 0 ? frame : contentFrame(ctx, partTitle(title, i), section.title);
    return makeSlide(ctx, {
      id: `${section.id}/${task.id}`,
      kind: 'task',
      title: partTitle(title, i),
      sectionId: section.id,
      notes: notes(
        i === 0 ? `第${task.number}方面：${task.title}。` : `（续）${task.title}`,
        shown
          .map((k) => (entries[k]!.kind === 'heading' ? `【${entries[k]!.text}】` : `· ${entries[k]!.text}`))
          .join('\n'),
        i === 0 && quoteLine(task.source),
      ),
      sources: sourcesOf(
        [...(i === 0 ? [task.source] : []), ...shown.map((k) => quotes[k]!)].map((q) => ({ quote: q, displays: [] })),
      ),
      elements: [...f.elements, ...elements],
    });
  };
  if (pages.length === 0) return [make(0, [], [])];
  return markParts(pages.map((p, i) => make(i, p.entries, [p.element])));
}

export function tasksSlides(ctx: LayoutContext, section: TasksSection): Slide[] {
  return [...overviewSlides(ctx, section), ...section.tasks.flatMap((t) => taskSlides(ctx, section, t))];
}
