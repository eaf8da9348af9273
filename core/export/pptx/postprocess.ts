/**
 * Repairs of pptxgenjs output, done on the zip (library-notes.md lists the defects, each with
 * its upstream issue), and what pptxgenjs cannot write (per-point data label texts). Each repair is a small function of one part's XML, so each is testable,
 * and the whole runs in Node and a Web Worker alike (JSZip).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { stripControlChars } from '../text-safety';
import { compactPart } from './compact';
import { TEXT_PART } from './package-parts';

/** pptxgenjs's id for a series axis it adds to every 2-D bar/line chart (#1534). */
const STRAY_AXIS_ID = '2094734556';

/**
 * The theme's East Asian typeface is empty, so Chinese in charts (titles, axes, labels) falls back
 * to the viewer's default font (#1420). Name ours for the major and minor fonts.
 */
export function setThemeEastAsianFont(themeXml: string, typeface: string): string {
  const face = escapeXmlAttr(typeface);
  return themeXml.replace(/<a:ea typeface="[^"]*"\s*\/>/g, `<a:ea typeface="${face}"/>`);
}

/** Removes the third axis id from 2-D bar and line charts, which PowerPoint rejects (#1534). */
export function removeStrayAxisId(chartXml: string): string {
  const stray = new RegExp(
    `(<c:(?:bar|line)Chart>[\\s\\S]*?)<c:axId val="${STRAY_AXIS_ID}"\\/>([\\s\\S]*?<\\/c:(?:bar|line)Chart>)`,
    'g',
  );
  return chartXml.replace(stray, '$1$2');
}

/**
 * Two defects in pptxgenjs's bar series, repaired per clustered bar chart:
 * - its option check inverts the stacked/clustered test and drops `dataLabelPosition: 'outEnd'`
 *   for clustered bars, so no position is written and the viewer picks one; the deck draws each
 *   figure above its bar, so outEnd is written (only where the labels name no position);
 * - it writes the per-bar colours (`<c:dPt>`) after `<c:dLbls>`, but CT_BarSer orders them
 *   idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt*, dLbls, …: the points go first.
 */
export function repairClusteredBarSeries(chartXml: string): string {
  return chartXml.replace(/<c:barChart>[\s\S]*?<\/c:barChart>/g, (plot) => {
    if (!/<c:grouping val="clustered"\/>/.test(plot)) return plot;
    return plot.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
      let out = ser;
      const labels = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(out);
      if (labels) {
        const points = out.slice(labels.index + labels[0].length).match(/<c:dPt>[\s\S]*?<\/c:dPt>/g) ?? [];
        if (points.length > 0) {
          const after = out.slice(labels.index + labels[0].length).replace(/\s*<c:dPt>[\s\S]*?<\/c:dPt>/g, '');
          out = out.slice(0, labels.index) + points.join('') + labels[0] + after;
        }
      }
      return out.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, (group) => {
        // Only the group's own settings: per-point <c:dLbl> children carry their own position.
        const own = group.replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, '');
        if (/<c:dLblPos /.test(own) || !/<c:showVal val="1"\/>/.test(own)) return group;
        const at = group.lastIndexOf('<c:showLegendKey');
        return at < 0 ? group : group.slice(0, at) + '<c:dLblPos val="outEnd"/>' + group.slice(at);
      });
    });
  });
}

/** Empty link actions break WPS (#1262). */
export function removeEmptyActions(xml: string): string {
  return xml.replace(/\s+action=""/g, '');
}

/** Control characters that slipped into any part (as raw characters or character references). */
export function stripXmlControlChars(xml: string): string {
  return stripControlChars(xml).replace(
    /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/g,
    '',
  );
}

/**
 * Raw U+2028/U+2029 (pptxgenjs writes them as they are) as references, in any part: XML 1.0 keeps
 * them, but a reader that normalises line ends the XML 1.1 way turns them into "\n".
 */
export function separatorsAsReferences(xml: string): string {
  return xml.replace(/\u2028/g, '&#x2028;').replace(/\u2029/g, '&#x2029;');
}

function escapeXmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Text as XML character data: control characters dropped (text-safety), `&`, `<` and `>` escaped
 * (so "]]>" cannot occur either), and CR, U+2028 and U+2029 written as references (a parser turns
 * a raw CR into LF, and an XML 1.1-minded one does the same to the separators).
 */
