/**
 * Where the parts of a report are: headings (一、2024年工作回顾, 主要预期目标, 民生实事, 重点工作),
 * numbered runs of items, and lines that are page furniture. Works on lines, so it reads the
 * full text of a report and a PDF digest's text layer alike.
 */
import { bulletOf, markerOf, numberedRuns, type Marker, type RunItem } from './markers';
import { looksDoubled, splitLines, type Line } from './text';

export type SectionKind = 'targets' | 'review' | 'projects' | 'tasks';

export interface Heading {
  line: number;
  kind: SectionKind;
  /** Opened by the first words of a paragraph ("过去一年，…"), not by a heading line. */
  implicit: boolean;
}

export interface Layout {
  source: string;
  lines: Line[];
  markers: (Marker | undefined)[];
  /** Offset where a bulleted line's text starts. */
  bullets: (number | undefined)[];
  /** Page furniture: doubled text from a PDF layout. */
  doubled: boolean[];
  headings: Heading[];
  runs: RunItem[][];
}

const KEYWORDS: { kind: SectionKind; re: RegExp }[] = [
  { kind: 'targets', re: /主要预期目标|主要目标/u },
  { kind: 'projects', re: /民生实事|为民办实事|惠民实事/u },
  { kind: 'tasks', re: /重点工作|重点任务|主要任务|工作安排|工作任务/u },
  { kind: 'review', re: /工作回顾|过去一年|过去的一年|成绩单|年工作总结/u },
];

/** The first paragraph of a review that has no heading: "刚刚过去的2024年，…", "过去一年，…". */
const REVIEW_OPENING = /^(刚刚过去的|过去一年|过去的一年|回顾过去)/u;

const HEADING_MAX_CHARS = 30;

function headingKind(text: string): SectionKind | undefined {
  return KEYWORDS.find((k) => k.re.test(text))?.kind;
}

export function layoutOf(source: string): Layout {
  const lines = splitLines(source);
  const markers = lines.map(markerOf);
  const bullets = lines.map(bulletOf);
  const doubled = lines.map((l) => l.text.length > 0 && looksDoubled(l.text));
  const headings: Heading[] = [];
  lines.forEach((line, i) => {
    if (doubled[i] || line.text === '') return;
    const m = markers[i];
    const short = line.text.length <= HEADING_MAX_CHARS && !/[。；;！!？?]$/u.test(line.text);
    const kind = headingKind(line.text);
    if (kind && short && (!m || m.style === 'chinese')) headings.push({ line: i, kind, implicit: false });
    else if (REVIEW_OPENING.test(line.text) && !headings.some((h) => h.kind === 'review'))
      headings.push({ line: i, kind: 'review', implicit: true });
  });
  // A numbered heading line (一、…) that is a section heading is not an item of a run.
  const itemMarkers = markers.map((m, i) => (headings.some((h) => h.line === i && !h.implicit) ? undefined : m));
  return { source, lines, markers: itemMarkers, bullets, doubled, headings, runs: numberedRuns(lines, itemMarkers) };
}

/** Line index where the region opened by a heading ends (exclusive): the next heading. */
export function regionEnd(layout: Layout, heading: Heading): number {
  const next = layout.headings.find((h) => h.line > heading.line);
  return next ? next.line : layout.lines.length;
}

/** The heading whose region holds a line, if any. */
export function regionOf(layout: Layout, line: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of layout.headings) if (h.line <= line) found = h;
  return found;
}
