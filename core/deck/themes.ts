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
  /** Titles never go below this: a long title wraps (the title bar grows) instead. */
  titleMinPx: number;
  bodyMaxPx: number;
  /** Body text: list items, card texts, table cells, paragraphs, KPI labels, subtitles. */
  bodyMinPx: number;
  captionPx: number;
  /** A KPI number (a figure with digits): every number of a grid at one size in this range. */
  kpiValueMaxPx: number;
  kpiValueMinPx: number;
  /** A KPI statement (a figure in words, without digits, e.g. "力争保持正增长"): at least this. */
  kpiStatementMinPx: number;
  kpiLabelMaxPx: number;
  /** Nothing on a slide is smaller (captions, source lines, footers, chart labels). */
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

/**
 * The type scale of DESIGN.md ("Look of the slides"), px on the 1280×720 canvas (1 pt = 4/3 px).
 * These are floors, not targets: where text does not fit at them, less goes on a slide and the
 * rest continues on the next ("（续）") — nothing shrinks below them.
 */
/** Titles 48–56: a title that does not fit one line at 48 wraps onto two or three. */
export const TITLE_MIN_PX = 48;
export const TITLE_MAX_PX = 52;
/** Body text ≥ 28 (21 pt): list items, card texts, table cells, paragraphs, KPI labels. */
export const BODY_MIN_PX = 28;
export const BODY_MAX_PX = 36;
/** KPI numbers 72–96, bold; we stop at 88 so a grid's figures stay on one line more often. */
export const KPI_NUMBER_MIN_PX = 72;
export const KPI_NUMBER_MAX_PX = 88;
/**
 * A figure in words ("力争保持正增长", "与经济增长同步"): a statement, not a number. It is bold
 * in the figure colour, at most the size of the numbers beside it, at least this.
 */
export const KPI_STATEMENT_MIN_PX = 36;
export const KPI_LABEL_MAX_PX = 32;
/** Captions, source lines, footers and chart labels ≥ 18, never smaller. */
export const CAPTION_MIN_PX = 18;
export const CAPTION_PX = 20;

const SIZES: ThemeSizes = {
  titleMaxPx: TITLE_MAX_PX,
  titleMinPx: TITLE_MIN_PX,
  bodyMaxPx: BODY_MAX_PX,
  bodyMinPx: BODY_MIN_PX,
  captionPx: CAPTION_PX,
  kpiValueMaxPx: KPI_NUMBER_MAX_PX,
  kpiValueMinPx: KPI_NUMBER_MIN_PX,
  kpiStatementMinPx: KPI_STATEMENT_MIN_PX,
  kpiLabelMaxPx: KPI_LABEL_MAX_PX,
  minPx: CAPTION_MIN_PX,
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
