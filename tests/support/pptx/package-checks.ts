/**
 * What the deck shows and what a package must satisfy (tests): drawn blocks and figures, and the
 * package problems PowerPoint or WPS would offer to repair.
 */
import JSZip from 'jszip';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartElement, Deck, Slide, TextBlock } from '../../../core/deck/types';
import { loadReportFile } from '../../../core/node/report-file';
import type { Report } from '../../../core/report/schema';
import { exportPptx, type PptxReport } from '../../../core/export/pptx';
import { stripControlChars } from '../../../core/export/text-safety';
import { NS, elements, childElements, XML_PART, RAW_CONTROL, CONTROL_REF, Package } from './package-reader';

// ---------------------------------------------------------------------------------------------
// What the deck shows

export const reportPath = (name: string) =>
  fileURLToPath(new URL(`../../../data/reports/${name}.json`, import.meta.url));

export function loadBundled(name: string): Report {
  const r = loadReportFile(reportPath(name));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

export const deckCharts = (slide: Slide) => slide.elements.filter((e): e is ChartElement => e.kind === 'chart');

/**
 * Text blocks the PPTX draws as text boxes (a bar chart's value and category labels are drawn by
 * the native chart from its data; the slide number is a live field).
 */
export function drawnBlocks(slide: Slide): { where: string; block: TextBlock }[] {
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

export const blockText = (block: TextBlock) => block.lines.map((l) => l.runs.map((r) => r.text).join('')).join('');

/** The figures a slide shows as text: the emphasised runs of its drawn blocks. */
export function figureRuns(slide: Slide): { where: string; text: string }[] {
  return drawnBlocks(slide).flatMap(({ where, block }) =>
    block.lines.flatMap((l) =>
      l.runs.filter((r) => r.emphasis && r.text.trim() !== '').map((r) => ({ where, text: stripControlChars(r.text) })),
    ),
  );
}

/** The values and labels a deck chart gives its native chart: bars, or donut segments (the rest included). */
export function chartSeries(el: ChartElement): { values: number[]; labels: string[] } {
  if (el.chartKind === 'bar')
    return { values: el.data.map((d) => d.value), labels: el.data.map((d) => stripControlChars(d.label)) };
  return {
    values: el.geometry.segments.map((s) => s.value ?? el.remainder!.value),
    labels: el.geometry.segments.map((s) => stripControlChars(s.label)),
  };
}

export interface Exported {
  deck: Deck;
  bytes: Uint8Array;
  report: PptxReport;
  pkg: Package;
}

export async function exportAndRead(deck: Deck, options: Parameters<typeof exportPptx>[1] = {}): Promise<Exported> {
  const { bytes, report } = await exportPptx(deck, options);
  return { deck, bytes, report, pkg: await Package.read(bytes) };
}

// ---------------------------------------------------------------------------------------------
// Package-level rules, shared by every exported deck

export function xmlParseProblems(pkg: Package): string[] {
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
export async function controlCharProblems(pkg: Package): Promise<string[]> {
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

export function contentTypeProblems(pkg: Package): string[] {
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
export function relationshipProblems(pkg: Package): string[] {
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

export function themeFonts(pkg: Package): { part: string; major: string | null; minor: string | null }[] {
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
export function strayAxisProblems(pkg: Package): string[] {
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
export function chartRangeProblems(pkg: Package): string[] {
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

export function emptyActionParts(pkg: Package): string[] {
  return [...pkg.xml].filter(([, text]) => /\saction=""/.test(text)).map(([part]) => part);
}
