/**
 * The review of an imported draft, as values: the source text, the draft report, the review
 * items and which items the reviewer accepted. Every edit returns a new state (for undo/redo);
 * an item added from a selection quotes the selection, so provenance still holds.
 */
import { findFigures } from '../../../core/import/figures';
import { squash } from '../../../core/import/text';
import type { ReviewItem } from '../../../core/import/review-items';
import { normaliseForMatch } from '../../../core/report/provenance';
import type { Figure, Report, Section } from '../../../core/report/schema';

export interface ReviewState {
  source: string;
  report: Report;
  items: ReviewItem[];
  /** JSON pointers of the draft entries the reviewer accepted. */
  accepted: string[];
}

/** One structured entry of the draft, with the pointer that edits it. */
export interface DraftEntry {
  pointer: string;
  kind: 'target' | 'highlight' | 'project' | 'task' | 'point';
  text: string;
  quote: string;
  figures: Figure[];
}

export function draftEntries(report: Report): DraftEntry[] {
  const out: DraftEntry[] = [];
  report.sections.forEach((s, i) => {
    const base = `/sections/${i}`;
    switch (s.kind) {
      case 'targets':
        s.targets.forEach((t, k) =>
          out.push({
            pointer: `${base}/targets/${k}`,
            kind: 'target',
            text: t.statement,
            quote: t.source,
            figures: [t.figure],
          }),
        );
        break;
      case 'review':
        s.themes.forEach((th, t) =>
          th.highlights.forEach((h, k) =>
            out.push({
              pointer: `${base}/themes/${t}/highlights/${k}`,
              kind: 'highlight',
              text: h.text,
              quote: h.source,
              figures: h.figures,
            }),
          ),
        );
        break;
      case 'projects':
        s.projects.forEach((p, k) =>
          out.push({
            pointer: `${base}/projects/${k}`,
            kind: 'project',
            text: p.text,
            quote: p.source,
            figures: p.figures,
          }),
        );
        break;
      case 'tasks':
        s.tasks.forEach((t, k) => {
          out.push({ pointer: `${base}/tasks/${k}`, kind: 'task', text: t.title, quote: t.source, figures: [] });
          t.groups.forEach((g, gi) =>
            g.points.forEach((p, pi) =>
              out.push({
                pointer: `${base}/tasks/${k}/groups/${gi}/points/${pi}`,
                kind: 'point',
                text: p.text,
                quote: p.source,
                figures: [],
              }),
            ),
          );
        });
        break;
      default: {
        const never: never = s;
        return never;
      }
    }
  });
  return out;
}

/**
 * Where quotes are in the source, as offsets of the source itself (a quote matches with
 * whitespace and full/half width ignored, as the provenance check does).
 */
export interface QuoteIndex {
  /** The source normalised as the provenance check does. */
  hay: string;
  /** Offset in the source of each character of hay. */
  map: number[];
}

export function quoteIndex(source: string): QuoteIndex {
  const map: number[] = [];
  let hay = '';
  for (let i = 0; i < source.length; i++) {
    const piece = normaliseForMatch(source[i]!);
    for (let k = 0; k < piece.length; k++) map.push(i);
    hay += piece;
  }
  return { hay, map };
}

export function locateQuote(index: QuoteIndex, quote: string): { start: number; end: number } | undefined {
  const needle = normaliseForMatch(quote);
  const at = needle === '' ? -1 : index.hay.indexOf(needle);
  if (at < 0) return undefined;
  return { start: index.map[at]!, end: index.map[at + needle.length - 1]! + 1 };
}

/** Parent array and index of a pointer like /sections/0/targets/3. */
function parentOf(report: Report, pointer: string): { list: unknown[]; index: number } | undefined {
  const parts = pointer.split('/').slice(1);
  let node: unknown = report;
  for (const p of parts.slice(0, -1)) node = (node as Record<string, unknown>)[p];
  const index = Number(parts[parts.length - 1]);
  return Array.isArray(node) && Number.isInteger(index) ? { list: node, index } : undefined;
}

