/**
 * A bar chart's data labels print each figure exactly in the report's wording (ChartDatum.display).
 * The exporter keeps the live number format (General"<unit>") when it prints every bar of a chart
 * exactly, and otherwise writes every bar's display as a per-point custom label ("5%左右" must not
 * become "5%"). Checked on the package (chart parts found through the slides, parsed with a real
 * XML parser), on the repair itself (postprocess.ts, any text), and in LibreOffice (one PDF
 * conversion, read with pdftotext).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import type { ChartElement, Deck } from '../deck/types';
import { notoSansScFontPath } from '../node/font-files';
import { loadReport } from '../report/load';
import type { Figure, Report } from '../report/schema';
import { baseReport, highlight, theme, valueFigure } from '../../tests/generators/edge-reports';
import { elementsNS, NS, parseXmlStrict, readPptx, type PptxRead } from '../../tests/support/pptx-read';
import { barPointLabels, exportPptx, formatPrints } from './pptx';
import { chartPartsInOrder, postprocessPptx, setPointLabels } from './pptx/postprocess';
import { stripControlChars } from './text-safety';

// ---------------------------------------------------------------------------------------------
// A report whose bar figures are worded every way a report words them

const fig = (
  id: string,
  display: string,
  value: number,
  unit: string,
  bound: Figure['bound'],
  label: string,
): Figure => ({ id, label, display, value, unit, bound });

/** Displays that are not "<value><unit>": the number format would drop or change words. */
const WORDED = [
  fig('about', '5%左右', 5, '%', 'about', '地区生产总值增长'),
  fig('at-least', '6%以上', 6, '%', 'atLeast', '投资增长'),
  fig('markup', '<b>&7.5%]]>', 7.5, '%', 'exact', '标记'),
  fig('plain-in-worded', '4.2%', 4.2, '%', 'exact', '消费增长'),
];
/** Displays that are exactly "<value><unit>": the number format prints them as written. */
const EXACT = [
  valueFigure('exact-a', 5.2, '%', '增速甲'),
  valueFigure('exact-b', -3.1, '%', '增速乙'),
  valueFigure('exact-c', 12, '%', '增速丙'),
];
/** One unit, worded around it. */
const TRILLIONS = [
  fig('over', '超1万亿元', 1, '万亿元', 'atLeast', '经济总量'),
  fig('with-note', '1.2万亿元（同比增长5%）', 1.2, '万亿元', 'exact', '营业收入'),
];
/** Different units: the chart prints no common unit, so a bare number would drop "家" and "万张". */
const MIXED = [valueFigure('mixed-a', 1599, '家', '高新技术企业'), valueFigure('mixed-b', 131.7, '万张', '发放消费券')];
/** Exact wording but a trailing zero General drops ("5.20%" would print as "5.2%"). */
const TRAILING_ZERO = [
  fig('zero-a', '5.20%', 5.2, '%', 'exact', '指标甲'),
  fig('zero-b', '3%', 3, '%', 'exact', '指标乙'),
];

function barChart(id: string, title: string, figures: Figure[]) {
  return { kind: 'bar' as const, id, title, figureIds: figures.map((f) => f.id!) };
}

function wordingReport(): Report {
  const groups: [string, string, Figure[]][] = [
    ['worded', '措辞图', WORDED],
    ['exact', '原样图', EXACT],
    ['trillions', '万亿图', TRILLIONS],
    ['mixed', '混合单位图', MIXED],
    ['trailing-zero', '尾零图', TRAILING_ZERO],
  ];
  return baseReport([
    {
      kind: 'review',
      id: 'review',
      title: '2024年成绩单',
      year: 2024,
      themes: groups.map(([id, title, figures], i) =>
        theme(`theme-${id}`, [highlight(`h-${id}`, figures)], [barChart(`c-${id}`, title, figures)], `主题${i + 1}`),
      ),
    },
  ]);
}

