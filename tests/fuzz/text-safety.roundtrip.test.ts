/**
 * Text safety, end to end: a report whose strings carry RTL marks, emoji (astral, skin tone, ZWJ
 * family, flag, variation selector), a rare ideograph outside the BMP, a 200-character word, a
 * long URL and HTML/XML-like text (`<script>`, `&amp;`, `]]>`, `<![CDATA[`, a closing `</a:t>`,
 * quotes) goes JSON file → loadReport → compileDeck → PPTX and PDF, and comes back literally:
 *   - the loader and the deck keep every string as written (no unescaping, no markup);
 *   - PPTX: every XML part parses strictly, every text box, note, chart label and document
 *     property holds exactly the deck's text (control characters stripped, lone surrogates as
 *     U+FFFD — core/export/text-safety.ts), and no element the text spelled out (`script`, an
 *     extra `a:t`) exists;
 *   - PDF: pdf.js extracts the literal strings; what the deck font cannot draw (emoji, RTL marks,
 *     ZWJ, variation selectors, control characters) is left out with a warning naming each, and
 *     the rare ideograph is drawn through a Private Use Area stand-in, with a warning — the
 *     behaviour core/export/pdf/write.ts documents.
 * Control characters cannot come from a report (the schema rejects them, tested here too), so
 * they are injected into the compiled deck's texts and notes, as a hand-edited briefing could.
 * On screen, React renders these strings as text (the browser tests render every slide).
 */
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../core/deck/compile';
import type { Deck, Slide, TextBlock } from '../../core/deck/types';
import { fontHasGlyph } from '../../core/export/fonts';
import { exportPdf, type PdfExportResult } from '../../core/export/pdf';
import { layoutSlides } from '../../core/export/pdf/deck-layouts';
import { DisplayList } from '../../core/export/pdf/display-list';
import { exportPptx, notesText } from '../../core/export/pptx';
import { stripControlChars } from '../../core/export/text-safety';
import { notoSansScMetrics } from '../../core/fonts/metrics';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { loadReport } from '../../core/report/load';
import type { Report } from '../../core/report/schema';
import { blockString, slideBlocks } from '../generators/deck-checks';
import { HOSTILE, HOSTILE_KEYS, hostileReport } from '../generators/hostile-report';
import { pdfDrawnText, pdfPageTexts, squash, STAND_IN } from '../support/pdf-text';
import { chartCategories, elementsNamed, readPptx, type PptxRead } from '../support/pptx-read';

const fonts = readExportFonts();

/** Injected into the compiled deck: C0 controls, DEL and a lone surrogate. */
const CONTROL = '\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001B\u001F\u007F\uD800';

/** Blocks the PPTX draws as text boxes (bar values and category labels are the native chart's). */
function pptxTextBlocks(slide: Slide): { where: string; block: TextBlock }[] {
  return slideBlocks(slide).filter(({ where }) => {
    const el = slide.elements[Number(/#(\d+)/.exec(where)![1])]!;
    if (el.kind === 'text') return el.role !== 'page-number';
    if (el.kind === 'chart' && el.chartKind === 'bar') return where.endsWith('.title');
    return true;
  });
}

/** Fields of a report that the deck lays out as text (ids, keys, dates and displays stay clean). */
const LAID_OUT = new Set([
  'title',
  'region',
  'text',
  'indicator',
  'statement',
  'label',
  'meeting',
  'by',
  'subtitle',
  'remainderLabel',
]);

/**
 * The report with CONTROL after the first character of every laid-out text: what compileDeck gets
 * from a caller that skips the loader (the schema would refuse it), so the deck is laid out with
 * the control characters in it (measured 1 em each, as any character the font lacks), exactly as
 * a briefing's hand-typed cover wording is. Notes get them after compiling.
 */
function withControlChars(r: Report): Report {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, c]) => {
        if (LAID_OUT.has(k) && typeof c === 'string' && c.length > 1) {
          const first = String.fromCodePoint(c.codePointAt(0)!);
          return [k, `${first}${CONTROL}${c.slice(first.length)}`];
        }
        return [k, walk(c)];
      }),
    );
  };
  return walk(r) as Report;
}

function hostileDeck(): Deck {
  const deck = compileDeck(withControlChars(report));
  for (const s of deck.slides) s.notes = `${CONTROL}${s.notes}${CONTROL}`;
  return deck;
}

const report = hostileReport();
const KEYS = HOSTILE_KEYS;
const json = JSON.stringify(report, null, 2);

