/**
 * A slide page draws the deck's elements at their boxes, as the screen does: the ground, KPI
 * cards (fill, border, accent bar), bars from the bar geometry, donut segments as filled paths
 * with the ground-coloured separators, legend swatches, table cells, and every run of every
 * text block; hidden slides get the "备用" tag. All at 0.75 pt per px.
 */
import { describe, expect, it } from 'vitest';
import { tableCellBoxes } from '../../deck/geometry';
import type { Box, Element, TextBlock } from '../../deck/types';
import { notoSansScMetrics } from '../../fonts/metrics';
import type { DrawOp, RecordedPage } from './display-list';
import { BUNDLED, bundledDeck } from '../../../tests/support/pdf-fixtures';
import { drawSlide } from './slide';
import { Surface } from './surface';

const K = 0.75;
type RectOp = Extract<DrawOp, { op: 'rect' }>;

function blocksOf(el: Element): TextBlock[] {
  switch (el.kind) {
    case 'text':
      return [el];
    case 'kpi':
      return [el.value, el.label];
    case 'list':
      return el.items.flatMap((i) => [i.markerBlock, i.block]);
    case 'table':
      return el.rows.flatMap((r) => r.map((c) => c.block));
    case 'chart':
      return el.chartKind === 'bar'
        ? [el.title, ...el.geometry.bars.flatMap((b) => [b.value, b.label])]
        : [el.title, ...(el.geometry.centre ? [el.geometry.centre] : []), ...el.geometry.legend.map((l) => l.block)];
    case 'shape':
      return [];
  }
}

const hasRect = (ops: DrawOp[], box: Box, fill: string) =>
  ops.some(
    (o) =>
      o.op === 'rect' &&
      o.fill === fill &&
      Math.abs(o.x - box.x * K) < 1e-6 &&
      Math.abs(o.y - box.y * K) < 1e-6 &&
      Math.abs(o.w - box.w * K) < 1e-6 &&
      Math.abs(o.h - box.h * K) < 1e-6,
  );

describe.each(BUNDLED)('slide drawing: %s', (name) => {
  const deck = bundledDeck(name);

  it('every element at its box, every text run drawn', () => {
    deck.slides.forEach((slide, i) => {
      const page: RecordedPage = { widthPt: 960, heightPt: 540, ops: [] };
      drawSlide(new Surface(page, { originXPt: 0, originYPt: 0, scale: K }, notoSansScMetrics), slide, deck.theme, {
        widthPx: 1280,
        heightPx: 720,
        hiddenTag: '备用',
      });
      const ops = page.ops;
      const where = `slide ${i + 1} (${slide.kind})`;
      expect(ops[0], where).toMatchObject({ op: 'rect', x: 0, y: 0, w: 960, h: 540, fill: slide.background });
      let runs = 0;
      for (const el of slide.elements) {
        runs += blocksOf(el).reduce(
          (n, b) => n + b.lines.reduce((m, l) => m + l.runs.filter((r) => r.text.length > 0).length, 0),
          0,
        );
        if (el.kind === 'kpi') {
          expect(hasRect(ops, el.box, el.fill), `${where} kpi fill`).toBe(true);
          expect(hasRect(ops, { ...el.box, w: el.accentWidthPx }, el.accent), `${where} kpi accent`).toBe(true);
          expect(ops.some((o) => o.op === 'rect' && o.stroke === el.border)).toBe(true);
        }
        if (el.kind === 'shape' && el.fill && el.box.w > 0 && el.box.h > 0 && el.shape !== 'ellipse')
          expect(hasRect(ops, el.box, el.fill), `${where} shape`).toBe(true);
        if (el.kind === 'table') {
          const boxes = tableCellBoxes(el);
          el.rows.forEach((row, r) =>
            row.forEach((cell, c) => expect(hasRect(ops, boxes[r]![c]!, cell.fill), `${where} cell`).toBe(true)),
          );
        }
        if (el.kind === 'chart' && el.chartKind === 'bar') {
          el.geometry.bars.forEach((b, k) =>
            expect(hasRect(ops, b.box, el.data[k]!.color), `${where} bar ${k}`).toBe(true),
          );
          expect(ops.some((o) => o.op === 'line' && Math.abs(o.y1 - el.geometry.zeroY * K) < 1e-6)).toBe(true);
        }
        if (el.kind === 'chart' && el.chartKind === 'donut') {
          const paths = ops.filter((o) => o.op === 'path');
          expect(paths.map((p) => (p.op === 'path' ? p.fill : ''))).toEqual(
            el.geometry.segments.filter((s) => s.endDeg > s.startDeg).map((s) => s.color),
          );
          for (const p of paths) expect(p).toMatchObject({ stroke: deck.theme.colors.background });
          for (const l of el.geometry.legend) expect(hasRect(ops, l.swatch, l.color), `${where} swatch`).toBe(true);
        }
      }
      const textOps = ops.filter((o) => o.op === 'text');
      expect(textOps.length, where).toBe(runs + (slide.hidden ? 1 : 0));
      expect(
        textOps.some((o) => o.op === 'text' && o.text === '备用'),
        where,
      ).toBe(slide.hidden);
      // The tag sits in the top-right margin, clear of the title box.
      if (slide.hidden) {
        const tag = ops.filter((o): o is RectOp => o.op === 'rect').at(-1)!;
        expect(tag.x).toBeGreaterThan((1280 - 64) * K);
      }
    });
  });
});
