/**
 * One slide onto a surface, element by element, as renderer/src/slide draws it on screen:
 * the same boxes, fitted sizes, colours and stacking order. Nothing here decides a position:
 * every box, line and angle comes from the deck.
 */
import { tableCellBoxes } from '../../deck/geometry';
import type { ThemeSpec } from '../../deck/themes';
import { drawnElements } from '../../deck/backup-tag';
import type { ChartElement, Element, KpiElement, ShapeElement, Slide, TableElement } from '../../deck/types';
import { annularSector, type Surface } from './surface';
import { assertNever } from '../../assert-never';

function drawShape(s: Surface, el: ShapeElement): void {
  const stroke = el.stroke;
  const bw = stroke ? el.strokeWidthPx : 0;
  if (el.shape === 'ellipse') {
    if (el.fill) s.ellipse(el.box, { fill: el.fill });
    if (stroke && bw > 0) {
      const h = bw / 2;
      s.ellipse({ x: el.box.x + h, y: el.box.y + h, w: el.box.w - bw, h: el.box.h - bw }, { stroke, lineWidth: bw });
    }
    return;
  }
  // 'rect' and 'line' are both a box (a line is a thin filled box), as on screen.
  s.borderedRect(el.box, el.fill, stroke, bw);
}

function drawKpi(s: Surface, el: KpiElement, figure: string): void {
  s.borderedRect(el.box, el.fill, el.border, el.borderWidthPx);
  s.rect({ x: el.box.x, y: el.box.y, w: el.accentWidthPx, h: el.box.h }, { fill: el.accent });
  s.textBlock(el.value, figure);
  s.textBlock(el.label, figure);
}

function drawTable(s: Surface, el: TableElement, figure: string): void {
  const boxes = tableCellBoxes(el);
  el.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const b = boxes[r]?.[c];
      if (!b) return;
      s.borderedRect(b, cell.fill, el.borderColor, el.borderWidthPx);
      s.textBlock(cell.block, r < el.headerRows ? cell.block.color : figure);
    }),
  );
}

function drawChart(s: Surface, el: ChartElement, figure: string, background: string): void {
  s.textBlock(el.title, figure);
  if (el.chartKind === 'bar') {
    const g = el.geometry;
    el.geometry.bars.forEach((bar, i) => {
      const color = el.data[i]?.color;
      if (color && bar.box.h > 0) s.rect(bar.box, { fill: color });
    });
    // The zero line spans the chart's plot area (recharts ReferenceLine at y = 0).
    s.line(g.plot.x, g.zeroY, g.plot.x + g.plot.w, g.zeroY, el.axisColor, g.zeroLineWidthPx);
    for (const bar of g.bars) {
      s.textBlock(bar.value, figure);
      s.textBlock(bar.label, figure);
    }
    return;
  }
  const g = el.geometry;
  for (const seg of g.segments) {
    if (!(seg.endDeg > seg.startDeg)) continue;
    const { from, segments } = annularSector(g.cx, g.cy, g.outerRadiusPx, g.innerRadiusPx, seg.startDeg, seg.endDeg);
    s.path(from, segments, { fill: seg.color, stroke: background, lineWidth: g.sectorGapPx });
  }
  if (g.centre) s.textBlock(g.centre, figure);
  for (const l of g.legend) {
    s.rect(l.swatch, { fill: l.color });
    // The outline lies just outside the swatch, as a CSS outline does.
    const ow = g.swatchOutlineWidthPx;
    s.rect(
      { x: l.swatch.x - ow / 2, y: l.swatch.y - ow / 2, w: l.swatch.w + ow, h: l.swatch.h + ow },
      { stroke: el.axisColor, lineWidth: ow },
    );
    s.textBlock(l.block, figure);
  }
}

export function drawElement(s: Surface, el: Element, theme: ThemeSpec): void {
  const figure = theme.colors.figure;
  switch (el.kind) {
    case 'shape':
      return drawShape(s, el);
    case 'text':
      return s.textBlock(el, figure);
    case 'kpi':
      return drawKpi(s, el, figure);
    case 'list':
      for (const item of el.items) {
        s.textBlock(item.markerBlock, figure);
        s.textBlock(item.block, figure);
      }
      return;
    case 'table':
      return drawTable(s, el, figure);
    case 'chart':
      return drawChart(s, el, figure, theme.colors.background);
    default:
      return assertNever(el, 'element kind');
  }
}

export interface SlideDrawOptions {
  /** Canvas size, px (the deck's). */
  widthPx: number;
  heightPx: number;
  /** Text of the tag drawn on hidden (backup) slides; none when undefined. */
  hiddenTag?: string;
}

export function drawSlide(s: Surface, slide: Slide, theme: ThemeSpec, options: SlideDrawOptions): void {
  // The canvas ground (overflow: hidden on screen: the PDF clips nothing, the deck keeps inside).
  s.rect({ x: 0, y: 0, w: options.widthPx, h: options.heightPx }, { fill: slide.background });
  // Hidden slides carry the backup tag the deck places (core/deck/backup-tag.ts).
  const deck = { size: { widthPx: options.widthPx, heightPx: options.heightPx }, theme };
  for (const el of drawnElements(slide, deck, options.hiddenTag, s.metrics)) drawElement(s, el, theme);
}
