/**
 * Theme rules: every text colour keeps ≥ 4.5:1 contrast with what it is drawn on, and the first
 * chart series differ in grey level so bars and segments survive black-and-white printing.
 * (Compiled decks are checked too: deck-checks.ts compares each text block's colour with the
 * fill actually under it.)
 */
import { describe, expect, test } from 'vitest';
import { contrastRatio, greyLevel, parseHex } from './color';
import { THEME_IDS, THEMES, type ThemeColors } from './themes';

const MIN_CONTRAST = 4.5;
const MIN_GREY_DIFFERENCE = 20;
/** Series that must be told apart in grey: a chart rarely has more, and the first ones matter most. */
const DISTINCT_SERIES = 3;

/** Each text colour role and what it is drawn on. */
const TEXT_PAIRS: [text: keyof ThemeColors, ground: keyof ThemeColors][] = [
  ['text', 'background'],
  ['muted', 'background'],
  ['figure', 'background'],
  ['onPrimary', 'primary'],
  ['cardText', 'cardFill'],
  ['figure', 'cardFill'],
  // Table rows alternate background and cardFill; "no such target" cells are muted.
  ['text', 'cardFill'],
  ['muted', 'cardFill'],
];

describe.each(THEME_IDS)('theme %s', (id) => {
  const theme = THEMES[id];
  const colors = theme.colors;

  test.each(TEXT_PAIRS)('%s on %s has ≥ 4.5:1 contrast', (text, ground) => {
    const ratio = contrastRatio(colors[text] as string, colors[ground] as string);
    expect(ratio, `${colors[text]} on ${colors[ground]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  test(`the first ${DISTINCT_SERIES} chart colours differ pairwise in grey level by ≥ ${MIN_GREY_DIFFERENCE}`, () => {
    const first = colors.chart.slice(0, DISTINCT_SERIES);
    expect(first).toHaveLength(DISTINCT_SERIES);
    for (let a = 0; a < first.length; a++) {
      for (let b = a + 1; b < first.length; b++) {
        const diff = Math.abs(greyLevel(first[a]!) - greyLevel(first[b]!));
        expect(
          diff,
          `${first[a]} vs ${first[b]}: grey ${greyLevel(first[a]!).toFixed(0)} vs ${greyLevel(first[b]!).toFixed(0)}`,
        ).toBeGreaterThanOrEqual(MIN_GREY_DIFFERENCE);
      }
    }
  });

  test('every colour is #RRGGBB (the only form PPTX accepts)', () => {
    const all = Object.values(colors).flatMap((c) => (Array.isArray(c) ? c : [c]));
    for (const c of all) expect(() => parseHex(c), c).not.toThrow();
  });

  test('the type scale is ordered and nothing is below the minimum size', () => {
    const s = theme.sizes;
    expect(s.titleMinPx).toBeLessThanOrEqual(s.titleMaxPx);
    expect(s.bodyMinPx).toBeLessThanOrEqual(s.bodyMaxPx);
    expect(s.kpiValueMinPx).toBeLessThanOrEqual(s.kpiValueMaxPx);
    for (const v of [s.titleMinPx, s.bodyMinPx, s.captionPx, s.kpiValueMinPx, s.kpiLabelMaxPx])
      expect(v).toBeGreaterThanOrEqual(s.minPx);
  });
});

describe('colour arithmetic', () => {
  test('contrast and grey level follow WCAG and luma', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 9);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(greyLevel('#FFFFFF')).toBeCloseTo(255, 9);
    expect(greyLevel('#FF0000')).toBeCloseTo(0.299 * 255, 9);
  });
});