export function escapeXmlText(s: string): string {
  return (
    stripControlChars(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\r/g, '&#13;')
      // Line and paragraph separators as references too: a reader that normalises line ends the
      // XML 1.1 way (xmldom does) turns a raw U+2028 into "\n"; a reference keeps it.
      .replace(/\u2028/g, '&#x2028;')
      .replace(/\u2029/g, '&#x2029;')
  );
}

/**
 * Per-point data labels with the given texts, one per bar, in the first series of a bar chart
 * (see exportPptx for when they are used). Each `<c:dLbl>` carries the text as rich text in the
 * series labels' own run properties (size, bold, colour, font), their position, and the show*
 * flags, in the order of CT_DLbl (ECMA-376 dml-chart.xsd): idx, tx, dLblPos, showLegendKey,
 * showVal, showCatName, showSerName, showPercent, showBubbleSize. They go first in `<c:dLbls>`
 * (CT_DLbls: dLbl*, then the group settings, which stay for the value a label is deleted to).
 * Labels written by an earlier pass are replaced, so the repair can run twice.
 *
 * Throws when the chart is not shaped as expected or the texts do not match its points one for
 * one: a label on the wrong bar, or a bar falling back to a format that misstates it, is worse
 * than no file.
 */
export function setPointLabels(chartXml: string, texts: readonly string[]): string {
  const plot = chartXml.indexOf('<c:barChart>');
  const serStart = plot < 0 ? -1 : chartXml.indexOf('<c:ser>', plot);
  const serEnd = serStart < 0 ? -1 : chartXml.indexOf('</c:ser>', serStart);
  if (serEnd < 0) throw new Error('setPointLabels: no bar series in the chart part');
  const ser = chartXml.slice(serStart, serEnd);
  // The series' own labels: the first <c:dLbls> in the series (its tx, spPr, dPt hold none).
  const open = ser.indexOf('<c:dLbls>');
  const close = open < 0 ? -1 : ser.indexOf('</c:dLbls>', open);
  if (close < 0) throw new Error('setPointLabels: the bar series has no data labels');
  const valCount = /<c:val>[\s\S]*?<c:ptCount val="(\d+)"\/>/.exec(ser)?.[1];
  if (valCount === undefined || Number(valCount) !== texts.length) {
    throw new Error(`setPointLabels: ${texts.length} labels for ${valCount ?? 'an unknown number of'} points`);
  }
  const bodyStart = open + '<c:dLbls>'.length;
  const group = ser.slice(bodyStart, close).replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, '');
  const rPr = /<c:txPr>[\s\S]*?<a:defRPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:defRPr>)/.exec(group);
  const attrs = (rPr?.[1] ?? '').replace(/\s+lang="[^"]*"/, '').trim();
  const props = (rPr?.[2] ?? '').trim();
  const pos = /<c:dLblPos val="[^"]*"\/>/.exec(group)?.[0] ?? '';
  const defRPr = `<a:defRPr${attrs ? ' ' + attrs : ''}>${props}</a:defRPr>`;
  const labels = texts
    .map(
      (text, i) =>
        `<c:dLbl><c:idx val="${i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${defRPr}</a:pPr>` +
        `<a:r><a:rPr lang="zh-CN"${attrs ? ' ' + attrs : ''}>${props}</a:rPr><a:t>${escapeXmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
        `${pos}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
    )
    .join('');
  return (
    chartXml.slice(0, serStart) + ser.slice(0, bodyStart) + labels + group + ser.slice(close) + chartXml.slice(serEnd)
  );
}

/**
 * Chart parts in the order pptxgenjs created them. Its chart counter is global to the module (it
 * does not restart per presentation: a second export in the same process starts at chart23.xml),
 * but it only grows, so sorting a package's chart parts by number gives the order of addChart.
 */