/**
 * A pointer after the entry at `deleted` was taken out of its list: undefined if it was in that
 * entry; one lower if it was in a later sibling (/targets/5 → /targets/4 after /targets/3 went).
 */
export function pointerAfterDelete(pointer: string, deleted: string): string | undefined {
  if (pointer === deleted || pointer.startsWith(`${deleted}/`)) return undefined;
  const cut = deleted.lastIndexOf('/');
  const parent = `${deleted.slice(0, cut)}/`;
  const index = Number(deleted.slice(cut + 1));
  if (!pointer.startsWith(parent)) return pointer;
  const rest = pointer.slice(parent.length);
  const slash = rest.indexOf('/');
  const head = slash < 0 ? rest : rest.slice(0, slash);
  const k = Number(head);
  if (!/^\d+$/u.test(head) || k < index) return pointer;
  return `${parent}${k - 1}${slash < 0 ? '' : rest.slice(slash)}`;
}

export function deleteEntry(state: ReviewState, pointer: string): ReviewState {
  const report = structuredClone(state.report);
  const at = parentOf(report, pointer);
  if (!at) return state;
  at.list.splice(at.index, 1);
  // Renumber projects and work areas after one is taken out.
  for (const s of report.sections) {
    if (s.kind === 'projects') s.projects.forEach((p, i) => (p.number = i + 1));
    if (s.kind === 'tasks') s.tasks.forEach((t, i) => (t.number = i + 1));
  }
  // The review items and accepted marks follow their entries; those of the deleted one go with it.
  const items = state.items.flatMap((it) => {
    if (it.pointer === undefined) return [it];
    const moved = pointerAfterDelete(it.pointer, pointer);
    return moved === undefined ? [] : [{ ...it, pointer: moved }];
  });
  const accepted = state.accepted.flatMap((p) => pointerAfterDelete(p, pointer) ?? []);
  return { ...state, report, items, accepted };
}

/** New wording for an entry's text (the statement, highlight, project text, title or point). */
export function editEntry(state: ReviewState, pointer: string, text: string): ReviewState {
  const report = structuredClone(state.report);
  const at = parentOf(report, pointer);
  if (!at) return state;
  const entry = at.list[at.index] as Record<string, unknown>;
  if ('statement' in entry) entry.statement = text;
  else if ('title' in entry && !('text' in entry)) entry.title = text;
  else entry.text = text;
  return { ...state, report };
}

export function acceptEntry(state: ReviewState, pointer: string): ReviewState {
  return state.accepted.includes(pointer) ? state : { ...state, accepted: [...state.accepted, pointer] };
}

export type AddKind = 'target' | 'highlight' | 'project' | 'point';

function figuresOf(quote: string): Figure[] {
  return findFigures(quote).map((f) => ({
    label: quote.slice(0, f.start).replace(/^.*[，,、；;。]/u, '') || f.display,
    display: f.display,
    ...(f.value !== undefined ? { value: f.value } : {}),
    unit: f.unit,
    bound: f.bound,
  }));
}

function sectionOf<K extends Section['kind']>(report: Report, kind: K): Extract<Section, { kind: K }> | undefined {
  return report.sections.find((s): s is Extract<Section, { kind: K }> => s.kind === kind);
}

