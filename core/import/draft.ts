/**
 * Text of a government work report → a draft report file plus the review items. Pure: no I/O.
 * Every quote in the draft is a slice of the text (whitespace removed), so the draft passes the
 * provenance check by construction; what the importer is unsure of is listed, not guessed.
 */
import { SCHEMA_VERSION, type Report, type Section } from '../report/schema';
import { readHeader } from './header';
import { IdMaker } from './ids';
import { layoutOf, regionEnd, regionOf, type Layout, type SectionKind } from './layout';
import type { RunItem } from './markers';
import { buildProjects } from './projects';
import { buildReview } from './review-section';
import { reviewItem, type ReviewItem } from './review-items';
import { buildTargets } from './targets';
import { buildTasks } from './tasks';

export interface ImportOptions {
  /** Id of the report (lower-case ASCII); default "imported-report". */
  id?: string;
  /** Where the draft will find its source: a path relative to the report file; default inline. */
  textFile?: string;
}

export type ImportResult =
  { ok: true; report: Report; items: ReviewItem[] } | { ok: false; message: { zh: string; en: string } };

const CN_COUNT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The year the report plans for: the year after the one it reviews, else the latest year named. */
function reportYear(source: string, layout: Layout): number {
  const years = [...source.matchAll(/(?<![0-9])(19[5-9]\d|20\d\d)年/gu)].map((m) => Number(m[1]));
  const review = layout.headings.find((h) => h.kind === 'review');
  const reviewYear = review ? /(?<![0-9])(20\d\d)年/u.exec(layout.lines[review.line]!.text)?.[1] : undefined;
  if (reviewYear) return Number(reviewYear) + 1;
  return years.length > 0 ? Math.max(...years) : new Date().getUTCFullYear();
}

function hasBulletsBetween(layout: Layout, run: RunItem[]): boolean {
  const last = run[run.length - 1]!.line;
  for (let i = run[0]!.line; i <= last + 3 && i < layout.lines.length; i++)
    if (layout.bullets[i] !== undefined) return true;
  return false;
}

/** What a numbered run holds: by the heading above it, else by its shape. */
function runKind(layout: Layout, run: RunItem[]): SectionKind | undefined {
  const region = regionOf(layout, run[0]!.line);
  const style = run[0]!.marker.style;
  if (region && !region.implicit && (region.kind === 'projects' || region.kind === 'tasks')) return region.kind;
  if (region?.kind === 'review' && !region.implicit && (style === 'chinese' || style === 'paren-chinese'))
    return 'review';
  if (region?.kind === 'targets' && !region.implicit) return 'targets';
  if (hasBulletsBetween(layout, run)) return 'tasks';
  const sentenceItems = run.filter((r) =>
    /[。；;]/u.test(layout.source.slice(r.marker.contentStart, layout.lines[r.line]!.end + 200).split(/\n\s*\n/u)[0]!),
  );
  return sentenceItems.length * 2 >= run.length ? 'projects' : 'tasks';
}

function stopLineAfter(layout: Layout, run: RunItem[], runs: RunItem[][]): number {
  const startLine = run[0]!.line;
  const lastLine = run[run.length - 1]!.line;
  const region = regionOf(layout, startLine);
  const candidates = [
    ...layout.headings.filter((h) => h.line > startLine).map((h) => h.line),
    // Another list ends this one, unless it is nested in it under the same heading (（一） … 1. …).
    ...runs
      .filter(
        (r) =>
          r !== run && r[0]!.line > lastLine && (!region || region.implicit || regionOf(layout, r[0]!.line) !== region),
      )
      .map((r) => r[0]!.line),
    layout.lines.length,
  ];
  return Math.min(...candidates);
}

