/**
 * Titles that wrap are balanced: their lines come out about as long as each other, so no title
 * ends on an orphan ("2025年国务院政府工作报告主要目" / "标" on the national report's cover).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notoSansScMetrics } from '../fonts/metrics';
import { loadReportFile } from '../node/report-file';
import { fitBlock } from './blocks';
import { compileDeck } from './compile';
import { measureText } from './text/measure';
import type { TextBlock, TextElement } from './types';

const load = (name: string) => {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
};

const lineWidths = (b: TextBlock) =>
  b.lines.map((l) => measureText(l.runs.map((r) => r.text).join(''), b.fontSizePx, b.weight, notoSansScMetrics));

describe('balanced titles', () => {
  for (const name of ['shanxi-2025', 'china-2025']) {
    it(`every wrapped title of ${name} has its last line at least half as long as its longest`, () => {
      let wrapped = 0;
      for (const slide of compileDeck(load(name)).slides) {
        for (const el of slide.elements) {
          if (el.kind !== 'text' || (el as TextElement).role !== 'title' || el.lines.length < 2) continue;
          wrapped++;
          const w = lineWidths(el);
          expect(
            w.at(-1)!,
            `${slide.id}: ${el.lines.map((l) => l.runs.map((r) => r.text).join('')).join(' / ')}`,
          ).toBeGreaterThanOrEqual(0.5 * Math.max(...w));
        }
      }
      expect(wrapped).toBeGreaterThan(0);
    });
  }

  it('keeps the size and the line count, and the lines fit the box', () => {
    const text = '2025年国务院政府工作报告主要目标';
    const box = { x: 0, y: 0, w: 1152, h: 200 };
    const style = {
      maxPx: 72,
      minPx: 48,
      weight: 'bold' as const,
      color: '#fff',
      align: 'center' as const,
      valign: 'middle' as const,
      lineHeight: 1.2,
      maxLines: 2,
    };
    const plain = fitBlock(text, box, style, notoSansScMetrics);
    const balanced = fitBlock(text, box, { ...style, balance: true }, notoSansScMetrics);
    if (!plain.ok || !balanced.ok) throw new Error('does not fit');
    expect(balanced.block.fontSizePx).toBe(plain.block.fontSizePx);
    expect(balanced.block.lines).toHaveLength(plain.block.lines.length);
    expect(lineWidths(plain.block).at(-1)!).toBeLessThan(0.2 * lineWidths(plain.block)[0]!);
    const w = lineWidths(balanced.block);
    expect(Math.max(...w)).toBeLessThanOrEqual(box.w);
    // As balanced as the set phrase 政府工作报告 allows ("2025年国务院" / "政府工作报告主要目标").
    expect(Math.min(...w)).toBeGreaterThanOrEqual(0.5 * Math.max(...w));
    expect(balanced.block.lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual([
      '2025年国务院',
      '政府工作报告主要目标',
    ]);
  });
});
