/**
 * Deck themes. Every text colour keeps ≥ 4.5:1 contrast with what it is drawn on (tested), and
 * chart colours differ in grey level, so slides survive a washed-out projector and black-and-white
 * printing. Meaning is never in colour alone: figures carry their wording, bars their labels.
 */

export type ThemeId = 'official' | 'blue' | 'contrast';

export interface ThemeColors {
  /** Slide ground. */
  background: string;
  /** Body text on the ground. */
  text: string;
  /** Secondary text (captions, sources) on the ground. */
  muted: string;
  /** Title bars and rules. */
  primary: string;
  /** Text on a primary bar. */
  onPrimary: string;
  /** Thin decorative accents (never text). */
  accent: string;
  /** Big numbers and emphasised figures on the ground and on cards. */
  figure: string;
  cardFill: string;
  cardBorder: string;
  /** Text on cards. */
  cardText: string;
  /** Chart series, in drawing order; distinct in grey level. */
  chart: string[];
  /** The unlabelled rest of a donut. */
  chartRest: string;
}

export interface ThemeSizes {
  titleMaxPx: number;
  titleMinPx: number;
  bodyMaxPx: number;
  bodyMinPx: number;
  captionPx: number;
  kpiValueMaxPx: number;
  kpiValueMinPx: number;
  kpiLabelMaxPx: number;
  /** Nothing on a slide is smaller (captions and source lines included). */
  minPx: number;
}

export interface ThemeSpec {
  id: ThemeId;
  name: string;
  /** The font every renderer uses; its metrics measure the text. */
  fontFamily: string;
  colors: ThemeColors;
  sizes: ThemeSizes;
}

/** Type scale from DESIGN.md: titles 48–56 (≥ 40 for long titles), body ≥ 28, captions ≥ 18. */
const SIZES: ThemeSizes = {
  titleMaxPx: 52,
  titleMinPx: 40,
  bodyMaxPx: 36,
  bodyMinPx: 28,
  captionPx: 20,
  kpiValueMaxPx: 88,
  kpiValueMinPx: 40,
  kpiLabelMaxPx: 28,
  minPx: 18,
};

export const THEMES: Record<ThemeId, ThemeSpec> = {
  official: {
    id: 'official',
    name: '庄重红',
    fontFamily: 'Noto Sans SC',
    colors: {
      background: '#FFFFFF',
      text: '#262626',
      muted: '#595959',
      primary: '#C8161D',
      onPrimary: '#FFFFFF',
      accent: '#D4A017',
      figure: '#B0121A',
      cardFill: '#FFF8F0',
      cardBorder: '#E8C9A0',
      cardText: '#262626',
      chart: ['#C8161D', '#D4A017', '#6B6B6B', '#8C2D19', '#E0A96D', '#3A3A3A'],
      chartRest: '#E6E6E6',
    },
    sizes: SIZES,
  },
  blue: {
    id: 'blue',
    name: '深蓝',
    fontFamily: 'Noto Sans SC',
    colors: {
      background: '#0E2A47',
      text: '#F2F5F9',
      muted: '#C3CFDD',
      primary: '#071A2E',
      onPrimary: '#FFFFFF',
      accent: '#E3B23C',
      figure: '#FFD166',
      cardFill: '#163A5F',
      cardBorder: '#2F5D8A',
      cardText: '#F2F5F9',
      // #4F86C6 third (it was fifth): #F28F6B printed almost the same grey as #7FB7E6 (168 vs
      // 172), so the second and third series could not be told apart in black and white.
      chart: ['#FFD166', '#7FB7E6', '#4F86C6', '#B8C4D0', '#F28F6B', '#E3B23C'],
      chartRest: '#2F4A66',
    },
    sizes: SIZES,
  },
  contrast: {
    id: 'contrast',
    name: '高对比度',
    fontFamily: 'Noto Sans SC',
    colors: {
      background: '#FFFFFF',
      text: '#000000',
      muted: '#1A1A1A',
      primary: '#000000',
      onPrimary: '#FFFFFF',
      accent: '#000000',
      figure: '#A00000',
      cardFill: '#FFFFFF',
      cardBorder: '#000000',
      cardText: '#000000',
      chart: ['#000000', '#A00000', '#707070', '#404040', '#B0B0B0', '#600000'],
      chartRest: '#DADADA',
    },
    sizes: { ...SIZES, bodyMinPx: 30, captionPx: 22, minPx: 20 },
  },
};

export const THEME_IDS = Object.keys(THEMES) as ThemeId[];

export function isThemeId(s: string): s is ThemeId {
  return Object.prototype.hasOwnProperty.call(THEMES, s);
}
