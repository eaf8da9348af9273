/**
 * exportPptx (core/export/pptx.ts + pptx/postprocess.ts): the PowerPoint file says what the deck
 * says, and is a package PowerPoint and WPS open without offering "Repair". Each bundled report
 * (Shanxi, China; three themes; Shanxi compared with China) is exported, unzipped with JSZip and
 * read with a real XML parser; the slides are found as a viewer finds them (presentation.xml's
 * sldIdLst → its relationships → slide parts), never by file name.
 */
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { THEME_IDS } from '../deck/themes';
import type { ChartElement, Deck, Slide, TextBlock } from '../deck/types';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { edgeReports } from '../../tests/generators/edge-reports';
import { barPointLabels, DEFAULT_PPTX_FONT, exportPptx, notesText, safeFontFace, type PptxReport } from './pptx';
import { stripControlChars } from './text-safety';

// ---------------------------------------------------------------------------------------------
// Reading the package

const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  dc: 'http://purl.org/dc/elements/1.1/',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
};
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * Parses with @xmldom/xmldom; any warning or error is an exception naming the part. The one
 * exception: U+FFFD, which the exporter writes on purpose for a lone surrogate.
 */
function parseXml(xml: string, part: string): XmlDocument {
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'warning' && /replacement character/i.test(msg)) return;
      throw new Error(`${part}: XML ${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

function elements(root: XmlDocument | XmlElement, ns: string, local: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

function childElements(el: XmlElement, ns: string, local: string): XmlElement[] {
  return Array.from(el.childNodes).filter(
    (n): n is XmlElement =>
      n.nodeType === 1 && (n as XmlElement).namespaceURI === ns && (n as XmlElement).localName === local,
  );
}

/** All <a:t> of a part (or an element), joined: what a viewer shows as its text. */
function drawnText(root: XmlDocument | XmlElement): string {
  return elements(root, NS.a, 't')
    .map((t) => t.textContent ?? '')
    .join('');
}

/** Whitespace-insensitive form: the deck's line breaks drop spaces, viewers may add some. */
const squash = (s: string) => s.replace(/\s+/g, '');

const XML_PART = /\.(xml|rels)$/i;
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const CONTROL_REF = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/;

interface Rel {
  id: string;
  type: string;
  /** Package path of the target (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

interface ChartPart {
  part: string;
  doc: XmlDocument;
  /** barChart, doughnutChart, … (the plot's chart element). */
  plot: string;
  values: number[];
  categories: string[];
  /** formatCode of the series data labels, if any. */
  labelFormat: string | undefined;
  /** The series' per-point data labels (<c:dLbl> rich text), in point order; empty when none. */
  pointLabels: string[];
}

interface SlideView {
  part: string;
  doc: XmlDocument;
  text: string;
  hidden: boolean;
  notesPart: string | undefined;
  notesText: string | undefined;
  charts: ChartPart[];
}

class Package {
  readonly files: string[];
  private readonly docs = new Map<string, XmlDocument>();

  private constructor(
    readonly zip: JSZip,
    /** Every XML part (xml, rels) as text. */
    readonly xml: Map<string, string>,
  ) {
    this.files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  }

  static async read(bytes: Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = new Map<string, string>();
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name]!.dir && XML_PART.test(name)) xml.set(name, await zip.file(name)!.async('string'));
    }
    return new Package(zip, xml);
  }

  text(part: string): string {
    const t = this.xml.get(part);
    if (t === undefined) throw new Error(`no part ${part}`);
    return t;
  }

  doc(part: string): XmlDocument {
    let d = this.docs.get(part);
    if (!d) {
      d = parseXml(this.text(part), part);
      this.docs.set(part, d);
    }
    return d;
  }

  /** Relationships of a part ('' for the package's own), targets resolved to part names. */
  rels(part: string): Rel[] {
    const relsPart =
      part === '' ? '_rels/.rels' : posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
    if (!this.xml.has(relsPart)) return [];
    return elements(this.doc(relsPart), NS.rel, 'Relationship').map((r) => {
      const target = r.getAttribute('Target') ?? '';
      const external = r.getAttribute('TargetMode') === 'External';
      const resolved = external
        ? target
        : target.startsWith('/')
          ? target.slice(1)
          : posix.normalize(posix.join(posix.dirname(part), target));
      return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target: resolved, external };
    });
  }

  relTarget(part: string, id: string): string {
    const rel = this.rels(part).find((r) => r.id === id);
    if (!rel) throw new Error(`${part}: no relationship ${id}`);
    return rel.target;
  }

  /** The slides in show order: presentation.xml's sldIdLst, through its relationships. */
  slideParts(): string[] {
    const pres = this.doc('ppt/presentation.xml');
    return elements(pres, NS.p, 'sldId').map((s) =>
      this.relTarget('ppt/presentation.xml', s.getAttributeNS(NS.r, 'id') ?? ''),
    );
  }

  chart(part: string): ChartPart {
    const doc = this.doc(part);
    const plotArea = elements(doc, NS.c, 'plotArea')[0]!;
    const plot = Array.from(plotArea.childNodes).find(
      (n): n is XmlElement => n.nodeType === 1 && ((n as XmlElement).localName ?? '').endsWith('Chart'),
    )!;
    const ser = elements(plot, NS.c, 'ser')[0]!;
    const points = (container: XmlElement | undefined) =>
      container
        ? elements(container, NS.c, 'pt')
            .map((pt) => ({ idx: Number(pt.getAttribute('idx')), v: elements(pt, NS.c, 'v')[0]?.textContent ?? '' }))
            .sort((x, y) => x.idx - y.idx)
            .map((pt) => pt.v)
        : [];
    const val = elements(ser, NS.c, 'val')[0];
    const numCache = val ? elements(val, NS.c, 'numCache')[0] : undefined;
    const cat = elements(ser, NS.c, 'cat')[0];
    const serLabels = childElements(ser, NS.c, 'dLbls')[0];
    const fmt = serLabels ? childElements(serLabels, NS.c, 'numFmt')[0] : undefined;
    const pointLabels = (serLabels ? childElements(serLabels, NS.c, 'dLbl') : [])
      .map((d) => ({ idx: Number(childElements(d, NS.c, 'idx')[0]?.getAttribute('val')), text: drawnText(d) }))
      .sort((x, y) => x.idx - y.idx)
      .map((d) => d.text);
    return {
      part,
      doc,
      plot: plot.localName ?? '',
      values: points(numCache).map(Number),
      categories: points(cat),
      labelFormat: fmt?.getAttribute('formatCode') ?? undefined,
      pointLabels,
    };
  }

  slides(): SlideView[] {
    return this.slideParts().map((part) => {
      const doc = this.doc(part);
      const rels = this.rels(part);
      const notesPart = rels.find((r) => r.type === REL_TYPE + 'notesSlide')?.target;
      let notes: string | undefined;
      if (notesPart) {
        const body = elements(this.doc(notesPart), NS.p, 'sp').find((sp) =>
          elements(sp, NS.p, 'ph').some((ph) => ph.getAttribute('type') === 'body'),
        );
        notes = body ? drawnText(body) : undefined;
      }
      // Charts in drawing order: the <c:chart r:id> references of the slide's graphic frames.
      const charts = elements(doc, NS.c, 'chart').map((c) =>
        this.chart(this.relTarget(part, c.getAttributeNS(NS.r, 'id') ?? '')),
      );
      return {
        part,
        doc,
        text: drawnText(doc),
        hidden: doc.documentElement!.getAttribute('show') === '0',
        notesPart,
        notesText: notes,
        charts,
      };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// What the deck shows

const reportPath = (name: string) => fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url));

function loadBundled(name: string): Report {
  const r = loadReportFile(reportPath(name));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

const deckCharts = (slide: Slide) => slide.elements.filter((e): e is ChartElement => e.kind === 'chart');

/**
 * Text blocks the PPTX draws as text boxes (a bar chart's value and category labels are drawn by
 * the native chart from its data; the slide number is a live field).
 */
function drawnBlocks(slide: Slide): { where: string; block: TextBlock }[] {
  return slide.elements.flatMap((el, i): { where: string; block: TextBlock }[] => {
    const at = `${el.kind}#${i}`;
    switch (el.kind) {
      case 'text':
        return el.role === 'page-number' ? [] : [{ where: at, block: el }];
      case 'kpi':
        return [
          { where: `${at}.value`, block: el.value },
          { where: `${at}.label`, block: el.label },
        ];
      case 'list':
        return el.items.flatMap((it, k) => [
          { where: `${at}.items[${k}].marker`, block: it.markerBlock },
          { where: `${at}.items[${k}]`, block: it.block },
        ]);
      case 'table':
        return el.rows.flatMap((row, r) =>
          row.map((cell, c) => ({ where: `${at}.rows[${r}][${c}]`, block: cell.block })),
        );
      case 'chart':
        return [
          { where: `${at}.title`, block: el.title },
          ...(el.chartKind === 'donut'
            ? [
                ...(el.geometry.centre ? [{ where: `${at}.centre`, block: el.geometry.centre }] : []),
                ...el.geometry.legend.map((l, k) => ({ where: `${at}.legend[${k}]`, block: l.block })),
              ]
            : []),
        ];
      case 'shape':
        return [];
    }
  });
}

