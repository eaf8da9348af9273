/**
 * The drawing surface places what the deck decided and nothing else: text at lineBaselines and
 * lineLeft (CSS half-leading, alignment by measured width), runs one after another with
 * emphasis bold in the figure colour, borders inside their boxes (border-box), arcs on their
 * circles; the transform scales all of it (handouts draw slides smaller with the same code).
 */
import { describe, expect, it } from 'vitest';
import { lineBaselines, lineLeft } from '../../deck/geometry';
import { measureText } from '../../deck/text/measure';
import type { TextBlock } from '../../deck/types';
import { notoSansScMetrics } from '../../fonts/metrics';
import type { DrawOp, RecordedPage } from './display-list';
import { annularSector, arcSegments, polar, Surface } from './surface';

const page = (): RecordedPage => ({ widthPt: 960, heightPt: 540, ops: [] });
const texts = (p: RecordedPage) => p.ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');

const block = (over: Partial<TextBlock> = {}): TextBlock => ({
  box: { x: 100, y: 200, w: 600, h: 120 },
  lines: [
    { runs: [{ text: '地区生产总值增长' }, { text: '5%', emphasis: true }, { text: '左右' }] },
    { runs: [{ text: '第二行' }] },
  ],
  fontSizePx: 36,
  lineHeightPx: 46.8,
  weight: 'regular',
  color: '#262626',
  align: 'left',
  valign: 'middle',
  ...over,
});

describe('Surface.textBlock', () => {
  it('puts lines on the deck baselines, runs one after another, emphasis bold in the figure colour', () => {
    const p = page();
    const b = block();
    new Surface(p, { originXPt: 0, originYPt: 0, scale: 1 }, notoSansScMetrics).textBlock(b, '#B0121A');
    const ops = texts(p);
    const baselines = lineBaselines(b);
    expect(ops.map((o) => o.text)).toEqual(['地区生产总值增长', '5%', '左右', '第二行']);
    expect(ops.map((o) => o.y)).toEqual([baselines[0], baselines[0], baselines[0], baselines[1]]);
    const w0 = measureText('地区生产总值增长', 36, 'regular');
    const w1 = measureText('5%', 36, 'bold');
    expect(ops.map((o) => o.x)).toEqual([100, 100 + w0, 100 + w0 + w1, 100]);
    expect(ops[1]).toMatchObject({ weight: 'bold', color: '#B0121A' });
    expect(ops[0]).toMatchObject({ weight: 'regular', color: '#262626', sizePt: 36 });
  });

  it('aligns by the measured line width (emphasis measured bold, as the browser draws it)', () => {
    for (const align of ['center', 'right'] as const) {
      const p = page();
      const b = block({ align });
      new Surface(p, { originXPt: 0, originYPt: 0, scale: 1 }, notoSansScMetrics).textBlock(b, '#B0121A');
      const width =
        measureText('地区生产总值增长', 36, 'regular') +
        measureText('5%', 36, 'bold') +
        measureText('左右', 36, 'regular');
      expect(texts(p)[0]!.x).toBeCloseTo(lineLeft(b, width), 9);
    }
  });

  it('start-aligns a line wider than its box (CSS overflow)', () => {
    const p = page();
    new Surface(p, { originXPt: 0, originYPt: 0, scale: 1 }, notoSansScMetrics).textBlock(
      block({ align: 'right', box: { x: 100, y: 200, w: 50, h: 120 } }),
      '#000000',
    );
    expect(texts(p)[0]!.x).toBe(100);
  });

  it('scales positions, sizes and line widths with the transform', () => {
    const p = page();
    const s = new Surface(p, { originXPt: 40, originYPt: 60, scale: 0.25 }, notoSansScMetrics);
    const b = block();
    s.textBlock(b, '#B0121A');
    s.borderedRect({ x: 10, y: 10, w: 100, h: 50 }, '#FFFFFF', '#000000', 4);
    const t = texts(p)[0]!;
    expect(t.x).toBeCloseTo(40 + 100 * 0.25, 9);
    expect(t.y).toBeCloseTo(60 + lineBaselines(b)[0]! * 0.25, 9);
    expect(t.sizePt).toBeCloseTo(9, 9);
    const stroke = p.ops.find((o) => o.op === 'rect' && o.stroke);
    expect(stroke).toMatchObject({ x: 40 + 12 * 0.25, y: 60 + 12 * 0.25, w: 96 * 0.25, h: 46 * 0.25, lineWidth: 1 });
  });
});

describe('arcs and donut segments', () => {
  it('arc Béziers start and end on the circle and stay within 0.1 % of the radius', () => {
    const [cx, cy, r] = [300, 200, 150];
    for (const [a, b] of [
      [0, 90],
      [30, 250],
      [0, 360],
      [200, 10],
    ] as const) {
      const segs = arcSegments(cx, cy, r, a, b);
      let [px, py] = polar(cx, cy, r, a);
      for (const s of segs) {
        expect('c1' in s).toBe(true);
        if (!('c1' in s)) continue;
        // Point at t = 0.5 of the cubic.
        const mx = (px + 3 * s.c1[0] + 3 * s.c2[0] + s.to[0]) / 8;
        const my = (py + 3 * s.c1[1] + 3 * s.c2[1] + s.to[1]) / 8;
        expect(Math.abs(Math.hypot(mx - cx, my - cy) - r) / r).toBeLessThan(0.001);
        expect(Math.hypot(s.to[0] - cx, s.to[1] - cy)).toBeCloseTo(r, 6);
        [px, py] = s.to;
      }
      const [ex, ey] = polar(cx, cy, r, b);
      expect(px).toBeCloseTo(ex, 6);
      expect(py).toBeCloseTo(ey, 6);
    }
  });

  it('0° is 12 o’clock and angles run clockwise (as the deck geometry says)', () => {
    const [x0, y0] = polar(0, 0, 10, 0);
    const [x90, y90] = polar(0, 0, 10, 90);
    expect([x0, y0].map((v) => Math.round(v) + 0)).toEqual([0, -10]);
    expect([x90, y90].map((v) => Math.round(v) + 0)).toEqual([10, 0]);
  });

  it('an annular sector runs the outer arc forward and the inner arc back', () => {
    const { from, segments } = annularSector(0, 0, 100, 60, 0, 120);
    expect(from[0]).toBeCloseTo(0, 9);
    expect(from[1]).toBeCloseTo(-100, 9);
    const last = segments[segments.length - 1]!.to;
    const [ix, iy] = polar(0, 0, 60, 0);
    expect(last[0]).toBeCloseTo(ix, 6);
    expect(last[1]).toBeCloseTo(iy, 6);
  });
});
