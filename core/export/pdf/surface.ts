/**
 * A drawing surface: canvas coordinates (the deck's px, or any unit the caller lays out in)
 * mapped onto a recorded PDF page by an offset and a scale. A slide is drawn by the same code
 * at full page size (0.75 pt per px), on a handout (smaller scale) or a notes page: only the
 * transform differs.
 *
 * Text is placed with the deck's own geometry: lineBaselines (CSS half-leading model) and
 * lineLeft (alignment) from core/deck/geometry, widths from measureText with the same metrics
 * the deck was laid out with. Emphasis runs are drawn bold in the emphasis colour, and the
 * runs of a line follow each other by their measured widths, as the browser places spans.
 */
import { lineBaselines, lineLeft } from '../../deck/geometry';
import { measureText } from '../../deck/text/measure';
import type { Box, TextBlock, Weight } from '../../deck/types';
import type { FontMetrics } from '../../fonts/metrics';
import type { Paint, PathSegment, RecordedPage } from './display-list';

export interface SurfaceTransform {
  /** Where canvas (0, 0) lands on the page, pt. */
  originXPt: number;
  originYPt: number;
  /** pt per canvas unit. */
  scale: number;
}

export class Surface {
  constructor(
    readonly page: RecordedPage,
    readonly transform: SurfaceTransform,
    readonly metrics: FontMetrics,
  ) {}

  x(u: number): number {
    return this.transform.originXPt + u * this.transform.scale;
  }
  y(u: number): number {
    return this.transform.originYPt + u * this.transform.scale;
  }
  len(u: number): number {
    return u * this.transform.scale;
  }

  rect(box: Box, paint: Paint): void {
    if (!(box.w > 0 && box.h > 0)) return;
    this.page.ops.push({
      op: 'rect',
      x: this.x(box.x),
      y: this.y(box.y),
      w: this.len(box.w),
      h: this.len(box.h),
      ...scaled(paint, this.transform.scale),
    });
  }

  /**
   * A CSS `border: Npx solid` box with box-sizing: border-box: fill the box, and stroke a path
   * inset by half the border width, so the border lies inside the box as on screen.
   */
  borderedRect(box: Box, fill: string | undefined, stroke: string | undefined, borderPx: number): void {
    if (fill) this.rect(box, { fill });
    if (stroke && borderPx > 0) {
      const h = borderPx / 2;
      this.rect(
        { x: box.x + h, y: box.y + h, w: box.w - borderPx, h: box.h - borderPx },
        { stroke, lineWidth: borderPx },
      );
    }
  }

  ellipse(box: Box, paint: Paint): void {
    if (!(box.w > 0 && box.h > 0)) return;
    this.page.ops.push({
      op: 'ellipse',
      cx: this.x(box.x + box.w / 2),
      cy: this.y(box.y + box.h / 2),
      rx: this.len(box.w / 2),
      ry: this.len(box.h / 2),
      ...scaled(paint, this.transform.scale),
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, widthPx: number): void {
    this.page.ops.push({
      op: 'line',
      x1: this.x(x1),
      y1: this.y(y1),
      x2: this.x(x2),
      y2: this.y(y2),
      stroke,
      lineWidth: this.len(widthPx),
    });
  }

  /** A closed path given in canvas units. */
  path(from: [number, number], segments: PathSegment[], paint: Paint): void {
    const p = (q: [number, number]): [number, number] => [this.x(q[0]), this.y(q[1])];
    this.page.ops.push({
      op: 'path',
      from: p(from),
      segments: segments.map((s) => ('c1' in s ? { c1: p(s.c1), c2: p(s.c2), to: p(s.to) } : { to: p(s.to) })),
      closed: true,
      ...scaled(paint, this.transform.scale),
    });
  }

  /** One string on a baseline; (x, y) in canvas units, size in canvas units. */
  text(
    text: string,
    x: number,
    baseline: number,
    size: number,
    weight: Weight,
    color: string,
    extra: { angle?: number; opacity?: number } = {},
  ): void {
    if (text.length === 0) return;
    this.page.ops.push({
      op: 'text',
      text,
      x: this.x(x),
      y: this.y(baseline),
      sizePt: this.len(size),
      weight,
      color,
      ...extra,
    });
  }

  /** A laid-out text block, line by line, runs with emphasis bold in `emphasisColor`. */
  textBlock(block: TextBlock, emphasisColor: string): void {
    const baselines = lineBaselines(block, this.metrics);
    block.lines.forEach((line, i) => {
      const runs = line.runs.filter((r) => r.text.length > 0);
      if (runs.length === 0) return;
      const widths = runs.map((r) =>
        measureText(r.text, block.fontSizePx, r.emphasis ? 'bold' : block.weight, this.metrics),
      );
      const total = widths.reduce((a, b) => a + b, 0);
      // CSS: a line wider than its box is start-aligned whatever text-align says.
      let x = total > block.box.w ? block.box.x : lineLeft(block, total);
      runs.forEach((r, k) => {
        this.text(
          r.text,
          x,
          baselines[i]!,
          block.fontSizePx,
          r.emphasis ? 'bold' : block.weight,
          r.emphasis ? emphasisColor : block.color,
        );
        x += widths[k]!;
      });
    });
  }
}

function scaled(paint: Paint, scale: number): Paint {
  return paint.lineWidth === undefined ? paint : { ...paint, lineWidth: paint.lineWidth * scale };
}

/** Point on a circle at an angle in degrees clockwise from 12 o'clock (y down). */
export function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

/**
 * Cubic Bézier segments approximating an arc from `fromDeg` to `toDeg` (either direction), in
 * pieces of at most 90° (control distance 4/3·tan(θ/4)·r; error < 0.03 % of r).
 */
export function arcSegments(cx: number, cy: number, r: number, fromDeg: number, toDeg: number): PathSegment[] {
  const sweep = toDeg - fromDeg;
  const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / 90 - 1e-9));
  const step = sweep / pieces;
  const k = (4 / 3) * Math.tan((step * Math.PI) / 180 / 4) * r;
  const out: PathSegment[] = [];
  for (let i = 0; i < pieces; i++) {
    const a0 = fromDeg + i * step;
    const a1 = a0 + step;
    const [x0, y0] = polar(cx, cy, r, a0);
    const [x1, y1] = polar(cx, cy, r, a1);
    const t0 = (a0 * Math.PI) / 180;
    const t1 = (a1 * Math.PI) / 180;
    // Tangent of the clockwise-from-12 parametrisation (sin a, -cos a) is (cos a, sin a).
    out.push({
      c1: [x0 + k * Math.cos(t0), y0 + k * Math.sin(t0)],
      c2: [x1 - k * Math.cos(t1), y1 - k * Math.sin(t1)],
      to: [x1, y1],
    });
  }
  return out;
}

/** An annular sector (a donut segment) as a closed path: outer arc, inner arc back. */
export function annularSector(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  startDeg: number,
  endDeg: number,
): { from: [number, number]; segments: PathSegment[] } {
  const from = polar(cx, cy, outer, startDeg);
  const segments: PathSegment[] = [...arcSegments(cx, cy, outer, startDeg, endDeg)];
  if (inner > 0) {
    segments.push({ to: polar(cx, cy, inner, endDeg) });
    segments.push(...arcSegments(cx, cy, inner, endDeg, startDeg));
  } else {
    segments.push({ to: [cx, cy] });
  }
  return { from, segments };
}