const blockText = (block: TextBlock) => block.lines.map((l) => l.runs.map((r) => r.text).join('')).join('');

/** The figures a slide shows as text: the emphasised runs of its drawn blocks. */
function figureRuns(slide: Slide): { where: string; text: string }[] {
  return drawnBlocks(slide).flatMap(({ where, block }) =>
    block.lines.flatMap((l) =>
      l.runs.filter((r) => r.emphasis && r.text.trim() !== '').map((r) => ({ where, text: stripControlChars(r.text) })),
    ),
  );
}

/** The values and labels a deck chart gives its native chart: bars, or donut segments (the rest included). */
function chartSeries(el: ChartElement): { values: number[]; labels: string[] } {
  if (el.chartKind === 'bar')
    return { values: el.data.map((d) => d.value), labels: el.data.map((d) => stripControlChars(d.label)) };
  return {
    values: el.geometry.segments.map((s) => s.value ?? el.remainder!.value),
    labels: el.geometry.segments.map((s) => stripControlChars(s.label)),
  };
}

interface Exported {
  deck: Deck;
  bytes: Uint8Array;
  report: PptxReport;
  pkg: Package;
}

async function exportAndRead(deck: Deck, options: Parameters<typeof exportPptx>[1] = {}): Promise<Exported> {
  const { bytes, report } = await exportPptx(deck, options);
  return { deck, bytes, report, pkg: await Package.read(bytes) };
}