/** Adds the selected text as a new entry of a kind; its quote is the selection. */
export function addFromSelection(state: ReviewState, kind: AddKind, selection: string): ReviewState {
  const quote = squash(selection);
  if (quote === '' || !locateQuote(quoteIndex(state.source), quote)) return state;
  const report = structuredClone(state.report);
  const figures = figuresOf(quote);
  const year = report.year;
  const ensure = <K extends Section['kind']>(k: K, make: () => Extract<Section, { kind: K }>) => {
    let s = sectionOf(report, k);
    if (!s) {
      s = make();
      report.sections.push(s);
    }
    return s;
  };
  const usedIds = new Set(JSON.stringify(report).match(/"id":"[^"]*"/gu) ?? []);
  const freshId = (prefix: string) => {
    let n = 1;
    while (usedIds.has(`"id":"${prefix}-${n}"`)) n++;
    return `${prefix}-${n}`;
  };
  switch (kind) {
    case 'target': {
      const s = ensure('targets', () => ({
        kind: 'targets',
        id: 'targets',
        title: `${year}年主要预期目标`,
        year,
        targets: [],
      }));
      const figure = figures[0] ?? { label: quote, display: quote, unit: '', bound: 'qualitative' as const };
      s.targets.push({ key: freshId('indicator'), indicator: figure.label, statement: quote, figure, source: quote });
      break;
    }
    case 'highlight': {
      const s = ensure('review', () => ({
        kind: 'review',
        id: 'review',
        title: `${year - 1}年成绩单`,
        year: year - 1,
        themes: [],
      }));
      if (s.themes.length === 0)
        s.themes.push({ id: freshId('theme'), title: quote.slice(0, 8), source: quote, highlights: [] });
      s.themes[s.themes.length - 1]!.highlights.push({ id: freshId('highlight'), text: quote, figures, source: quote });
      break;
    }
    case 'project': {
      const s = ensure('projects', () => ({
        kind: 'projects',
        id: 'projects',
        title: `${year}年民生实事`,
        year,
        projects: [],
      }));
      s.projects.push({
        id: freshId('project'),
        number: s.projects.length + 1,
        title: quote.slice(0, 10),
        text: quote,
        figures,
        source: quote,
      });
      break;
    }
    case 'point': {
      const s = ensure('tasks', () => ({ kind: 'tasks', id: 'tasks', title: `${year}年重点工作`, tasks: [] }));
      if (s.tasks.length === 0)
        s.tasks.push({ id: freshId('task'), number: 1, title: quote, source: quote, groups: [] });
      const task = s.tasks[s.tasks.length - 1]!;
      if (task.groups.length === 0) task.groups.push({ points: [] });
      task.groups[task.groups.length - 1]!.points.push({ text: quote, source: quote });
      break;
    }
  }
  return { ...state, report };
}

export type ChartKind = 'bar' | 'kpi';

/**
 * Why a highlight's figures cannot make a chart of a kind, or undefined if they can: a bar
 * chart compares two or more figures with values in one unit; KPI cards show any figures.
 */
export function chartRefusal(figures: readonly Figure[], kind: ChartKind): string | undefined {
  if (figures.length === 0) return '没有数字';
  if (kind === 'kpi') return undefined;
  if (figures.length < 2) return '柱状图需要至少两个数字';
  if (figures.some((f) => f.value === undefined)) return '有数字没有数值';
  if (new Set(figures.map((f) => f.unit)).size > 1) return '数字的单位不同';
  return undefined;
}

/** Makes a chart of a highlight's figures in its theme (the figures get ids if they have none). */
export function setChart(state: ReviewState, highlightPointer: string, kind: ChartKind): ReviewState {
  const m = /^\/sections\/(\d+)\/themes\/(\d+)\/highlights\/(\d+)$/u.exec(highlightPointer);
  if (!m) return state;
  const report = structuredClone(state.report);
  const section = report.sections[Number(m[1])];
  if (section?.kind !== 'review') return state;
  const theme = section.themes[Number(m[2])];
  const highlight = theme?.highlights[Number(m[3])];
  if (!theme || !highlight || chartRefusal(highlight.figures, kind)) return state;
  const used = new Set(
    JSON.stringify(report)
      .match(/"id":"[^"]*"/gu)
      ?.map((s) => s.slice(6, -1)) ?? [],
  );
  const fresh = (prefix: string) => {
    let n = 1;
    while (used.has(`${prefix}-${n}`)) n++;
    used.add(`${prefix}-${n}`);
    return `${prefix}-${n}`;
  };
  for (const f of highlight.figures) f.id ??= fresh(`${highlight.id}-figure`);
  const chart = {
    kind,
    id: fresh(`${highlight.id}-chart`),
    title: highlight.figures
      .map((f) => f.label)
      .join('、')
      .slice(0, 24),
    figureIds: highlight.figures.map((f) => f.id!),
  };
  theme.charts = [...(theme.charts ?? []), chart];
  return { ...state, report };
}
