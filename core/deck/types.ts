/**
 * The laid-out deck: what every renderer (screen, PPTX, PDF) draws. All positions and sizes are
 * in px on the 1280×720 canvas; every text is already wrapped into lines at a fitted size. A
 * renderer translates units and primitives; it never decides where something goes.
 */
import type { ThemeSpec } from './themes';

/** An axis-aligned box on the canvas, px, origin top-left. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Weight = 'regular' | 'bold';
export type Align = 'left' | 'center' | 'right';

/** A run of one line; `emphasis` runs are figures, drawn in the theme's figure colour. */
export interface Run {
  text: string;
  emphasis?: boolean;
}

/** One wrapped line of a text block. */
export interface Line {
  runs: Run[];
  /**
   * The wrapper broke the text at a space before this line and dropped it: a renderer that joins
   * the lines back into one reflowing paragraph (PPTX) puts one space here, and nowhere else.
   */
  spaceBefore?: true;
}

/** Where a figure on a slide comes from: shown on click on screen, written in the notes. */
export interface FigureRef {
  label: string;
  display: string;
  quote: string;
}

/** A block of wrapped text at a fitted size; the lines fit the box by measurement. */
export interface TextBlock {
  box: Box;
  lines: Line[];
  fontSizePx: number;
  /** Distance between baselines, px. */
  lineHeightPx: number;
  weight: Weight;
  color: string;
  align: Align;
  /** Vertical placement of the lines inside the box. */
  valign: 'top' | 'middle' | 'bottom';
}

export type TextRole =
  | 'title'
  | 'subtitle'
  | 'body'
  | 'caption'
  | 'footer'
  /** The slide number; its text is (re)written by numberSlides when slides are ordered. */
  | 'page-number'
  | 'label'
  | 'heading'
  | 'big';

export interface TextElement extends TextBlock {
  kind: 'text';
  role: TextRole;
  figures?: FigureRef[];
}

/** A big-number card: the figure in the report's wording, what it counts, and its quote. */
export interface KpiElement {
  kind: 'kpi';
  box: Box;
  fill: string;
  border: string;
  /** The card border's width, px (the layout's choice; every renderer draws this width). */
  borderWidthPx: number;
  /** Accent bar on the card's left edge, px wide. */
  accentWidthPx: number;
  accent: string;
  value: TextBlock;
  label: TextBlock;
  figure: FigureRef;
}

export interface ListItem {
  /** The bullet or number shown before the item, e.g. "●" or "3". */
  marker: string;
  markerBlock: TextBlock;
  block: TextBlock;
  figures?: FigureRef[];
}

export interface ListElement {
  kind: 'list';
  box: Box;
  items: ListItem[];
}

export interface ChartDatum {
  label: string;
  value: number;
  /** The report's wording of the value, printed as the data label. */
  display: string;
  color: string;
  figure: FigureRef;
}

/** Precomputed geometry shared by the vector renderers (PDF) and checked against recharts. */
export interface BarGeometry {
  plot: Box;
  /** Value axis range in data units: "nice" numbers around 0 and the data. */
  axisMin: number;
  axisMax: number;
  /** y of the zero line, px. */
  zeroY: number;
  /** The zero line's width, px. */
  zeroLineWidthPx: number;
  /** Bar width, px (the same for every bar). */
  barWidthPx: number;
  bars: { box: Box; label: TextBlock; value: TextBlock }[];
}

export interface DonutGeometry {
  cx: number;
  cy: number;
  outerRadiusPx: number;
  innerRadiusPx: number;
  /** Angles in degrees, clockwise from 12 o'clock. */
  segments: { startDeg: number; endDeg: number; color: string; label: string; value: number | undefined }[];
  centre: TextBlock | undefined;
  legend: { swatch: Box; color: string; block: TextBlock }[];
  /** The ground-coloured stroke between sectors, px. */
  sectorGapPx: number;
  /** The outline drawn just outside each legend swatch (axis colour), px. */
  swatchOutlineWidthPx: number;
}

export type ChartElement = {
  kind: 'chart';
  box: Box;
  title: TextBlock;
  unit: string;
  data: ChartDatum[];
  labelFontSizePx: number;
  axisColor: string;
  textColor: string;
} & (
  | { chartKind: 'bar'; geometry: BarGeometry }
  | {
      chartKind: 'donut';
      remainder: { label: string; value: number; color: string } | undefined;
      geometry: DonutGeometry;
    }
);

export interface TableCell {
  block: TextBlock;
  fill: string;
  figures?: FigureRef[];
}

export interface TableElement {
  kind: 'table';
  box: Box;
  /** Column widths, px; they add up to box.w. */
  columnWidthsPx: number[];
  /** Row heights, px; they add up to box.h. */
  rowHeightsPx: number[];
  headerRows: number;
  rows: TableCell[][];
  borderColor: string;
  borderWidthPx: number;
}

/**
 * A rectangle, line or ellipse. A stroked shape carries its stroke width (px), set where the
 * layout draws it: renderers translate it and never pick a width of their own.
 */
export type ShapeElement = {
  kind: 'shape';
  shape: 'rect' | 'line' | 'ellipse';
  box: Box;
  fill?: string;
} & ({ stroke?: undefined; strokeWidthPx?: undefined } | { stroke: string; strokeWidthPx: number });

export type Element = TextElement | KpiElement | ListElement | ChartElement | TableElement | ShapeElement;
export type ElementKind = Element['kind'];

export type SlideKind =
  | 'cover'
  | 'contents'
  | 'section-divider'
  | 'summary'
  | 'review-overview'
  | 'theme'
  | 'theme-chart'
  | 'highlights'
  | 'targets'
  | 'comparison'
  | 'tasks-overview'
  | 'task'
  | 'projects-overview'
  | 'projects'
  | 'project-backup'
  | 'closing';

export interface SlideSource {
  quote: string;
  /** The figures on the slide taken from this quote. */
  displays: string[];
}

export interface Slide {
  /** Stable across compiles of the same report: briefings refer to it. */
  id: string;
  kind: SlideKind;
  title: string;
  /** Id of the deck section the slide belongs to. */
  sectionId: string;
  /** Speaker notes, plain text, paragraphs separated by a blank line. */
  notes: string;
  sources: SlideSource[];
  /** Backup slide for questions: reachable by jump and search, skipped when advancing. */
  hidden: boolean;
  /** 1-based part number when one slide's content continues over several ("（续）"). */
  part?: { index: number; of: number };
  background: string;
  elements: Element[];
}

export interface DeckSection {
  id: string;
  title: string;
}

export interface DeckMeta {
  reportId: string;
  title: string;
  subtitle: string;
  region: string;
  year: number;
  presenter: string;
  meeting: string;
  date: string;
  /** For document properties: who compiled the source. */
  author: string;
  subject: string;
  compareWith?: { reportId: string; title: string };
  language: 'zh-CN';
}

export interface Deck {
  meta: DeckMeta;
  size: { widthPx: number; heightPx: number };
  theme: ThemeSpec;
  sections: DeckSection[];
  slides: Slide[];
}