// ---------------------------------------------------------------------------------------------
// Package-level rules, shared by every exported deck

function xmlParseProblems(pkg: Package): string[] {
  const problems: string[] = [];
  for (const part of pkg.xml.keys()) {
    try {
      pkg.doc(part);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return problems;
}

/** Control characters in any XML part, the embedded spreadsheets' parts included. */
async function controlCharProblems(pkg: Package): Promise<string[]> {
  const problems: string[] = [];
  const check = (where: string, text: string) => {
    const raw = RAW_CONTROL.exec(text);
    if (raw) problems.push(`${where}: raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${raw.index}`);
    const ref = CONTROL_REF.exec(text);
    if (ref) problems.push(`${where}: character reference ${ref[0]} at ${ref.index}`);
  };
  for (const [part, text] of pkg.xml) check(part, text);
  for (const name of pkg.files.filter((f) => f.endsWith('.xlsx'))) {
    const inner = await JSZip.loadAsync(await pkg.zip.file(name)!.async('uint8array'));
    for (const n of Object.keys(inner.files))
      if (!inner.files[n]!.dir && XML_PART.test(n)) check(`${name}!${n}`, await inner.file(n)!.async('string'));
  }
  return problems;
}

function contentTypeProblems(pkg: Package): string[] {
  const types = pkg.doc('[Content_Types].xml');
  const defaults = new Set(
    elements(types, NS.ct, 'Default').map((d) => (d.getAttribute('Extension') ?? '').toLowerCase()),
  );
  const overrides = elements(types, NS.ct, 'Override').map((o) => o.getAttribute('PartName') ?? '');
  const files = new Set(pkg.files);
  const problems = overrides.filter((o) => !files.has(o.replace(/^\//, ''))).map((o) => `Override ${o} names no part`);
  const overridden = new Set(overrides.map((o) => o.replace(/^\//, '')));
  for (const f of pkg.files) {
    if (f === '[Content_Types].xml' || overridden.has(f)) continue;
    const ext = (f.split('.').pop() ?? '').toLowerCase();
    if (!defaults.has(ext)) problems.push(`${f} has no content type`);
  }
  return problems;
}

/** Every internal relationship of every part points at a part of the package. */
function relationshipProblems(pkg: Package): string[] {
  const files = new Set(pkg.files);
  const problems: string[] = [];
  for (const relsPart of pkg.files.filter((f) => f.endsWith('.rels'))) {
    const dir = posix.dirname(posix.dirname(relsPart));
    const source =
      relsPart === '_rels/.rels' ? '' : posix.join(dir === '.' ? '' : dir, posix.basename(relsPart, '.rels'));
    for (const r of pkg.rels(source))
      if (!r.external && !files.has(r.target)) problems.push(`${relsPart}: ${r.id} → missing ${r.target}`);
  }
  return problems;
}

function themeFonts(pkg: Package): { part: string; major: string | null; minor: string | null }[] {
  return pkg.files
    .filter((f) => /^ppt\/theme\/theme\d+\.xml$/.test(f))
    .map((part) => {
      const doc = pkg.doc(part);
      const ea = (name: string) => {
        const font = elements(doc, NS.a, name)[0];
        return font ? (childElements(font, NS.a, 'ea')[0]?.getAttribute('typeface') ?? null) : null;
      };
      return { part, major: ea('majorFont'), minor: ea('minorFont') };
    });
}

/** 2-D bar and line charts with other than two axis ids (#1534: a third makes PowerPoint repair). */
function strayAxisProblems(pkg: Package): string[] {
  const problems: string[] = [];
  for (const part of pkg.files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))) {
    const doc = pkg.doc(part);
    const axes = new Set(
      [...elements(doc, NS.c, 'catAx'), ...elements(doc, NS.c, 'valAx')].map((ax) =>
        childElements(ax, NS.c, 'axId')[0]?.getAttribute('val'),
      ),
    );
    for (const local of ['barChart', 'lineChart']) {
      for (const chart of elements(doc, NS.c, local)) {
        const ids = childElements(chart, NS.c, 'axId').map((a) => a.getAttribute('val'));
        if (ids.length !== 2) problems.push(`${part}: ${local} has ${ids.length} axis ids (${ids.join(', ')})`);
        for (const id of ids)
          if (!axes.has(id)) problems.push(`${part}: ${local} refers to axis ${id}, which is not defined`);
      }
    }
  }
  return problems;
}

/** Chart attributes PowerPoint validates against the schema's ranges (out of range: "Repair"). */
function chartRangeProblems(pkg: Package): string[] {
  const problems: string[] = [];
  const ranges: [string, number, number][] = [
    ['gapWidth', 0, 500],
    ['overlap', -100, 100],
    ['holeSize', 1, 90],
    ['firstSliceAng', 0, 360],
  ];
  for (const part of pkg.files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))) {
    const doc = pkg.doc(part);
    for (const [local, lo, hi] of ranges) {
      for (const el of elements(doc, NS.c, local)) {
        const v = Number(el.getAttribute('val'));
        if (!Number.isInteger(v) || v < lo || v > hi)
          problems.push(`${part}: c:${local} val="${el.getAttribute('val')}" outside ${lo}..${hi}`);
      }
    }
  }
  return problems;
}

function emptyActionParts(pkg: Package): string[] {
  return [...pkg.xml].filter(([, text]) => /\saction=""/.test(text)).map(([part]) => part);
}

// ---------------------------------------------------------------------------------------------
// The bundled reports

const shanxi = loadBundled('shanxi-2025');
const china = loadBundled('china-2025');

const CASES: { name: string; deck: () => Deck }[] = [
  ...THEME_IDS.map((theme) => ({ name: `Shanxi 2025, ${theme} theme`, deck: () => compileDeck(shanxi, { theme }) })),
  ...THEME_IDS.map((theme) => ({ name: `China 2025, ${theme} theme`, deck: () => compileDeck(china, { theme }) })),
  { name: 'Shanxi 2025 compared with China 2025', deck: () => compileDeck(shanxi, { compareWith: china }) },
];

describe.each(CASES)('exportPptx: $name', ({ deck: makeDeck }) => {
  let x: Exported;
  let slides: SlideView[];
  beforeAll(async () => {
    x = await exportAndRead(makeDeck());
    slides = x.pkg.slides();
  }, 60_000);

  it('has the deck’s slides in the deck’s order (sldIdLst → relationships → slide parts), each showing its title', () => {
    expect(slides).toHaveLength(x.deck.slides.length);
    expect(new Set(slides.map((s) => s.part)).size).toBe(slides.length);
    x.deck.slides.forEach((s, i) => {
      expect(squash(slides[i]!.text), `slide ${i + 1} (${s.id}) should show its title "${s.title}"`).toContain(
        squash(s.title),
      );
    });
  });

  it('shows every figure of each deck slide: emphasised runs as slide text, chart figures in the chart part', () => {
    const missing: string[] = [];
    x.deck.slides.forEach((s, i) => {
      const text = squash(slides[i]!.text);
      for (const f of figureRuns(s))
        if (!text.includes(squash(f.text))) missing.push(`slide ${i + 1} (${s.id}) ${f.where}: "${f.text}"`);
    });
    expect(missing).toEqual([]);
  });

  it('caches each chart’s deck values and labels (numCache values, category caches)', () => {
    let seen = 0;
    x.deck.slides.forEach((s, i) => {
      const want = deckCharts(s);
      const got = slides[i]!.charts;
      expect(
        got.map((c) => c.plot),
        `slide ${i + 1} (${s.id}) charts`,
      ).toEqual(want.map((c) => (c.chartKind === 'bar' ? 'barChart' : 'doughnutChart')));
      want.forEach((el, k) => {
        const { values, labels } = chartSeries(el);
        expect(got[k]!.values, `${got[k]!.part} values`).toEqual(values);
        expect(got[k]!.categories, `${got[k]!.part} categories`).toEqual(labels);
        seen++;
      });
    });
    expect(seen).toBe(x.report.charts);
  });

  it('prints each bar’s figure in the report’s wording: the live number format when it prints every display, else per-point labels', () => {
    // The rule (pptx.ts, barPointLabels): a chart keeps the label format General"<unit>" (labels
    // follow values edited in PowerPoint) when it prints every bar's display exactly; otherwise
    // ("6%以上", "5%左右", mixed units, "5.20%") every bar gets its display as a per-point label.
    // Worded displays: pptx.bar-labels-in-the-reports-wording.test.ts.
    x.deck.slides.forEach((s, i) => {
      deckCharts(s).forEach((el, k) => {
        if (el.chartKind !== 'bar') return;
        const chart = slides[i]!.charts[k]!;
        const displays = el.data.map((d) => d.display);
        expect(chart.labelFormat, chart.part).toBe(el.unit ? `General"${el.unit}"` : 'General');
        const perPoint = barPointLabels(el);
        if (perPoint) expect(chart.pointLabels, chart.part).toEqual(displays);
        else {
          expect(chart.pointLabels, chart.part).toEqual([]);
          expect(chart.values.map((v) => `${v}${el.unit}`)).toEqual(displays);
        }
      });
    });
  });

  it('gives every slide its notes slide, holding the deck’s notes and sources', () => {
    x.deck.slides.forEach((s, i) => {
      const view = slides[i]!;
      expect(view.notesPart, `slide ${i + 1} (${s.id}) has no notes slide`).toBeDefined();
      expect(
        x.pkg.rels(view.notesPart!).find((r) => r.type === REL_TYPE + 'slide')?.target,
        `${view.notesPart} points back at its slide`,
      ).toBe(view.part);
      expect(view.notesText!.trim().length).toBeGreaterThan(0);
      expect(view.notesText).toBe(notesText(s));
      expect(view.notesText).toContain(s.notes);
      for (const src of s.sources) expect(view.notesText).toContain(src.quote);
    });
  });

  it('marks exactly the deck’s hidden slides show="0"', () => {
    expect(slides.map((s) => s.hidden)).toEqual(x.deck.slides.map((s) => s.hidden));
    expect(x.report.hiddenSlides).toBe(x.deck.slides.filter((s) => s.hidden).length);
  });

  it('parses every XML part with a real XML parser', () => {
    expect(x.pkg.xml.size).toBeGreaterThan(x.deck.slides.length * 2);
    expect(xmlParseProblems(x.pkg)).toEqual([]);
  });

  it('content types: every Override names an existing part, every part has a content type', () => {
    expect(contentTypeProblems(x.pkg)).toEqual([]);
  });

  it('relationships: every internal target is a part of the package', () => {
    expect(relationshipProblems(x.pkg)).toEqual([]);
  });

  it('names the East Asian typeface (微软雅黑) for the theme’s major and minor fonts', () => {
    const fonts = themeFonts(x.pkg);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts)
      expect(f, f.part).toEqual({ part: f.part, major: DEFAULT_PPTX_FONT, minor: DEFAULT_PPTX_FONT });
  });

  it('has no XML control characters in any part, raw or as character references (embedded spreadsheets too)', async () => {
    expect(await controlCharProblems(x.pkg)).toEqual([]);
  });

  it('2-D bar charts have exactly two axis ids, both defined; no action="" anywhere', () => {
    expect(strayAxisProblems(x.pkg)).toEqual([]);
    expect(emptyActionParts(x.pkg)).toEqual([]);
  });

  it('keeps chart attributes within the schema’s ranges (gapWidth, holeSize, …)', () => {
    expect(chartRangeProblems(x.pkg)).toEqual([]);
  });

  it('document properties: core.xml has title, subject and creator; app.xml’s Company has no raw "&"', () => {
    const core = x.pkg.doc('docProps/core.xml');
    const dc = (name: string) => elements(core, NS.dc, name)[0]?.textContent ?? '';
    expect(dc('title')).toBe(x.deck.meta.title);
    expect(dc('subject')).toBe(x.deck.meta.subject);
    expect(dc('creator')).toBe(x.deck.meta.author);
    for (const v of [dc('title'), dc('subject'), dc('creator')]) expect(v.trim()).not.toBe('');
    const app = x.pkg.text('docProps/app.xml');
    const company = /<Company>([\s\S]*?)<\/Company>/.exec(app)?.[1];
    expect(company).toBeDefined();
    expect(company).not.toContain('&');
    expect(elements(x.pkg.doc('docProps/app.xml'), NS.ep, 'Company')[0]?.textContent).toBe(x.deck.meta.region);
  });

  it('reports what it wrote: slides, hidden slides, charts, bytes', () => {
    expect(x.report.slides).toBe(x.deck.slides.length);
    expect(x.report.charts).toBe(x.deck.slides.flatMap(deckCharts).length);
    expect(x.report.bytes).toBe(x.bytes.length);
    expect(x.pkg.files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(x.report.charts);
  });
});

describe('exportPptx: options', () => {
  it('uses a custom --font value for text runs, charts and the theme’s East Asian typeface', async () => {
    const font = 'Noto Sans SC';
    const x = await exportAndRead(compileDeck(china), { fontFace: font });
    for (const f of themeFonts(x.pkg)) expect(f).toEqual({ part: f.part, major: font, minor: font });
    const slides = x.pkg.slides();
    // Runs name the font for Latin and East Asian text (a run naming none takes the theme's).
    const faces = new Set(
      slides.flatMap((s) =>
        elements(s.doc, NS.a, 'rPr').flatMap((r) =>
          ['latin', 'ea'].flatMap((k) => childElements(r, NS.a, k).map((f) => f.getAttribute('typeface'))),
        ),
      ),
    );
    expect([...faces]).toEqual([font]);
    const x2 = await exportAndRead(compileDeck(shanxi), { fontFace: font });
    // Bar charts print data labels and category labels in it (the donut shows no labels of its own).
    const bars = x2.pkg.slides().flatMap((s) => s.charts.filter((c) => c.plot === 'barChart'));
    expect(bars.length).toBeGreaterThan(0);
    const chartFaces = new Set(
      bars.flatMap((c) => elements(c.doc, NS.a, 'latin').map((l) => l.getAttribute('typeface'))),
    );
    expect([...chartFaces]).toEqual([font]);
  });

  it('a font name with XML-special characters still gives a well-formed package', async () => {
    const x = await exportAndRead(compileDeck(china), { fontFace: 'Ma & "Pa" <Sans>' });
    expect(xmlParseProblems(x.pkg)).toEqual([]);
    for (const f of themeFonts(x.pkg)) expect(f.major).toBe(f.minor);
  });

  it('safeFontFace: drops what would break the XML and falls back to 微软雅黑 when nothing is left', () => {
    expect(safeFontFace('Noto Sans SC')).toBe('Noto Sans SC');
    expect(safeFontFace(' A&B "C" <D>\u0007 ')).toBe('AB C D');
    expect(safeFontFace('')).toBe(DEFAULT_PPTX_FONT);
    expect(safeFontFace('&<>"')).toBe(DEFAULT_PPTX_FONT);
    expect(safeFontFace(undefined)).toBe(DEFAULT_PPTX_FONT);
  });

  it('writes a Company containing "&" without a raw "&"', async () => {
    const x = await exportAndRead(compileDeck(china), { company: 'A&B <研究室>' });
    const company = /<Company>([\s\S]*?)<\/Company>/.exec(x.pkg.text('docProps/app.xml'))?.[1];
    expect(company).not.toContain('&');
    expect(xmlParseProblems(x.pkg)).toEqual([]);
  });

  it('calls onProgress once per slide, in order, with the total', async () => {
    const deck = compileDeck(china);
    const calls: [number, number][] = [];
    await exportPptx(deck, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual(deck.slides.map((_, i) => [i + 1, deck.slides.length]));
  });

  it('the Shanxi file stays compressed: under 300 KB', async () => {
    const { bytes } = await exportPptx(compileDeck(shanxi));
    expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile text: the schema rejects control characters, but decks are edited by hand (notes) and
// other callers may build decks; the exporter must still write a package PowerPoint opens.

const CONTROL = '\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001B\u001F';
const XML_SPECIAL = `&<>"'`;

function poisonBlock(block: TextBlock, extra: string): void {
  for (const line of block.lines)
    for (const run of line.runs) if (run.text) run.text = `${run.text.slice(0, 1)}${extra}${run.text.slice(1)}`;
}

/** A compiled Shanxi deck with `extra` inserted into every text, note, label and property. */
function poisonedDeck(extra: string): Deck {
  const deck = compileDeck(shanxi);
  deck.meta.title += extra;
  deck.meta.subject += extra;
  deck.meta.author += extra;
  deck.meta.region += extra;
  for (const s of deck.sections) s.title += extra;
  for (const s of deck.slides) {
    s.notes = `${extra}${s.notes}${extra}`;
    for (const src of s.sources) {
      src.quote += extra;
      src.displays = src.displays.map((d) => d + extra);
    }
    for (const { block } of drawnBlocks(s)) poisonBlock(block, extra);
    for (const el of s.elements) {
      if (el.kind !== 'chart') continue;
      el.unit += extra;
      for (const d of el.data) d.label += extra;
      if (el.chartKind === 'donut') {
        for (const seg of el.geometry.segments) seg.label += extra;
        if (el.remainder) el.remainder.label += extra;
      }
    }
  }
  return deck;
}

describe('exportPptx: control characters and XML-special characters in the deck', () => {
  let x: Exported;
  let slides: SlideView[];
  beforeAll(async () => {
    x = await exportAndRead(poisonedDeck(`${CONTROL}${XML_SPECIAL}\uD800`));
    slides = x.pkg.slides();
  }, 60_000);

  it('the deck really carries them (guard)', () => {
    expect(x.deck.slides.some((s) => /\u0007/.test(s.notes))).toBe(true);
    expect(
      figureRuns(x.deck.slides.find((s) => s.id === 'review-2024/innovation')!).some((r) => r.text.includes('&<>')),
    ).toBe(true);
  });

  it('writes no control character into any part, raw or as a character reference', async () => {
    expect(await controlCharProblems(x.pkg)).toEqual([]);
  });

  it('every XML part still parses, content types and relationships still hold', () => {
    expect(xmlParseProblems(x.pkg)).toEqual([]);
    expect(contentTypeProblems(x.pkg)).toEqual([]);
    expect(relationshipProblems(x.pkg)).toEqual([]);
  });

  it('keeps the text around them: every text box, figure, note and chart label arrives without the control characters', () => {
    expect(slides).toHaveLength(x.deck.slides.length);
    x.deck.slides.forEach((s, i) => {
      const text = squash(slides[i]!.text);
      expect(text).not.toMatch(RAW_CONTROL);
      for (const { where, block } of drawnBlocks(s))
        expect(text, `slide ${i + 1} ${where}`).toContain(squash(stripControlChars(blockText(block))));
      for (const f of figureRuns(s)) expect(text).toContain(squash(f.text));
      expect(slides[i]!.notesText).toBe(notesText(s));
      expect(slides[i]!.notesText).toContain(stripControlChars(s.notes));
      deckCharts(s).forEach((el, k) => {
        expect(slides[i]!.charts[k]!.categories).toEqual(chartSeries(el).labels);
        // The unit now carries junk the number format would print: each bar is labelled with its display.
        if (el.chartKind === 'bar' && el.data.length > 0)
          expect(slides[i]!.charts[k]!.pointLabels).toEqual(el.data.map((d) => stripControlChars(d.display)));
      });
    });
    const core = x.pkg.doc('docProps/core.xml');
    expect(elements(core, NS.dc, 'title')[0]?.textContent).toBe(stripControlChars(x.deck.meta.title));
  });

  it('Company keeps no raw "&" and no control character', () => {
    const company = /<Company>([\s\S]*?)<\/Company>/.exec(x.pkg.text('docProps/app.xml'))?.[1] ?? '';
    expect(company).not.toContain('&');
    expect(company).not.toMatch(RAW_CONTROL);
  });
});

// ---------------------------------------------------------------------------------------------
// Edge-case reports (tests/generators/edge-reports.ts), trimmed so the suite stays quick: empty
// sections, 2,000-character items, 200-character labels, emoji and Latin text, negative bars,
// donut shares of exactly 100, many charts.

function trimmed(report: Report): Report {
  const r = structuredClone(report);
  for (const s of r.sections) {
    if (s.kind === 'review') s.themes = s.themes.slice(0, 2);
    if (s.kind === 'projects') s.projects = s.projects.slice(0, 12);
  }
  return r;
}

describe('exportPptx: edge-case reports', () => {
  it.each(edgeReports().map(({ name, report }) => ({ name, report })))(
    '$name: a well-formed package with the deck’s slides, titles, notes and charts',
    async ({ report }) => {
      const deck = compileDeck(trimmed(report));
      const x = await exportAndRead(deck);
      const slides = x.pkg.slides();
      expect(slides).toHaveLength(deck.slides.length);
      expect(xmlParseProblems(x.pkg)).toEqual([]);
      expect(contentTypeProblems(x.pkg)).toEqual([]);
      expect(relationshipProblems(x.pkg)).toEqual([]);
      expect(strayAxisProblems(x.pkg)).toEqual([]);
      expect(chartRangeProblems(x.pkg)).toEqual([]);
      expect(await controlCharProblems(x.pkg)).toEqual([]);
      deck.slides.forEach((s, i) => {
        // Long titles are ellipsised on the slide: every text box's deck text must arrive.
        for (const { where, block } of drawnBlocks(s))
          expect(squash(slides[i]!.text), `${s.id} ${where}`).toContain(squash(blockText(block)));
        expect(slides[i]!.notesText).toBe(notesText(s));
        expect(slides[i]!.hidden).toBe(s.hidden);
        const text = squash(slides[i]!.text);
        for (const f of figureRuns(s)) expect(text, `${s.id} ${f.where}`).toContain(squash(f.text));
        deckCharts(s).forEach((el, k) => {
          const { values, labels } = chartSeries(el);
          expect(slides[i]!.charts[k]!.values).toEqual(values);
          expect(slides[i]!.charts[k]!.categories).toEqual(labels);
        });
      });
    },
  );
});
