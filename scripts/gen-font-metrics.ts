/**
 * Generates core/fonts/noto-sans-sc-metrics.ts from the Noto Sans SC TrueType files in
 * node_modules, so the deck can measure text with the real font without shipping or parsing
 * 21 MB of fonts at run time (in the renderer, the exporter or a Web Worker).
 *
 *   npx tsx scripts/gen-font-metrics.ts           write the file
 *   npx tsx scripts/gen-font-metrics.ts --check   exit 1 if the committed file is out of date
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AdvanceEntry, type FaceMetricsData, encodeAdvances, encodeRanges } from '../core/fonts/face-data';
import {
  NOTO_SANS_SC_PACKAGE,
  notoSansScFontFile,
  notoSansScPackageVersion,
  readNotoSansScFont,
} from '../core/node/font-files';
import { type TtfFont, parseTtf } from '../core/fonts/ttf';
import { FONT_WEIGHTS, type FontWeight } from '../core/fonts/weight';

const OUTPUT_FILE = fileURLToPath(new URL('../core/fonts/noto-sans-sc-metrics.ts', import.meta.url));
const COMMAND = 'npx tsx scripts/gen-font-metrics.ts';
// Keeps each generated source line short enough to review in a diff.
const MAX_CHUNK_CHARS = 96;

interface FaceSource {
  readonly weight: FontWeight;
  readonly file: string;
  readonly sha256: string;
  readonly font: TtfFont;
}

function extractFace(font: TtfFont): FaceMetricsData {
  const mapped: number[] = [];
  const advanceOf = new Map<number, number>();
  const histogram = new Map<number, number>();
  font.forEachMapping((codePoint, glyphId) => {
    const advance = font.glyphAdvance(glyphId);
    mapped.push(codePoint);
    advanceOf.set(codePoint, advance);
    histogram.set(advance, (histogram.get(advance) ?? 0) + 1);
  });
  let defaultAdvance = 0;
  let defaultCount = -1;
  for (const [advance, count] of histogram) {
    if (count > defaultCount) [defaultAdvance, defaultCount] = [advance, count];
  }
  const exceptions: AdvanceEntry[] = [];
  for (const codePoint of mapped) {
    const advance = advanceOf.get(codePoint) as number;
    if (advance !== defaultAdvance) exceptions.push({ codePoint, advance });
  }
  const os2 = font.os2;
  if (!os2) throw new Error('font has no OS/2 table; expected one in Noto Sans SC');
  return {
    unitsPerEm: font.head.unitsPerEm,
    ascender: font.hhea.ascender,
    descender: font.hhea.descender,
    lineGap: font.hhea.lineGap,
    typoAscender: os2.typoAscender,
    typoDescender: os2.typoDescender,
    winAscent: os2.winAscent,
    winDescent: os2.winDescent,
    capHeight: os2.capHeight ?? 0,
    xHeight: os2.xHeight ?? 0,
    defaultAdvance,
    mappedRanges: encodeRanges(mapped),
    advances: encodeAdvances(exceptions),
  };
}

/** Splits an encoded string at its separators into source-friendly chunks. */
function chunk(encoded: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const token of encoded.split(' ')) {
    if (current !== '' && current.length + 1 + token.length > MAX_CHUNK_CHARS) {
      chunks.push(current);
      current = token;
    } else {
      current = current === '' ? token : `${current} ${token}`;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function stringExpression(encoded: string, indent: string): string {
  const lines = chunk(encoded).map((c) => `${indent}  '${c}',`);
  return `[\n${lines.join('\n')}\n${indent}].join(' ')`;
}

function render(faces: readonly FaceSource[], data: ReadonlyMap<FontWeight, FaceMetricsData>): string {
  const first = data.get(faces[0]!.weight)!;
  // Both weights share one character set; write it once.
  const sharedRanges = faces.every((f) => data.get(f.weight)!.mappedRanges === first.mappedRanges);
  const out: string[] = [];
  out.push('// GENERATED FILE — do not edit by hand.');
  out.push(`// Regenerate with \`${COMMAND}\` (check with \`--check\`).`);
  out.push(`// Source: ${NOTO_SANS_SC_PACKAGE}@${notoSansScPackageVersion()}`);
  for (const f of faces) {
    out.push(`//   ${f.weight}: ${f.file}`);
    out.push(`//     "${f.font.names.fullName}", ${f.font.names.version}, fontRevision ${f.font.head.fontRevision}`);
    out.push(`//     sha256 ${f.sha256}`);
  }
  out.push('// Encoding of mappedRanges and advances: see ./face-data.ts.');
  out.push("import type { FaceMetricsData } from './face-data';");
  out.push("import type { FontWeight } from './weight';");
  out.push('');
  if (sharedRanges) {
    out.push('/** Code points with a glyph (identical in every weight). */');
    out.push(`const MAPPED_RANGES = ${stringExpression(first.mappedRanges, '')};`);
    out.push('');
  }
  out.push('/** Noto Sans SC metrics per weight, in font units. */');
  out.push('export const NOTO_SANS_SC_METRICS_DATA: Readonly<Record<FontWeight, FaceMetricsData>> = {');
  for (const f of faces) {
    const d = data.get(f.weight)!;
    out.push(`  ${f.weight}: {`);
    for (const [key, value] of Object.entries(d)) {
      if (key === 'mappedRanges') {
        out.push(`    mappedRanges: ${sharedRanges ? 'MAPPED_RANGES' : stringExpression(d.mappedRanges, '    ')},`);
      } else if (key === 'advances') {
        out.push(`    advances: ${stringExpression(d.advances, '    ')},`);
      } else {
        out.push(`    ${key}: ${JSON.stringify(value)},`);
      }
    }
    out.push('  },');
  }
  out.push('};');
  out.push('');
  return out.join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const faces: FaceSource[] = FONT_WEIGHTS.map((weight) => {
    const bytes = readNotoSansScFont(weight);
    return {
      weight,
      file: notoSansScFontFile(weight),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      font: parseTtf(bytes),
    };
  });
  const data = new Map<FontWeight, FaceMetricsData>();
  for (const f of faces) {
    const d = extractFace(f.font);
    if (d.defaultAdvance !== d.unitsPerEm) {
      console.warn(`${f.weight}: default advance ${d.defaultAdvance} is not 1 em (${d.unitsPerEm})`);
    }
    data.set(f.weight, d);
  }
  const source = render(faces, data);
  if (check) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_FILE, 'utf8');
    } catch {
      // A missing file is simply out of date.
    }
    if (current !== source) {
      console.error(`${OUTPUT_FILE} is out of date; run \`${COMMAND}\``);
      process.exit(1);
    }
    console.log(`${OUTPUT_FILE} is up to date`);
    return;
  }
  writeFileSync(OUTPUT_FILE, source);
  const bytes = Buffer.byteLength(source);
  console.log(`wrote ${OUTPUT_FILE} (${bytes} bytes)`);
  for (const f of faces) {
    const d = data.get(f.weight)!;
    console.log(
      `  ${f.weight}: unitsPerEm ${d.unitsPerEm}, default advance ${d.defaultAdvance}, ` +
        `${d.advances.split(/[ ,]/).length} advance tokens, ${d.mappedRanges.split(' ').length} mapped ranges`,
    );
  }
}

main();
