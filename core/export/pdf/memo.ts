/**
 * The memo (简报): an A4 document written from the report itself, not from the slides, so
 * nothing the deck shortened is lost: title block (title, meeting and date, presenter, date
 * line, source; title, meeting, date and presenter worded as the deck's cover, which a briefing
 * may override), the summary, the targets table in the report's wording (with a comparison
 * column when compareWith is given, matched by target key, "—" when the other report lacks the
 * target), the previous year's results theme by theme with every highlight and figure, every
 * livelihood project with its figures, every key work area with every point, and the report's
 * data notes. Figures are set bold in the figure colour. Sections follow the report's order and
 * each gets a bookmark (themes and work areas nested under theirs).
 */
import { chineseDate, chineseNumeral, withMissingFigures } from '../../deck/slides/common';
import { THEMES } from '../../deck/themes';
import type { DeckMeta } from '../../deck/types';
import type { FontMetrics } from '../../fonts/metrics';
import type { Figure, Report, Section, Target } from '../../report/schema';
import type { DisplayList } from './display-list';
import { Flow, type ParagraphStyle, type TableCellText } from './flow';
import { A4, PAPER, drawHeader } from './paper';

const COLORS = THEMES.official.colors;
const BODY_PT = 10.5;
const BODY: ParagraphStyle = {
  sizePt: BODY_PT,
  weight: 'regular',
  color: PAPER.text,
  lineHeight: 1.7,
  emphasisColor: COLORS.figure,
  spaceAfter: 3,
};
const H1: ParagraphStyle = {
  sizePt: 15,
  weight: 'bold',
  color: COLORS.primary,
  lineHeight: 1.5,
  spaceBefore: 14,
  spaceAfter: 6,
  keepWithNext: 2,
};
const H2: ParagraphStyle = {
  sizePt: 12,
  weight: 'bold',
  color: PAPER.text,
  lineHeight: 1.5,
  spaceBefore: 8,
  spaceAfter: 3,
  keepWithNext: 2,
};
const BULLET_INDENT = 14;
const MISSING = '—';

/** The memo's title block: the deck's cover wording (DeckMeta, with a briefing's cover overrides). */
export type MemoCover = Pick<DeckMeta, 'title' | 'meeting' | 'date' | 'presenter'>;

export interface MemoOptions {
  metrics: FontMetrics;
  report: Report;
  compareWith: Report | undefined;
  dateLine: string | undefined;
  /**
   * Title, meeting, date and presenter as the deck's cover has them (exportPdf passes deck.meta,
   * so a briefing's cover overrides head the memo as they name the file). Default: the report's.
   */
  cover?: MemoCover;
}

/** The report's own cover wording (what compileDeck puts in DeckMeta without overrides). */
export function reportCover(report: Report): MemoCover {
  return {
    title: report.title,
    meeting: report.delivered.meeting,
    date: chineseDate(report.delivered.date),
    presenter: report.delivered.by,
  };
}

const displays = (figures: readonly Figure[]) => figures.map((f) => f.display);

function targetsSection(
  flow: Flow,
  report: Report,
  section: Extract<Section, { kind: 'targets' }>,
  other: Report | undefined,
): void {
  const ownName = `${report.region}${section.year}年目标`;
  const cell = (t: Target | undefined): TableCellText =>
    t ? { text: t.statement, emphasis: [t.figure.display] } : { text: MISSING, muted: true };
  const marked = (t: Target) => t.indicator + (t.note ? '＊' : '');
  if (!other) {
    flow.table(
      [
        { header: '指标', share: 3 },
        { header: ownName, share: 7 },
      ],
      section.targets.map((t) => [{ text: marked(t) }, cell(t)]),
      { sizePt: BODY_PT, lineHeight: 1.5, padPt: 5, emphasisColor: COLORS.figure },
    );
  } else {
    const otherTargets = other.sections.flatMap((s) => (s.kind === 'targets' ? s.targets : []));
    const otherYear = other.sections.find((s) => s.kind === 'targets')?.year ?? other.year;
    const byKey = new Map<string, Target>();
    for (const t of otherTargets) if (!byKey.has(t.key)) byKey.set(t.key, t);
    const own = new Set(section.targets.map((t) => t.key));
    const rows: TableCellText[][] = [
      ...section.targets.map((t) => [{ text: marked(t) }, cell(t), cell(byKey.get(t.key))]),
      ...otherTargets.filter((t) => !own.has(t.key)).map((t) => [{ text: t.indicator }, cell(undefined), cell(t)]),
    ];
    flow.table(
      [
        { header: '指标', share: 3 },
        { header: ownName, share: 4.5 },
        { header: `${other.region}${otherYear}年目标`, share: 4.5 },
      ],
      rows,
      { sizePt: BODY_PT, lineHeight: 1.5, padPt: 5, emphasisColor: COLORS.figure },
    );
  }
  const notes = section.targets.filter((t) => t.note);
  if (notes.length > 0) flow.space(4);
  for (const t of notes) {
    flow.paragraph(`＊${t.indicator}：${t.note!.text}`, {
      ...BODY,
      sizePt: 9.5,
      color: PAPER.muted,
      emphasisColor: PAPER.muted,
    });
  }
}

