/**
 * Item numbering at the start of a line, the way reports number things: "1 " "1." "1、" "（1）"
 * "一、" "（一）", full-width digits too; and bullets (● • ▪ ■ ◆).
 */
import { halfWidthDigits, type Line } from './text';

export type MarkerStyle = 'arabic' | 'paren-arabic' | 'chinese' | 'paren-chinese';

export interface Marker {
  style: MarkerStyle;
  number: number;
  /** Offset in the source where the item's own text starts (after the number). */
  contentStart: number;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99; undefined for anything else. */
export function chineseNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? CN_DIGIT[a] : undefined;
  return (a ? CN_DIGIT[a]! : 1) * 10 + (b ? CN_DIGIT[b]! : 0);
}

const PATTERNS: { style: MarkerStyle; re: RegExp; chinese: boolean }[] = [
  { style: 'paren-arabic', re: /^[ \t\u3000]*[（(]([0-9０-９]{1,2})[）)][ \t\u3000]*/u, chinese: false },
  { style: 'paren-chinese', re: /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)][ \t\u3000]*/u, chinese: true },
  { style: 'chinese', re: /^[ \t\u3000]*([一二三四五六七八九十]{1,3})[、，,][ \t\u3000]*/u, chinese: true },
  {
    style: 'arabic',
    re: /^[ \t\u3000]*([0-9０-９]{1,2})(?:[、.．](?![0-9０-９])|[ \t\u3000]+(?=[\u4e00-\u9fff“]))[ \t\u3000]*/u,
    chinese: false,
  },
];

export function markerOf(line: Line): Marker | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(line.raw);
    if (!m) continue;
    const number = p.chinese ? chineseNumber(m[1]!) : Number(halfWidthDigits(m[1]!));
    if (number === undefined || number < 1) continue;
    return { style: p.style, number, contentStart: line.start + m[0].length };
  }
  return undefined;
}

const BULLET = /^[ \t\u3000]*[●•▪■◆·◇○][ \t\u3000]*/u;

/** Offset where a bulleted line's text starts, or undefined if the line has no bullet. */
export function bulletOf(line: Line): number | undefined {
  const m = BULLET.exec(line.raw);
  return m ? line.start + m[0].length : undefined;
}

export interface RunItem {
  line: number;
  marker: Marker;
}

/**
 * Runs of numbered lines of one style counting 1, 2, 3 … (other lines may come between: an
 * item's text goes on over lines). A run ends where the numbering restarts or jumps back.
 */
export function numberedRuns(lines: readonly Line[], markers: readonly (Marker | undefined)[]): RunItem[][] {
  const runs: RunItem[][] = [];
  const open = new Map<MarkerStyle, RunItem[]>();
  lines.forEach((_, i) => {
    const m = markers[i];
    if (!m) return;
    const run = open.get(m.style);
    const last = run?.[run.length - 1];
    if (run && last && m.number === last.marker.number + 1) {
      run.push({ line: i, marker: m });
      return;
    }
    if (m.number === 1) {
      const fresh = [{ line: i, marker: m }];
      runs.push(fresh);
      open.set(m.style, fresh);
    }
  });
  return runs.filter((r) => r.length >= 2);
}
