/**
 * 主要预期目标: the targets, one per clause. Either a list after "主要预期目标是：" (clauses
 * separated by ；，), or lines under a 主要预期目标 heading (a PDF digest: no punctuation, a clause
 * may break over lines).
 */
import type { DataNote, Figure, Target } from '../report/schema';
import { findFigures, labelFor, type FoundFigure } from './figures';
import { findIndicator, provisionalKey } from './indicators';
import type { Layout } from './layout';
import { reviewItem, type ReviewItem } from './review-items';
import { clampSpan, cjkCount, MAX_PIECE_CHARS, squash, trimSpan, type Span } from './text';

export interface TargetsDraft {
  targets: Target[];
  items: ReviewItem[];
  span: Span;
}

const POSITIVE = /(力争)?(保持|实现)?正增长/u;
const IN_STEP = /[与和同][\u4e00-\u9fff]{0,6}?同步|同步/u;
const DONE = /(不折不扣|全面|确保|圆满|坚决)?完成/u;
/** Longest indicator name or label kept (the data format allows 200). */
const LABEL_MAX_CHARS = 40;
/** A line longer than this with a 。 is prose, not a target line. */
const PROSE_MIN_CHARS = 40;
/** Words that open a target of their own even without a known indicator name. */
const OPENING = /^(不折不扣|确保|坚决)/u;

/** A clause is about a target when it has a figure, a target wording or a known indicator. */
function isTargetLike(text: string): boolean {
  return (
    findFigures(text).length > 0 ||
    POSITIVE.test(text) ||
    IN_STEP.test(text) ||
    DONE.test(text) ||
    findIndicator(text) !== undefined
  );
}

/** Clauses of an inline list: split at ；，。 */
function inlineClauses(source: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && !/[；;，,。]/u.test(source[i]!)) continue;
    const s = trimSpan(source, { start, end: i });
    if (s.end > s.start) out.push(s);
    start = i + 1;
  }
  return out;
}

/** Clauses of a heading-led list: one a line, a line continued when it cannot stand alone. */
function lineClauses(layout: Layout, fromLine: number, toLine: number): Span[] {
  const out: Span[] = [];
  for (let i = fromLine; i < toLine; i++) {
    const line = layout.lines[i]!;
    if (line.text === '' || layout.doubled[i]) continue;
    // Prose (a sentence of the digest's next part) is not a target line.
    if (/。/u.test(line.text) && line.text.length > PROSE_MIN_CHARS) break;
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = squash(layout.source.slice(prev.start, prev.end));
      const continues =
        !/[。；;，,]$/u.test(prevText) &&
        findIndicator(line.text)?.at !== 0 &&
        !OPENING.test(line.text) &&
        (findFigures(prevText).length === 0 || findFigures(line.text).length === 0);
      if (continues && prev.end - prev.start < MAX_PIECE_CHARS) {
        prev.end = line.end;
        continue;
      }
    }
    // A line that is not about a target ends the list (the digest goes on with other text).
    if (!isTargetLike(line.text) && !(i + 1 < toLine && isTargetLike(line.text + layout.lines[i + 1]!.text))) break;
    out.push({ start: layout.markers[i]?.contentStart ?? line.start, end: line.end });
  }
  return out;
}

function qualitativeFigure(text: string): { figure: Figure; kind: 'positive' | 'qualitative' } {
  const pos = POSITIVE.exec(text);
  if (pos) return { kind: 'positive', figure: { label: '', display: pos[0], unit: '', bound: 'positive' } };
  const step = IN_STEP.exec(text) ?? DONE.exec(text);
  // Without a wording to point at, the clause's opening words are the display.
  const display = step ? step[0] : text.slice(0, LABEL_MAX_CHARS);
  return { kind: 'qualitative', figure: { label: '', display, unit: '', bound: 'qualitative' } };
}

function figureOf(f: FoundFigure, label: string): Figure {
  return {
    label,
    display: f.display,
    ...(f.value !== undefined ? { value: f.value } : {}),
    unit: f.unit,
    bound: f.bound,
  };
}

export function buildTargets(
  layout: Layout,
  where: { kind: 'inline'; span: Span } | { kind: 'lines'; from: number; to: number },
  pointer: string,
): TargetsDraft {
  const { source } = layout;
  const clauses =
    where.kind === 'inline' ? inlineClauses(source, where.span) : lineClauses(layout, where.from, where.to);
  const targets: Target[] = [];
  const items: ReviewItem[] = [];
  const byKey = new Map<string, Target>();
  let unknown = 0;
  for (const clause of clauses) {
    const span = clampSpan(clause);
    const statement = squash(source.slice(span.start, span.end)).replace(/[；;，,。]$/u, '');
    if (cjkCount(statement) < 2 || !isTargetLike(statement)) continue;
    const p = `${pointer}/targets/${targets.length}`;
    const indicator = findIndicator(statement);
    const found = findFigures(source, span)[0];
    let figure: Figure;
    if (found) {
      figure = figureOf(found, labelFor(source, found, span.start, span.end));
      if (found.chineseNumeral)
        items.push(
          reviewItem(
            'no-value',
            `${p}/figure`,
            found,
            `“${found.display}”用中文数字书写，未设数值。`,
            `"${found.display}" is written in Chinese numerals; no value was set.`,
          ),
        );
    } else {
      const q = qualitativeFigure(statement);
      figure = { ...q.figure, label: (statement.replace(q.figure.display, '') || statement).slice(0, LABEL_MAX_CHARS) };
      items.push(
        reviewItem(
          'qualitative-target',
          `${p}/figure`,
          span,
          `目标“${statement}”没有数字，记为“${q.figure.display}”（${q.kind === 'positive' ? '正增长' : '定性'}），请核对。`,
          `Target "${statement}" has no number; recorded as "${q.figure.display}" (${q.kind}). Please check.`,
        ),
      );
    }
    const key = indicator?.key ?? provisionalKey(++unknown);
    const first = byKey.get(key);
    if (first) {
      // The same indicator twice ("增长5%以上" and "增长5%"): keep the first, note the second.
      const note: DataNote = {
        text: `另有一处写作“${statement}”，与“${first.statement}”表述不同，两处均保留备查。`,
        source: statement,
      };
      if (!first.note) first.note = note;
      items.push(
        reviewItem(
          'target-stated-twice',
          `${pointer}/targets/${targets.indexOf(first)}/note`,
          span,
          `“${first.indicator}”的目标出现两次：“${first.statement}”与“${statement}”。已按第一处记录，第二处记为数据说明。`,
          `The target for "${first.indicator}" is stated twice: "${first.statement}" and "${statement}". The first is used; the second is kept as a data note.`,
        ),
      );
      continue;
    }
    const name = indicator?.name ?? (figure.label || statement).replace(/(增长|涨幅|下降|达到)$/u, '');
    if (!indicator)
      items.push(
        reviewItem(
          'unknown-indicator',
          `${p}/key`,
          span,
          `“${name}”不是已知指标，指标键暂定为“${key}”。`,
          `"${name}" is not a known indicator; its key is provisionally "${key}".`,
        ),
      );
    const target: Target = { key, indicator: name.slice(0, LABEL_MAX_CHARS), statement, figure, source: statement };
    byKey.set(key, target);
    targets.push(target);
  }
  const first = clauses[0];
  const last = clauses[clauses.length - 1];
  return { targets, items, span: { start: first?.start ?? 0, end: last?.end ?? 0 } };
}