export function chartPartsInOrder(partNames: readonly string[]): string[] {
  return partNames
    .map((name) => ({ name, n: /^ppt\/charts\/chart(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((p): p is { name: string; n: string } => p.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((p) => p.name);
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Default content types by extension, for parts that have no Override. */
const DEFAULT_TYPES: Record<string, string> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
};

/**
 * Every Override must name an existing part (#1444: masters that do not exist), and every part
 * must have a content type (an Override or a Default for its extension).
 */
export function fixContentTypes(xml: string, partNames: readonly string[]): string {
  const parts = new Set(partNames.map((p) => '/' + p));
  let out = xml.replace(/<Override\s+PartName="([^"]+)"[^>]*\/>/g, (m, name: string) => (parts.has(name) ? m : ''));
  const defaults = new Set([...out.matchAll(/<Default\s+Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overridden = new Set([...out.matchAll(/<Override\s+PartName="([^"]+)"/g)].map((m) => m[1]!));
  const missing: string[] = [];
  for (const p of parts) {
    if (p === '/' + CONTENT_TYPES || overridden.has(p)) continue;
    const ext = p.split('.').pop()!.toLowerCase();
    if (defaults.has(ext)) continue;
    const type = DEFAULT_TYPES[ext];
    if (type) {
      missing.push(`<Default Extension="${ext}" ContentType="${type}"/>`);
      defaults.add(ext);
    }
  }
  if (missing.length > 0) out = out.replace(/(<Types[^>]*>)/, `$1${missing.join('')}`);
  return out;
}

export interface PostprocessOptions {
  eastAsianFont: string;
  /**
   * Per chart, in the order the charts were added (one entry per addChart call): the texts of
   * its per-point data labels, or undefined to keep the labels pptxgenjs wrote.
   */
  chartLabels?: readonly (readonly string[] | undefined)[];
}

/**
 * What stripXmlControlChars, removeEmptyActions or separatorsAsReferences could change: a control
 * or non-character, a surrogate (lone ones are replaced), a character reference, an empty
 * action, a line or paragraph separator.
 */
const SCRUB_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF\u2028\u2029]/;
const needsScrub = (xml: string) => SCRUB_CHARS.test(xml) || xml.includes('&#') || xml.includes('action=""');

/** Parts smaller than this are stored: deflating tiny parts costs more than it saves. */
const STORE_BELOW_BYTES = 256;

/**
 * Applies every repair to the package's parts and writes the archive, compressed: the one zip
 * pass of an export (exportPptx hands over pptxgenjs's parts before they are zipped). fflate,
 * synchronous: JSZip's deflate was half the export time (measured: 80–120 ms of ~300 ms for the
 * Shanxi deck).
 */
export function zipRepairedParts(
  files: Readonly<Record<string, Uint8Array | string>>,
  options: PostprocessOptions,
): Uint8Array {
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const pointLabels = new Map<string, readonly string[]>();
  if (options.chartLabels?.some((l) => l !== undefined)) {
    const charts = chartPartsInOrder(names);
    if (charts.length !== options.chartLabels.length) {
      throw new Error(
        `postprocessPptx: ${options.chartLabels.length} charts expected, the package has ${charts.length}`,
      );
    }
    charts.forEach((part, i) => {
      const texts = options.chartLabels![i];
      if (texts) pointLabels.set(part, texts);
    });
  }
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const out: Zippable = {};
  for (const name of names) {
    const part = files[name]!;
    let data: Uint8Array;
    if (typeof part === 'string' || TEXT_PART.test(name)) {
      const before = typeof part === 'string' ? part : decoder.decode(part);
      // The scrubbing passes only where there is something to scrub: one scan finds out (the
      // passes, run on every part, were a tenth of the export time).
      let xml = needsScrub(before) ? separatorsAsReferences(removeEmptyActions(stripXmlControlChars(before))) : before;
      xml = compactPart(name, xml);
      if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) xml = setThemeEastAsianFont(xml, options.eastAsianFont);
      if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) xml = repairClusteredBarSeries(removeStrayAxisId(xml));
      const texts = pointLabels.get(name);
      if (texts) xml = setPointLabels(xml, texts);
      if (name === CONTENT_TYPES) xml = fixContentTypes(xml, names);
      data = typeof part !== 'string' && xml === before ? part : encoder.encode(xml);
    } else {
      data = part;
    }
    // Level 9: as fast as 6 with fflate on these parts (≈25 ms for the Shanxi deck), 0.2 KB smaller.
    out[name] = [data, { level: data.length < STORE_BELOW_BYTES ? 0 : 9 }];
  }
  // [Content_Types].xml first, as Office writes it (some readers expect it).
  const ordered: Zippable = {};
  if (out[CONTENT_TYPES]) ordered[CONTENT_TYPES] = out[CONTENT_TYPES];
  for (const [k, v] of Object.entries(out)) if (k !== CONTENT_TYPES) ordered[k] = v;
  return zipSync(ordered);
}

/** The repairs on a package already zipped (pptxgenjs's own output): unzipped, repaired, re-zipped. */
export async function postprocessPptx(bytes: Uint8Array, options: PostprocessOptions): Promise<Uint8Array> {
  return zipRepairedParts(unzipSync(bytes), options);
}
