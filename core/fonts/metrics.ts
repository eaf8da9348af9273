/**
 * Font metrics for measuring text: advances and vertical metrics per weight.
 *
 * The deck measures with Noto Sans SC's real metrics (generated from the TTFs into
 * noto-sans-sc-metrics.ts). Everything that measures takes a `FontMetrics` parameter that
 * defaults to Noto Sans SC, so tests and other fonts can pass their own (data passed in, not
 * reached for).
 */
import { type FaceMetricsData, decodeAdvances, decodeRanges } from './face-data';
import { NOTO_SANS_SC_METRICS_DATA } from './noto-sans-sc-metrics';
import type { FontWeight } from './weight';

export type { FontWeight } from './weight';

/** Metrics of one face (one weight of a family), in font design units. */
export interface FaceMetrics {
  readonly unitsPerEm: number;
  /** Line-box metrics renderers use (hhea): ascender above, descender (negative) below the baseline. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  /** The most common advance (full-width CJK); a fast path for callers that want one. */
  readonly defaultAdvance: number;
  /**
   * Advance of a code point in font units, an integer. A code point without a glyph measures
   * 1 em (unitsPerEm): whatever fallback font draws it, we must not under-measure it.
   */
  advance(codePoint: number): number;
  hasGlyph(codePoint: number): boolean;
}

/** A font family: one FaceMetrics per weight. */
export interface FontMetrics {
  readonly family: string;
  face(weight: FontWeight): FaceMetrics;
}

/** Vertical metrics of a face in em (multiply by the font size in px to get px). */
export interface VerticalMetricsEm {
  /** Above the baseline (hhea ascender), positive. */
  readonly ascenderEm: number;
  /** Below the baseline (hhea descender), positive here for easy arithmetic. */
  readonly descenderEm: number;
  readonly lineGapEm: number;
  /** ascender + descender + lineGap: the font's own line height, e.g. 1.448 for Noto Sans SC. */
  readonly contentHeightEm: number;
}

const BMP_SIZE = 0x10000;

/** Builds FaceMetrics from generated data. Lookups in the BMP are a single typed-array read. */
export function createFaceMetrics(data: FaceMetricsData): FaceMetrics {
  const ranges = decodeRanges(data.mappedRanges);
  const rangeFirsts = Uint32Array.from(ranges, (r) => r.first);
  const rangeLasts = Uint32Array.from(ranges, (r) => r.last);
  const oneEm = data.unitsPerEm;

  // Every BMP advance precomputed (128 KB): measuring is the hot loop of deck compilation, and
  // an array read beats a range search plus an exception lookup per character.
  const bmpAdvances = new Uint16Array(BMP_SIZE).fill(oneEm);
  for (const { first, last } of ranges) {
    if (first >= BMP_SIZE) break;
    bmpAdvances.fill(data.defaultAdvance, first, Math.min(last, BMP_SIZE - 1) + 1);
  }
  // Astral code points are rare in a report (a few rare ideographs): a Map is plenty.
  const astralAdvances = new Map<number, number>();
  for (const { codePoint, advance } of decodeAdvances(data.advances)) {
    if (codePoint < BMP_SIZE) bmpAdvances[codePoint] = advance;
    else astralAdvances.set(codePoint, advance);
  }

  const hasGlyph = (codePoint: number): boolean => {
    let lo = 0;
    let hi = rangeFirsts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((rangeLasts[mid] as number) < codePoint) lo = mid + 1;
      else if ((rangeFirsts[mid] as number) > codePoint) hi = mid - 1;
      else return true;
    }
    return false;
  };

  return {
    unitsPerEm: data.unitsPerEm,
    ascender: data.ascender,
    descender: data.descender,
    lineGap: data.lineGap,
    defaultAdvance: data.defaultAdvance,
    advance(codePoint: number): number {
      if (codePoint < BMP_SIZE) return bmpAdvances[codePoint] as number;
      const exception = astralAdvances.get(codePoint);
      if (exception !== undefined) return exception;
      return hasGlyph(codePoint) ? data.defaultAdvance : oneEm;
    },
    hasGlyph,
  };
}

/** FontMetrics over generated per-weight data; each face is decoded on first use. */
export function createFontMetrics(
  family: string,
  dataByWeight: Readonly<Record<FontWeight, FaceMetricsData>>,
): FontMetrics {
  const faces = new Map<FontWeight, FaceMetrics>();
  return {
    family,
    face(weight) {
      let face = faces.get(weight);
      if (!face) {
        face = createFaceMetrics(dataByWeight[weight]);
        faces.set(weight, face);
      }
      return face;
    },
  };
}

/** Noto Sans SC, the deck's font on screen, in PPTX and in PDF. */
export const notoSansScMetrics: FontMetrics = createFontMetrics('Noto Sans SC', NOTO_SANS_SC_METRICS_DATA);

/** Advance of a code point in em (0.224 for a Noto Sans SC regular space, 1 for '中'). */
export function advanceEm(codePoint: number, weight: FontWeight, metrics: FontMetrics = notoSansScMetrics): number {
  const face = metrics.face(weight);
  return face.advance(codePoint) / face.unitsPerEm;
}

/** Whether the font draws this code point itself (otherwise a fallback font would). */
export function hasGlyph(codePoint: number, weight: FontWeight, metrics: FontMetrics = notoSansScMetrics): boolean {
  return metrics.face(weight).hasGlyph(codePoint);
}

export function verticalMetricsEm(weight: FontWeight, metrics: FontMetrics = notoSansScMetrics): VerticalMetricsEm {
  const face = metrics.face(weight);
  const ascenderEm = face.ascender / face.unitsPerEm;
  const descenderEm = -face.descender / face.unitsPerEm;
  const lineGapEm = face.lineGap / face.unitsPerEm;
  return { ascenderEm, descenderEm, lineGapEm, contentHeightEm: ascenderEm + descenderEm + lineGapEm };
}

/**
 * Distance from the top of a line box to the baseline, in em, for a CSS-style line box of
 * `lineHeight` em: the browser centres the font's content area (ascender + descender) in the
 * line box, so PPTX and PDF must put the baseline at the same place to match the screen.
 * For Noto Sans SC at lineHeight 1.3 this is 1.086 em (the content area, 1.448 em, is taller
 * than the line: the half-leading is negative).
 */
export function baselineInLineEm(
  lineHeight: number,
  weight: FontWeight,
  metrics: FontMetrics = notoSansScMetrics,
): number {
  const { ascenderEm, descenderEm } = verticalMetricsEm(weight, metrics);
  return (lineHeight - (ascenderEm + descenderEm)) / 2 + ascenderEm;
}