/** The report loads (schema, meaning and provenance checks): the fixture is a report the app accepts. */
function loadedReport(): Report {
  const result = loadReport('wording.json', JSON.stringify(wordingReport()), { provenance: 'error' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result.report;
}

const barElements = (deck: Deck) =>
  deck.slides.flatMap((s) => s.elements.filter((e): e is ChartElement => e.kind === 'chart' && e.chartKind === 'bar'));

// ---------------------------------------------------------------------------------------------
// Reading a chart part's labels

interface BarLabels {
  part: string;
  values: number[];
  /** formatCode of the series' data labels. */
  format: string | undefined;
  /** The series' per-point labels: idx → text, in idx order (empty when there are none). */
  points: { idx: number; text: string; el: XmlElement }[];
  /** The series' <c:dLbls>. */
  dLbls: XmlElement;
}

const children = (el: XmlElement, local?: string): XmlElement[] =>
  Array.from(el.childNodes).filter(
    (n): n is XmlElement =>
      n.nodeType === 1 &&
      (local === undefined || ((n as XmlElement).namespaceURI === NS.c && (n as XmlElement).localName === local)),
  );

function barLabels(part: string, doc: XmlDocument): BarLabels {
  const bar = elementsNS(doc, NS.c, 'barChart')[0];
  if (!bar) throw new Error(`${part}: no barChart`);
  const ser = children(bar, 'ser')[0]!;
  const dLbls = children(ser, 'dLbls')[0]!;
  const numCache = elementsNS(children(ser, 'val')[0]!, NS.c, 'numCache')[0]!;
  const values = elementsNS(numCache, NS.c, 'pt')
    .sort((a, b) => Number(a.getAttribute('idx')) - Number(b.getAttribute('idx')))
    .map((pt) => Number(elementsNS(pt, NS.c, 'v')[0]?.textContent));
  const points = children(dLbls, 'dLbl')
    .map((el) => ({
      idx: Number(children(el, 'idx')[0]?.getAttribute('val')),
      text: elementsNS(el, NS.a, 't')
        .map((t) => t.textContent ?? '')
        .join(''),
      el,
    }))
    .sort((a, b) => a.idx - b.idx);
  return { part, values, format: children(dLbls, 'numFmt')[0]?.getAttribute('formatCode') ?? undefined, points, dLbls };
}

/** Every bar chart of the package with its deck element, through the slides (never by file name). */
function barCharts(pkg: PptxRead, deck: Deck): { el: ChartElement; labels: BarLabels }[] {
  return deck.slides.flatMap((s, i) => {
    const parts = pkg.slides[i]!.chartParts;
    const charts = s.elements.filter((e): e is ChartElement => e.kind === 'chart');
    expect(parts, `slide ${i + 1} charts`).toHaveLength(charts.length);
    return charts.flatMap((el, k) =>
      el.chartKind === 'bar' ? [{ el, labels: barLabels(parts[k]!, pkg.docs.get(parts[k]!)!) }] : [],
    );
  });
}

/** CT_DLbl (ECMA-376 dml-chart.xsd), the members we may write, in schema order. */
const DLBL_ORDER = [
  'idx',
  'layout',
  'tx',
  'numFmt',
  'spPr',
  'txPr',
  'dLblPos',
  'showLegendKey',
  'showVal',
  'showCatName',
  'showSerName',
  'showPercent',
  'showBubbleSize',
  'separator',
  'extLst',
];
/** CT_DLbls: dLbl*, then the group's settings. */
const DLBLS_ORDER = [
  'dLbl',
  'numFmt',
  'spPr',
  'txPr',
  'dLblPos',
  'showLegendKey',
  'showVal',
  'showCatName',
  'showSerName',
  'showPercent',
  'showBubbleSize',
  'separator',
  'showLeaderLines',
  'leaderLines',
  'extLst',
];

function inSchemaOrder(el: XmlElement, order: string[]): boolean {
  const ranks = children(el).map((c) => order.indexOf(c.localName ?? ''));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!));
}

// ---------------------------------------------------------------------------------------------

