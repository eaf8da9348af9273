/**
 * exportPptx (core/export/pptx.ts + pptx/postprocess.ts): the PowerPoint file says what the deck
 * says, and is a package PowerPoint and WPS open without offering "Repair". Each bundled report
 * (Shanxi, China; three themes; Shanxi compared with China) is exported, unzipped with JSZip and
 * read with a real XML parser; the slides are found as a viewer finds them (presentation.xml's
 * sldIdLst → its relationships → slide parts), never by file name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { THEME_IDS } from '../deck/themes';
import type { Deck } from '../deck/types';
import { spokenNotes } from '../deck/speaker-notes';
import { barPointLabels, DEFAULT_PPTX_FONT, exportPptx, notesText, safeFontFace } from './pptx';
import { NS, REL_TYPE, elements, childElements, squash, type SlideView } from '../../tests/support/pptx/package-reader';
import {
  loadBundled,
  deckCharts,
  figureRuns,
  chartSeries,
  type Exported,
  exportAndRead,
  xmlParseProblems,
  controlCharProblems,
  contentTypeProblems,
  relationshipProblems,
  themeFonts,
  strayAxisProblems,
  chartRangeProblems,
  emptyActionParts,
} from '../../tests/support/pptx/package-checks';

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
      expect(view.notesText).toContain(spokenNotes(s));
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
