/**
 * Bar series as the schema orders them and as the deck draws them: per-bar colours (c:dPt)
 * before the labels (c:dLbls), and the labels placed outside the end of each bar (outEnd), the
 * position pptxgenjs drops for clustered bars.
 */
import { unzipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../deck/compile';
import { loadReportFile } from '../../node/report-file';
import { exportPptx } from '../pptx';
import { repairClusteredBarSeries } from './postprocess';

/** CT_BarSer's children in schema order (ECMA-376 dml-chart.xsd). */
const BAR_SER_ORDER = [
  'idx',
  'order',
  'tx',
  'spPr',
  'invertIfNegative',
  'pictureOptions',
  'dPt',
  'dLbls',
  'trendline',
  'errBars',
  'cat',
  'val',
  'shape',
  'extLst',
];

function childNames(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)c:(\w+)[^>]*?(\/?)>/g)) {
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) names.push(m[2]!);
    if (!m[3]) depth++;
  }
  return names;
}

const ser = (body: string) => `<c:ser>${body}</c:ser>`;
const plot = (grouping: string, body: string) =>
  `<c:barChart><c:barDir val="col"/><c:grouping val="${grouping}"/>${body}</c:barChart>`;
const LABELS =
  '<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/></c:dLbls>';
const POINTS = '<c:dPt><c:idx val="0"/></c:dPt><c:dPt><c:idx val="1"/></c:dPt>';

describe('repairClusteredBarSeries', () => {
  it('moves the points before the labels and places the labels outEnd', () => {
    const out = repairClusteredBarSeries(
      plot('clustered', ser(`<c:idx val="0"/><c:spPr/>${LABELS}${POINTS}<c:cat/><c:val/>`)),
    );
    expect(out).toBe(
      plot(
        'clustered',
        ser(
          `<c:idx val="0"/><c:spPr/>${POINTS}<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/></c:dLbls><c:cat/><c:val/>`,
        ),
      ),
    );
  });

  it('is idempotent, and leaves stacked bars, hidden labels and a named position alone', () => {
    const once = repairClusteredBarSeries(plot('clustered', ser(`${LABELS}${POINTS}<c:val/>`)));
    expect(repairClusteredBarSeries(once)).toBe(once);
    for (const xml of [
      plot('stacked', ser(`${LABELS}${POINTS}`)),
      plot('clustered', ser('<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/></c:dLbls>')),
      plot(
        'clustered',
        ser('<c:dLbls><c:dLblPos val="inEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/></c:dLbls>'),
      ),
    ])
      expect(repairClusteredBarSeries(xml)).toBe(xml);
  });
});

describe('the Shanxi deck exported', () => {
  it('has every bar series in schema order, its labels outside the end of the bars', async () => {
    const loaded = loadReportFile(fileURLToPath(new URL('../../../data/reports/shanxi-2025.json', import.meta.url)));
    if (!loaded.ok) throw new Error('the Shanxi report does not load');
    const { bytes } = await exportPptx(compileDeck(loaded.report));
    const files = unzipSync(bytes);
    const decoder = new TextDecoder();
    let series = 0;
    for (const [name, data] of Object.entries(files)) {
      if (!/^ppt\/charts\/chart\d+\.xml$/.test(name)) continue;
      const xml = decoder.decode(data);
      for (const p of xml.match(/<c:barChart>[\s\S]*?<\/c:barChart>/g) ?? []) {
        for (const s of p.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
          series++;
          const ranks = childNames(s).map((n) => BAR_SER_ORDER.indexOf(n));
          expect(ranks, name).not.toContain(-1);
          expect(ranks, `${name}: ${childNames(s).join(', ')}`).toEqual([...ranks].sort((a, b) => a - b));
          const group = /<c:dLbls>[\s\S]*<\/c:dLbls>/.exec(s)![0].replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, '');
          expect(group, name).toContain('<c:dLblPos val="outEnd"/>');
        }
      }
    }
    expect(series).toBeGreaterThan(0);
  });
});