describe('exportPptx: bar labels in the report’s wording', () => {
  let deck: Deck;
  let pkg: PptxRead;
  let bars: { el: ChartElement; labels: BarLabels }[];
  const byTitle = (title: string) =>
    bars.find((b) => b.el.title.lines.map((l) => l.runs.map((r) => r.text).join('')).join('') === title)!;

  beforeAll(async () => {
    deck = compileDeck(loadedReport());
    pkg = readPptx((await exportPptx(deck)).bytes);
    bars = barCharts(pkg, deck);
  }, 60_000);

  it('the deck carries the worded displays as bar data (guard)', () => {
    expect(bars).toHaveLength(5);
    const displays = barElements(deck).flatMap((el) => el.data.map((d) => d.display));
    for (const f of [...WORDED, ...EXACT, ...TRILLIONS, ...MIXED, ...TRAILING_ZERO])
      expect(displays).toContain(f.display);
  });

  it('every XML part of the package parses with a strict XML parser', () => {
    expect(pkg.parseProblems).toEqual([]);
  });

  it('a chart with a worded display labels every bar with its display, exactly (markup and "]]>" too)', () => {
    for (const title of ['措辞图', '万亿图', '混合单位图', '尾零图']) {
      const { el, labels } = byTitle(title);
      expect(
        labels.points.map((p) => p.idx),
        `${title} ${labels.part}`,
      ).toEqual(el.data.map((_, i) => i));
      expect(
        labels.points.map((p) => p.text),
        `${title} ${labels.part}`,
      ).toEqual(el.data.map((d) => d.display));
      // The bars keep their values (editable data), and the format a deleted label falls back to.
      expect(labels.values).toEqual(el.data.map((d) => d.value));
      expect(labels.format).toBe(el.unit ? `General"${el.unit}"` : 'General');
    }
    expect(byTitle('措辞图').labels.points.map((p) => p.text)).toEqual(['5%左右', '6%以上', '<b>&7.5%]]>', '4.2%']);
    expect(byTitle('混合单位图').el.unit).toBe('');
  });

  it('a chart whose displays are all "<value><unit>" keeps the live number format and no per-point label', () => {
    const { el, labels } = byTitle('原样图');
    expect(labels.points).toEqual([]);
    expect(labels.format).toBe(`General"${el.unit}"`);
    // What that format prints is each display.
    expect(labels.values.map((v) => `${v}${el.unit}`)).toEqual(el.data.map((d) => d.display));
  });

  it('each per-point label is schema-ordered, shown as a value label, and styled like the series’ labels', () => {
    for (const { labels } of bars) {
      expect(inSchemaOrder(labels.dLbls, DLBLS_ORDER), `${labels.part} <c:dLbls> order`).toBe(true);
      const groupRPr = elementsNS(children(labels.dLbls, 'txPr')[0]!, NS.a, 'defRPr')[0]!;
      for (const p of labels.points) {
        expect(inSchemaOrder(p.el, DLBL_ORDER), `${labels.part} dLbl ${p.idx} order`).toBe(true);
        const flag = (name: string) => children(p.el, name)[0]?.getAttribute('val');
        expect([
          flag('showLegendKey'),
          flag('showVal'),
          flag('showCatName'),
          flag('showSerName'),
          flag('showPercent'),
          flag('showBubbleSize'),
        ]).toEqual(['0', '1', '0', '0', '0', '0']);
        const rPr = elementsNS(p.el, NS.a, 'rPr')[0]!;
        for (const attr of ['sz', 'b', 'i'])
          expect(rPr.getAttribute(attr), `${labels.part} dLbl ${p.idx} ${attr}`).toBe(groupRPr.getAttribute(attr));
        expect(rPr.getAttribute('lang')).toBe('zh-CN');
        const colour = (el: XmlElement) => elementsNS(el, NS.a, 'srgbClr')[0]?.getAttribute('val');
        const face = (el: XmlElement) => elementsNS(el, NS.a, 'latin')[0]?.getAttribute('typeface');
        expect(colour(rPr)).toBe(colour(groupRPr));
        expect(face(rPr)).toBe(face(groupRPr));
        expect(groupRPr.getAttribute('b')).toBe('1');
      }
    }
  });

  it('maps labels to the right chart when the chart counter does not start at 1 (a second export in the process)', async () => {
    const again = readPptx((await exportPptx(deck)).bytes);
    const numbers = again.slides.flatMap((s) => s.chartParts).map((p) => Number(/chart(\d+)\.xml$/.exec(p)![1]));
    expect(Math.min(...numbers)).toBeGreaterThan(1);
    expect(barCharts(again, deck).map((b) => b.labels.points.map((p) => p.text))).toEqual(
      bars.map((b) => b.labels.points.map((p) => p.text)),
    );
  });
});

