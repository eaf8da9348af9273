/**
 * Repairs of pptxgenjs output, done on the zip (library-notes.md lists the defects, each with
 * its upstream issue). Each repair is a small function of one part's XML, so each is testable,
 * and the whole runs in Node and a Web Worker alike (JSZip).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { stripControlChars } from '../text-safety';

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
  const stray = new RegExp(`(<c:(?:bar|line)Chart>[\\s\\S]*?)<c:axId val="${STRAY_AXIS_ID}"\\/>([\\s\\S]*?<\\/c:(?:bar|line)Chart>)`, 'g');
  return chartXml.replace(stray, '$1$2');
}

/** Empty link actions break WPS (#1262). */
export function removeEmptyActions(xml: string): string {
  return xml.replace(/\s+action=""/g, '');
}

/** Control characters that slipped into any part (as raw characters or character references). */
export function stripXmlControlChars(xml: string): string {
  return stripControlChars(xml).replace(/&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/g, '');
}

function escapeXmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
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
}

/** Parts smaller than this are stored: deflating tiny parts costs more than it saves. */
const STORE_BELOW_BYTES = 256;

/**
 * Applies every repair and re-zips with compression. fflate, synchronous: JSZip's deflate was
 * half the export time (measured: 80–120 ms of ~300 ms for the Shanxi deck).
 */
export async function postprocessPptx(bytes: Uint8Array, options: PostprocessOptions): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const out: Zippable = {};
  for (const name of names) {
    let data = files[name]!;
    if (/\.(xml|rels)$/i.test(name)) {
      const before = decoder.decode(data);
      let xml = stripXmlControlChars(before);
      xml = removeEmptyActions(xml);
      if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) xml = setThemeEastAsianFont(xml, options.eastAsianFont);
      if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) xml = removeStrayAxisId(xml);
      if (name === CONTENT_TYPES) xml = fixContentTypes(xml, names);
      if (xml !== before) data = encoder.encode(xml);
    }
    // [Content_Types].xml first, as Office writes it (some readers expect it).
    out[name] = [data, { level: data.length < STORE_BELOW_BYTES ? 0 : 6 }];
  }
  const ordered: Zippable = {};
  if (out[CONTENT_TYPES]) ordered[CONTENT_TYPES] = out[CONTENT_TYPES];
  for (const [k, v] of Object.entries(out)) if (k !== CONTENT_TYPES) ordered[k] = v;
  // pptxgenjs's write() ignores compression (each chart embeds ~17 KB of spreadsheet).
  return zipSync(ordered);
}