function reviewSection(
  flow: Flow,
  section: Extract<Section, { kind: 'review' }>,
  parent: ReturnType<Flow['bookmark']>,
): void {
  if (section.intro) flow.paragraph(section.intro.text, BODY);
  section.themes.forEach((theme, i) => {
    const title = `${chineseNumeral(i + 1)}、${theme.title}${theme.subtitle ? `：${theme.subtitle}` : ''}`;
    flow.paragraph(title, H2);
    flow.bookmark(title, parent);
    for (const h of theme.highlights) {
      flow.paragraph(withMissingFigures(h.text, h.figures), {
        ...BODY,
        indent: BULLET_INDENT,
        marker: '•',
        emphasis: displays(h.figures),
      });
    }
  });
}

function projectsSection(flow: Flow, section: Extract<Section, { kind: 'projects' }>): void {
  for (const p of section.projects) {
    flow.paragraph(`${p.number}. ${p.title}`, { ...H2, sizePt: 11, spaceBefore: 5 });
    flow.paragraph(withMissingFigures(p.text, p.figures), { ...BODY, emphasis: displays(p.figures) });
  }
}

function tasksSection(
  flow: Flow,
  section: Extract<Section, { kind: 'tasks' }>,
  parent: ReturnType<Flow['bookmark']>,
): void {
  for (const task of section.tasks) {
    const title = `${chineseNumeral(task.number)}、${task.title}`;
    flow.paragraph(title, H2);
    flow.bookmark(title, parent);
    for (const group of task.groups) {
      if (group.heading) flow.paragraph(group.heading.text, { ...BODY, weight: 'bold', keepWithNext: 1 });
      for (const point of group.points) flow.paragraph(point.text, { ...BODY, indent: BULLET_INDENT, marker: '•' });
    }
  }
}

export function layoutMemo(list: DisplayList, o: MemoOptions): void {
  const { report } = o;
  const cover = o.cover ?? reportCover(report);
  const flow = new Flow(list, A4, o.metrics, (page, index) => {
    // Running header from the second page on (the first has the title block).
    if (index > 0) drawHeader(page, o.metrics, `${cover.title} · 简报`, o.dateLine);
  });
  flow.newPage();

  // Title block.
  flow.y = flow.frame.top - 14;
  flow.bookmark(cover.title);
  flow.paragraph(cover.title, {
    sizePt: 20,
    weight: 'bold',
    color: COLORS.primary,
    lineHeight: 1.4,
    align: 'center',
    spaceAfter: 6,
  });
  const when = [cover.meeting, cover.date].filter((t) => t.trim() !== '').join(' · ');
  if (when)
    flow.paragraph(when, { sizePt: 11, weight: 'regular', color: PAPER.text, lineHeight: 1.6, align: 'center' });
  if (cover.presenter.trim() !== '')
    flow.paragraph(`报告人：${cover.presenter}`, {
      sizePt: 11,
      weight: 'regular',
      color: PAPER.text,
      lineHeight: 1.6,
      align: 'center',
    });
  if (o.dateLine)
    flow.paragraph(o.dateLine, { sizePt: 10, weight: 'regular', color: PAPER.muted, lineHeight: 1.6, align: 'center' });
  if (o.compareWith)
    flow.paragraph(`对照：${o.compareWith.title}`, {
      sizePt: 10,
      weight: 'regular',
      color: PAPER.muted,
      lineHeight: 1.6,
      align: 'center',
    });
  flow.space(6);
  flow.rule(COLORS.primary, 1.5, 10);

  // Summary.
  flow.bookmark('摘要');
  flow.paragraph('摘要', { ...H1, spaceBefore: 0 });
  flow.paragraph(report.summary.text, BODY);

  for (const section of report.sections) {
    flow.paragraph(section.title, H1);
    const mark = flow.bookmark(section.title);
    switch (section.kind) {
      case 'targets':
        targetsSection(flow, report, section, o.compareWith);
        break;
      case 'review':
        reviewSection(flow, section, mark);
        break;
      case 'projects':
        projectsSection(flow, section);
        break;
      case 'tasks':
        tasksSection(flow, section, mark);
        break;
    }
  }

  if (report.notes && report.notes.length > 0) {
    flow.paragraph('数据说明', H1);
    flow.bookmark('数据说明');
    for (const n of report.notes) flow.paragraph(n.text, { ...BODY, indent: BULLET_INDENT, marker: '＊' });
  }

  const by = report.source.compiledBy.length > 0 ? `（${report.source.compiledBy.join(' ')}整理）` : '';
  flow.space(10);
  flow.paragraph(`资料来源：${report.source.title}${by}`, {
    sizePt: 9,
    weight: 'regular',
    color: PAPER.muted,
    lineHeight: 1.6,
  });
}