describe('hostile strings: the report and the deck keep them literally', () => {
  it('the report file loads without errors, every string as written', () => {
    const loaded = loadReport('hostile.json', new TextEncoder().encode(json), { provenance: 'error' });
    expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.code} ${e.message.en}`)).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.report).toEqual(report);
    expect(JSON.stringify(loaded.report)).toContain(JSON.stringify(HOSTILE.closeRun).slice(1, -1));
  });

  it('a raw control character in a report is refused with a positioned error, not carried on', () => {
    const bad = json.replace('"text": "摘要', '"text": "摘\\u0007要');
    const loaded = loadReport('hostile.json', bad);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.code)).toContain('control-character');
    const line = bad.split('\n').findIndex((l) => l.includes('摘\\u0007要')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(loaded.errors.find((e) => e.code === 'control-character')!.line).toBe(line);
  });

  it('compileDeck shows every string literally on its slides (what the screen renders as text)', () => {
    const deck = compileDeck(report);
    const shown = squash(deck.slides.flatMap((s) => slideBlocks(s).map((b) => blockString(b.block))).join(''));
    for (const key of KEYS) expect(shown, key).toContain(squash(HOSTILE[key]));
    // And nothing was decoded on the way: the entity text is still an entity, not "&<A".
    expect(shown).not.toContain('&<A');
  });
});

describe('hostile strings through PPTX', () => {
  let deck: Deck;
  let pkg: PptxRead;
  beforeAll(async () => {
    deck = hostileDeck();
    pkg = readPptx((await exportPptx(deck)).bytes);
  }, 60_000);

  it('the deck really carries control characters (guard)', () => {
    expect(deck.slides.every((s) => s.notes.includes('\u0007'))).toBe(true);
    expect(deck.slides.some((s) => slideBlocks(s).some((b) => blockString(b.block).includes('\u0007')))).toBe(true);
  });

  it('every XML part parses strictly, the embedded workbooks’ too', () => {
    expect(pkg.parseProblems).toEqual([]);
    expect([...pkg.docs.keys()].some((p) => p.includes('.xlsx!'))).toBe(true);
  });

  it('no markup the text spelled out became an element: no script, no extra runs', () => {
    for (const [part, doc] of pkg.docs) expect(elementsNamed(doc, 'script'), part).toEqual([]);
    // "injected" stays inside the text of the run that holds "</a:t></a:r><a:r><a:t>".
    let seen = 0;
    for (const view of pkg.slides)
      for (const t of Array.from(view.doc.getElementsByTagName('a:t')))
        if ((t.textContent ?? '').includes('injected')) {
          seen++;
          expect(t.textContent).toContain('</a:t></a:r><a:r><a:t>injected');
        }
    expect(seen).toBeGreaterThan(0);
  });

  it('every text box of every slide holds the deck’s text exactly, control characters stripped', () => {
    expect(pkg.slides).toHaveLength(deck.slides.length);
    const wrong: string[] = [];
    deck.slides.forEach((slide, i) => {
      const text = pkg.slides[i]!.text;
      for (const { where, block } of pptxTextBlocks(slide)) {
        const want = stripControlChars(blockString(block));
        if (!text.includes(want)) wrong.push(`${slide.id} ${where}: "${want.slice(0, 60)}"`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('every hostile string arrives on a slide as written', () => {
    const all = squash(pkg.slides.map((s) => s.text).join(''));
    for (const key of KEYS) expect(all, key).toContain(squash(HOSTILE[key]));
    expect(all).toContain('\uFFFD'); // the lone surrogate, marked
    expect(all).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  });

  it('notes and sources arrive exactly (control characters stripped), with every hostile string', () => {
    deck.slides.forEach((slide, i) => expect(pkg.slides[i]!.notes, slide.id).toBe(notesText(slide)));
    const notes = pkg.slides.map((s) => s.notes ?? '').join('\n');
    for (const key of KEYS) expect(notes, key).toContain(HOSTILE[key]);
  });

  it('chart labels arrive in the chart cache and the embedded workbook as written', () => {
    const bar = deck.slides.findIndex((s) => s.elements.some((e) => e.kind === 'chart' && e.chartKind === 'bar'));
    expect(bar).toBeGreaterThanOrEqual(0);
    const el = deck.slides[bar]!.elements.find((e) => e.kind === 'chart')!;
    if (el.kind !== 'chart') return;
    const labels = el.data.map((d) => stripControlChars(d.label));
    expect(labels.some((l) => l.endsWith('标script'))).toBe(true);
    const chartPart = pkg.slides[bar]!.chartParts[0]!;
    expect(chartCategories(pkg.docs.get(chartPart)!)).toEqual(labels);
    const shared = [...pkg.docs]
      .filter(([p]) => p.endsWith('.xlsx!xl/sharedStrings.xml'))
      .map(([, d]) => drawnTextOfSheet(d));
    for (const l of labels)
      expect(
        shared.some((s) => s.includes(l)),
        l,
      ).toBe(true);
  });

  it('document properties hold the title as written', () => {
    const core = pkg.docs.get('docProps/core.xml')!;
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(stripControlChars(deck.meta.title));
    expect(stripControlChars(deck.meta.title)).toContain(HOSTILE.script);
  });
});

/** The strings of a workbook's sharedStrings part. */
function drawnTextOfSheet(doc: XmlDocument): string {
  const t = doc.getElementsByTagName('t');
  return Array.from({ length: t.length }, (_, i) => t.item(i)!.textContent ?? '').join('\n');
}

describe('hostile strings through PDF', () => {
  let deck: Deck;
  let slides: PdfExportResult;
  let slidePages: string[];
  let notesPages: string[];
  beforeAll(async () => {
    deck = hostileDeck();
    slides = await exportPdf(deck, { layout: 'slides', fonts });
    slidePages = await pdfPageTexts(slides.bytes);
    notesPages = await pdfPageTexts((await exportPdf(deck, { layout: 'notes', fonts })).bytes);
  }, 60_000);

  it('pdf.js reads it: one page per slide', () => {
    expect(slidePages).toHaveLength(deck.slides.length);
  });

  it('the HTML/XML-like text, quotes, the long word and the URL come out literally', () => {
    const all = slidePages.join('');
    for (const key of [
      'script',
      'entity',
      'cdataEnd',
      'cdataStart',
      'closeRun',
      'quotes',
      'apostrophe',
      'longWord',
      'url',
    ] as const) {
      expect(pdfDrawnText(HOSTILE[key], 'regular', fonts), key).toBe(squash(HOSTILE[key]));
      expect(all, key).toContain(squash(HOSTILE[key]));
    }
    expect(all).not.toContain('&<A');
  });

  it('every text block of every slide is on its page as the exporter documents (left-outs and stand-ins)', () => {
    const wrong: string[] = [];
    deck.slides.forEach((slide, i) => {
      for (const { where, block } of slideBlocks(slide)) {
        const want = pdfDrawnText(blockString(block), block.weight, fonts);
        if (!slidePages[i]!.includes(want)) wrong.push(`${slide.id} ${where}: "${want.slice(0, 60)}"`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('what the font cannot draw is left out, the rest of the text kept in order', () => {
    const all = slidePages.join('');
    // U+200F, the Arabic word and U+202E left out between "AB" and "C"; the emoji the font lacks
    // left out around ☀ (which it draws).
    expect(all).toContain('第8项ABC增长12%。');
    expect(all).toContain(pdfDrawnText(HOSTILE.emoji, 'regular', fonts));
    expect(pdfDrawnText(HOSTILE.emoji, 'regular', fonts)).toBe('☀');
  });

  it('…and a warning per face counts exactly the characters it could not draw, naming them (the first 12) by code point', () => {
    const list = new DisplayList();
    layoutSlides(list, deck, {
      metrics: notoSansScMetrics,
      includeHidden: true,
      hiddenTag: '备用',
      dateLine: undefined,
    });
    for (const weight of ['regular', 'bold'] as const) {
      const lacking = new Set<number>();
      for (const page of list.pages)
        for (const op of page.ops)
          if (op.op === 'text' && op.weight === weight)
            for (const ch of op.text) {
              const cp = ch.codePointAt(0)!;
              if (!fontHasGlyph(fonts[weight], cp)) lacking.add(cp);
            }
      const face = weight === 'bold' ? 'NotoSansSC-Bold' : 'NotoSansSC-Regular';
      const warning = slides.report.warnings.find((w) => w.includes(`（${face}）缺少`));
      expect(warning, face).toBeDefined();
      expect(Number(/缺少 (\d+) 个字符/.exec(warning!)![1]), face).toBe(lacking.size);
      const named = [...lacking].sort((a, b) => a - b).slice(0, 12);
      for (const cp of named) expect(warning, face).toContain(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
      if (lacking.size > 12) expect(warning).toContain(`等 ${lacking.size} 个`);
    }
    // Everything hostile the font lacks is among them: RTL marks, Arabic, ZWJ, VS16, emoji, C0, DEL.
    const text = slides.report.warnings.join('\n');
    expect(text).toMatch(/缺少 \d+ 个字符/);
  });

  it('the rare ideograph outside the BMP is drawn through a stand-in, with a warning', () => {
    expect(slidePages.join('')).toContain(`李${STAND_IN}`);
    expect(slides.report.warnings.join('\n')).toMatch(/U\+20087/);
  });

  it('notes pages carry the notes’ hostile strings literally', () => {
    const all = notesPages.join('');
    for (const key of ['script', 'entity', 'cdataEnd', 'closeRun', 'quotes', 'apostrophe', 'url'] as const)
      expect(all, key).toContain(squash(HOSTILE[key]));
  });
});