export function importReportText(source: string, options: ImportOptions = {}): ImportResult {
  if (source.trim() === '') return { ok: false, message: { zh: '文件中没有文字。', en: 'The file has no text.' } };
  const layout = layoutOf(source);
  const year = reportYear(source, layout);
  const header = readHeader(source, year);
  const items: ReviewItem[] = [...header.items];
  const ids = new IdMaker();
  const sections: Section[] = [];
  const pointer = () => `/sections/${sections.length}`;

  // Targets: an inline list after "主要预期目标是：", else the lines under a 主要预期目标 heading.
  const inline = /主要预期目标(?:是|为)?[：:]/u.exec(source);
  const targetsHeading = layout.headings.find((h) => h.kind === 'targets');
  let targets: ReturnType<typeof buildTargets> | undefined;
  if (inline) {
    const from = inline.index + inline[0].length;
    const stop = source.indexOf('。', from);
    const para = source.indexOf('\n\n', from);
    const end = [stop >= 0 ? stop + 1 : source.length, para >= 0 ? para : source.length].reduce((a, b) =>
      Math.min(a, b),
    );
    targets = buildTargets(layout, { kind: 'inline', span: { start: from, end } }, pointer());
  } else if (targetsHeading) {
    targets = buildTargets(
      layout,
      { kind: 'lines', from: targetsHeading.line + 1, to: regionEnd(layout, targetsHeading) },
      pointer(),
    );
  }
  if (targets && targets.targets.length > 0) {
    sections.push({ kind: 'targets', id: 'targets', title: `${year}年主要预期目标`, year, targets: targets.targets });
    items.push(...targets.items);
  } else
    items.push(
      reviewItem(
        'section-not-found',
        undefined,
        undefined,
        '未找到主要预期目标。',
        'The main expected targets were not found.',
      ),
    );

  const kinds = new Map<RunItem[], SectionKind | undefined>(layout.runs.map((r) => [r, runKind(layout, r)]));
  const firstRun = (kind: SectionKind) => layout.runs.find((r) => kinds.get(r) === kind);

  // Review: from its heading (or opening paragraph) to the next heading or work/project list.
  const reviewHeading = layout.headings.find((h) => h.kind === 'review');
  let summary: Report['summary'] | undefined;
  if (reviewHeading) {
    const from = reviewHeading.implicit ? reviewHeading.line : reviewHeading.line + 1;
    const listStarts = layout.runs.filter((r) => kinds.get(r) !== 'review' && r[0]!.line > from).map((r) => r[0]!.line);
    const to = Math.min(regionEnd(layout, reviewHeading), ...listStarts);
    const review = buildReview(layout, from, to, pointer(), ids);
    summary = review.summary;
    items.push(...review.items);
    if (review.themes.length > 0)
      sections.push({
        kind: 'review',
        id: 'review',
        title: `${year - 1}年成绩单`,
        year: year - 1,
        ...(review.intro ? { intro: review.intro } : {}),
        themes: review.themes,
      });
  } else
    items.push(
      reviewItem(
        'section-not-found',
        undefined,
        undefined,
        '未找到过去一年的工作回顾。',
        "Last year's review was not found.",
      ),
    );

  const projectsRun = firstRun('projects');
  if (projectsRun) {
    const built = buildProjects(layout, projectsRun, stopLineAfter(layout, projectsRun, layout.runs), pointer(), ids);
    sections.push({
      kind: 'projects',
      id: 'projects',
      title: `${year}年${built.projects.length}件民生实事`,
      year,
      projects: built.projects,
    });
    items.push(...built.items);
  } else
    items.push(
      reviewItem('section-not-found', undefined, undefined, '未找到民生实事。', 'No livelihood projects were found.'),
    );

  const tasksRun = firstRun('tasks');
  if (tasksRun) {
    const built = buildTasks(layout, tasksRun, stopLineAfter(layout, tasksRun, layout.runs), pointer(), ids);
    const n = built.tasks.length;
    sections.push({
      kind: 'tasks',
      id: 'tasks',
      title: `${year}年${CN_COUNT[n] ?? n}方面重点工作`,
      tasks: built.tasks,
    });
    items.push(...built.items);
  } else
    items.push(
      reviewItem('section-not-found', undefined, undefined, '未找到重点工作。', 'No key work areas were found.'),
    );

  if (sections.length === 0)
    return {
      ok: false,
      message: {
        zh: '未在文字中找到政府工作报告的任何部分（主要预期目标、工作回顾、民生实事、重点工作）。',
        en: 'None of the parts of a work report (targets, review, projects, key work) was found in the text.',
      },
    };
  for (const f of layout.doubled.flatMap((d, i) => (d ? [layout.lines[i]!] : [])))
    items.push(
      reviewItem(
        'skipped-line',
        undefined,
        f,
        `第${f.number}行像是排版重复的标题，已略去：“${f.text.slice(0, 30)}”`,
        `Line ${f.number} looks like a heading doubled by a PDF layout and was left out.`,
      ),
    );

  const regionName = header.region;
  const title = `${year}年${regionName === '待填写' ? '' : regionName}政府工作报告解读`;
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'imported-report',
    title,
    region: regionName,
    year,
    level: header.level,
    delivered: header.delivered,
    source: {
      title: header.sourceTitle ?? `${year}年政府工作报告`,
      compiledBy: header.compiledBy,
      ...(options.textFile !== undefined ? { textFile: options.textFile } : { text: source }),
    },
    summary: summary ?? { text: header.delivered.source, source: header.delivered.source },
    sections,
  };
  return { ok: true, report, items };
}