describe('the rule: number format when exact, per-point labels otherwise', () => {
  const bar = (unit: string, data: [number, string][]): ChartElement =>
    ({
      kind: 'chart',
      chartKind: 'bar',
      unit,
      data: data.map(([value, display]) => ({
        label: 'x',
        value,
        display,
        color: '#000000',
        figure: { label: 'x', display, quote: display },
      })),
    }) as unknown as ChartElement;

  it('formatPrints: General then the unit, only for numbers General prints as written', () => {
    expect(formatPrints(5.2, '%')).toBe('5.2%');
    expect(formatPrints(-3, '亿元')).toBe('-3亿元');
    expect(formatPrints(0.5, '')).toBe('0.5');
    expect(formatPrints(12, 'a"b')).toBe('12ab');
    expect(formatPrints(1e21, '%')).toBeUndefined();
    expect(formatPrints(1e-7, '%')).toBeUndefined();
    expect(formatPrints(123456789012, '')).toBeUndefined();
  });

  it('barPointLabels', () => {
    expect(
      barPointLabels(
        bar('%', [
          [5, '5%'],
          [6.5, '6.5%'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      barPointLabels(
        bar('%', [
          [5, '5%左右'],
          [6.5, '6.5%'],
        ]),
      ),
    ).toEqual(['5%左右', '6.5%']);
    expect(barPointLabels(bar('', [[1599, '1599家']]))).toEqual(['1599家']);
    expect(barPointLabels(bar('%', [[5.2, '5.20%']]))).toEqual(['5.20%']);
    expect(barPointLabels(bar('"%"', [[5, '5"%"']]))).toEqual(['5"%"']);
    expect(barPointLabels(bar('%', [[5, '5\u0007%']]))).toBeUndefined();
    expect(barPointLabels(bar('%', []))).toBeUndefined();
  });
});

describe('setPointLabels (postprocess.ts) on any text', () => {
  let chartXml: string;
  beforeAll(async () => {
    const deck = compileDeck(loadedReport());
    const el = barElements(deck).find((e) => e.data.length === 4)!;
    // Only the exact chart's part (no labels yet) is used as the template.
    const only: Deck = { ...deck, slides: deck.slides.filter((s) => s.elements.includes(el)) };
    const raw = readPptx(await exportPptxRaw(only));
    chartXml = new TextDecoder().decode(raw.files.get(raw.slides[0]!.chartParts[0]!)!);
  });

  /** The package as pptxgenjs wrote it plus the other repairs, without per-point labels. */
  async function exportPptxRaw(deck: Deck): Promise<Uint8Array> {
    const { bytes } = await exportPptx({
      ...deck,
      slides: deck.slides.map((s) => ({
        ...s,
        elements: s.elements.map((e) =>
          e.kind === 'chart' && e.chartKind === 'bar'
            ? { ...e, data: e.data.map((d) => ({ ...d, display: `${d.value}${e.unit}` })) }
            : e,
        ),
      })),
    });
    return bytes;
  }

  it('the template has no per-point labels (guard)', () => {
    expect(chartXml).not.toContain('<c:dLbl>');
    expect(chartXml).toContain('<c:dLbls>');
  });

  it('any four texts: the part parses and each point’s label is the text without control characters; a second pass changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 4, maxLength: 4 }), (texts) => {
        const out = setPointLabels(chartXml, texts);
        const labels = barLabels('chart', parseXmlStrict(out, 'chart'));
        expect(labels.points.map((p) => p.text)).toEqual(texts.map(stripControlChars));
        expect(setPointLabels(out, texts)).toBe(out);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses labels that do not match the points one for one, and charts that are not bar charts', () => {
    expect(() => setPointLabels(chartXml, ['a', 'b', 'c'])).toThrow(/3 labels for 4 points/);
    expect(() => setPointLabels('<c:chartSpace><c:doughnutChart/></c:chartSpace>', ['a'])).toThrow();
  });

  it('postprocessPptx refuses a label list that does not match the package’s charts', async () => {
    const deck = compileDeck(loadedReport());
    const raw = await exportPptxRaw(deck);
    const charts = chartPartsInOrder([...readPptx(raw).files.keys()]);
    await expect(postprocessPptx(raw, { eastAsianFont: '微软雅黑', chartLabels: [['a']] })).rejects.toThrow(
      /1 charts expected, the package has/,
    );
    expect(charts.length).toBeGreaterThan(1);
  });

  it('chartPartsInOrder sorts by number, not by name', () => {
    expect(
      chartPartsInOrder([
        'ppt/charts/chart10.xml',
        'ppt/charts/chart9.xml',
        'ppt/charts/_rels/chart9.xml.rels',
        'ppt/slides/slide1.xml',
      ]),
    ).toEqual(['ppt/charts/chart9.xml', 'ppt/charts/chart10.xml']);
  });
});

// ---------------------------------------------------------------------------------------------
// LibreOffice: the labels a presentation program draws

const hasSoffice = (process.env['PATH'] ?? '')
  .split(delimiter)
  .some((dir) => dir !== '' && existsSync(join(dir, 'soffice')));
const hasPdftotext = (process.env['PATH'] ?? '')
  .split(delimiter)
  .some((dir) => dir !== '' && existsSync(join(dir, 'pdftotext')));
const CONVERT_TIMEOUT_MS = 120_000;

/** As in pptx.libreoffice.test.ts: the bundled Noto Sans SC, standing in for 微软雅黑. */
function fontconfig(dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts);
  for (const w of ['regular', 'bold'] as const) copyFileSync(notoSansScFontPath(w), join(fonts, `NotoSansSC-${w}.ttf`));
  const alias = (family: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`;
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(dir, 'fc-cache')}</cachedir>${alias('微软雅黑')}${alias('Microsoft YaHei')}</fontconfig>`,
  );
  return conf;
}

describe.skipIf(!hasSoffice || !hasPdftotext)(
  'LibreOffice Impress draws the worded labels (soffice → PDF → pdftotext)',
  () => {
    let work: string;
    let text: string;
    let deck: Deck;

    beforeAll(async () => {
      const full = compileDeck(loadedReport());
      // Only the charts, on their slides: nothing else on a page (cards, notes) prints a display,
      // and the conversion stays small.
      deck = {
        ...full,
        slides: full.slides
          .filter((s) => s.elements.some((e) => e.kind === 'chart'))
          .map((s) => ({ ...s, elements: s.elements.filter((e) => e.kind === 'chart') })),
      };
      work = mkdtempSync(join(tmpdir(), 'govbrief-lo-labels-'));
      const file = join(work, 'labels.pptx');
      writeFileSync(file, (await exportPptx(deck)).bytes);
      const out = join(work, 'out');
      mkdirSync(out);
      const run = promisify(execFile);
      await run(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          file,
        ],
        {
          timeout: CONVERT_TIMEOUT_MS,
          env: { ...process.env, FONTCONFIG_FILE: fontconfig(work), HOME: work },
        },
      );
      const pdf = join(out, 'labels.pdf');
      expect(existsSync(pdf), `soffice wrote no PDF; ${out} has ${readdirSync(out).join(', ')}`).toBe(true);
      text = (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).stdout;
    }, CONVERT_TIMEOUT_MS + 30_000);

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('shows "5%左右" and "6%以上", and every bar’s display', () => {
      const squashed = text.replace(/\s+/g, '');
      expect(squashed).toContain('5%左右');
      expect(squashed).toContain('6%以上');
      const missing = barElements(deck)
        .flatMap((el) => el.data.map((d) => d.display))
        .filter((d) => !squashed.includes(d.replace(/\s+/g, '')));
      expect(missing).toEqual([]);
    });
  },
);
