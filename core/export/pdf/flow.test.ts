/**
 * Flowing paper text: paragraphs continue on new pages (each page gets its chrome), tables repeat
 * their header on every page they run onto, a row taller than a page is split (every line drawn
 * once, in order), and headings are not left alone at the foot of a page.
 */
import { describe, expect, it } from 'vitest';
import { notoSansScMetrics } from '../../fonts/metrics';
import { DisplayList, type DrawOp, type RecordedPage } from './display-list';
import { Flow } from './flow';
import { A4 } from './paper';

const textOf = (p: RecordedPage) =>
  p.ops
    .filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text')
    .map((o) => o.text)
    .join('');

function flow(): { list: DisplayList; f: Flow; chrome: number[] } {
  const list = new DisplayList();
  const chrome: number[] = [];
  const f = new Flow(list, A4, notoSansScMetrics, (_, i) => chrome.push(i));
  f.newPage();
  return { list, f, chrome };
}

const BODY = { sizePt: 10.5, weight: 'regular' as const, color: '#000000', lineHeight: 1.7 };

describe('Flow', () => {
  it('continues a long paragraph on new pages, with the page chrome on each', () => {
    const { list, f, chrome } = flow();
    const text = '推动经济持续回升向好，'.repeat(600);
    f.paragraph(text, BODY);
    expect(list.pages.length).toBeGreaterThan(2);
    expect(chrome).toEqual(list.pages.map((_, i) => i));
    expect(list.pages.map(textOf).join('')).toBe(text);
    for (const p of list.pages)
      for (const o of p.ops) if (o.op === 'text') expect(o.y).toBeLessThanOrEqual(A4.heightPt - 40);
  });

  it('repeats the table header on every page and keeps the rows in order', () => {
    const { list, f } = flow();
    const rows = Array.from({ length: 90 }, (_, i) => [{ text: `指标${i + 1}` }, { text: `目标值${i + 1}%` }]);
    f.table(
      [
        { header: '指标', share: 1 },
        { header: '目标', share: 2 },
      ],
      rows,
      { sizePt: 10.5, lineHeight: 1.5, padPt: 5, emphasisColor: '#B0121A' },
    );
    expect(list.pages.length).toBeGreaterThan(1);
    for (const p of list.pages) expect(textOf(p).startsWith('指标目标')).toBe(true);
    expect(list.pages.map((p) => textOf(p).replace(/^指标目标/, '')).join('')).toBe(
      rows.map((r) => r[0]!.text + r[1]!.text).join(''),
    );
  });

  it('splits a row taller than a page, drawing every line once', () => {
    const { list, f } = flow();
    const long = '新质生产力加快培育。'.repeat(400);
    f.table(
      [
        { header: '项', share: 1 },
        { header: '内容', share: 3 },
      ],
      [[{ text: '长' }, { text: long }]],
      { sizePt: 10.5, lineHeight: 1.5, padPt: 5, emphasisColor: '#B0121A' },
    );
    expect(list.pages.length).toBeGreaterThan(1);
    const body = list.pages.map((p) => textOf(p).replace(/^项内容/, '')).join('');
    expect(body).toBe('长' + long);
  });

  it('moves a heading to the next page rather than leave it last on a page', () => {
    const { list, f } = flow();
    f.y = f.frame.bottom - 30;
    f.paragraph('二、重点工作', { ...BODY, sizePt: 15, weight: 'bold', lineHeight: 1.5, keepWithNext: 2 });
    f.paragraph('正文第一段。', BODY);
    expect(list.pages).toHaveLength(2);
    expect(textOf(list.pages[0]!)).toBe('');
    expect(textOf(list.pages[1]!)).toBe('二、重点工作正文第一段。');
  });
});
