/**
 * The layout invariants every compiled deck must keep, as one checker shared by the deck tests
 * (bundled reports and generated ones) and usable by later renderer tests. Test-only.
 *
 * deckProblems returns human-readable problems ("slide-id: what is wrong"), so a failing test
 * prints exactly what broke instead of a bare `false`.
 */
import { contrastRatio } from '../../core/deck/color';
import { measureText } from '../../core/deck/text/measure';
import { breakClass, canBreakBetween, NEWLINE, SPACE } from '../../core/deck/text/break-classes';
import type { Box, Deck, Element, Slide, TextBlock } from '../../core/deck/types';
import type { Report } from '../../core/report/schema';

/** Tolerance of the fit checks, px (the brief: measured width / height ≤ box + 0.5 px). */
export const FIT_TOLERANCE_PX = 0.5;
/** Tolerance of geometric containment and overlap, px (floating-point sums of grid widths). */
const GEOMETRY_EPSILON_PX = 0.01;

/** A line must not start with these (closing punctuation)… */
export const NO_LINE_START = '、，。；：！？）」';
/** …nor end with these (opening brackets and quotes). */
export const NO_LINE_END = '（「';

export function lineString(line: TextBlock['lines'][number]): string {
  // Most lines are one or two runs: skip the array allocation of map/join.
  if (line.runs.length === 1) return line.runs[0]!.text;
  let s = '';
  for (const r of line.runs) s += r.text;
  return s;
}

/** A block's text: its lines' runs joined without separator (wrapping drops only line-end spaces). */
export function blockString(block: Pick<TextBlock, 'lines'>): string {
  return block.lines.map(lineString).join('');
}

/** The emphasised runs of a block, joined: the figures the block shows. */
export function emphasisString(block: Pick<TextBlock, 'lines'>): string {
  return block.lines
    .flatMap((l) => l.runs)
    .filter((r) => r.emphasis)
    .map((r) => r.text)
    .join('');
}

export interface LabelledBlock {
  /** Where the block is, for messages: "kpi#3.value", "list#5.items[2].block". */
  where: string;
  block: TextBlock;
}

/** The text blocks of one element (a text element is one block; a KPI, list, table or chart holds several). */
export function elementBlocks(el: Element, where: string): LabelledBlock[] {
  switch (el.kind) {
    case 'text':
      return [{ where, block: el }];
    case 'kpi':
      return [
        { where: `${where}.value`, block: el.value },
        { where: `${where}.label`, block: el.label },
      ];
    case 'list':
      return el.items.flatMap((it, i) => [
        { where: `${where}.items[${i}].marker`, block: it.markerBlock },
        { where: `${where}.items[${i}].block`, block: it.block },
      ]);
    case 'table':
      return el.rows.flatMap((row, r) =>
        row.map((cell, c) => ({ where: `${where}.rows[${r}][${c}]`, block: cell.block })),
      );
    case 'chart': {
      const blocks: LabelledBlock[] = [{ where: `${where}.title`, block: el.title }];
      if (el.chartKind === 'bar') {
        el.geometry.bars.forEach((b, i) => {
          blocks.push(
            { where: `${where}.bars[${i}].value`, block: b.value },
            { where: `${where}.bars[${i}].label`, block: b.label },
          );
        });
      } else {
        if (el.geometry.centre) blocks.push({ where: `${where}.centre`, block: el.geometry.centre });
        el.geometry.legend.forEach((l, i) => blocks.push({ where: `${where}.legend[${i}]`, block: l.block }));
      }
      return blocks;
    }
    case 'shape':
      return [];
  }
}

/** Every text block on a slide, in drawing order. */
export function slideBlocks(slide: Slide): LabelledBlock[] {
  return slide.elements.flatMap((el, i) => elementBlocks(el, `${el.kind}#${i}`));
}

/** Drawn, non-text boxes inside an element (bars, legend swatches, the donut's square). */
function elementGraphics(el: Element, where: string): { where: string; box: Box }[] {
  if (el.kind !== 'chart') return [];
  if (el.chartKind === 'bar') return el.geometry.bars.map((b, i) => ({ where: `${where}.bars[${i}].bar`, box: b.box }));
  const g = el.geometry;
  const r = g.outerRadiusPx;
  return [
    { where: `${where}.donut`, box: { x: g.cx - r, y: g.cy - r, w: 2 * r, h: 2 * r } },
    ...g.legend.map((l, i) => ({ where: `${where}.legend[${i}].swatch`, box: l.swatch })),
  ];
}

function within(a: Box, b: Box, eps = GEOMETRY_EPSILON_PX): boolean {
  return a.x >= b.x - eps && a.y >= b.y - eps && a.x + a.w <= b.x + b.w + eps && a.y + a.h <= b.y + b.h + eps;
}

function overlaps(a: Box, b: Box, eps = GEOMETRY_EPSILON_PX): boolean {
  return a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;
}

function finiteBox(b: Box): boolean {
  return [b.x, b.y, b.w, b.h].every(Number.isFinite) && b.w >= 0 && b.h >= 0;
}

const fmt = (b: Box) => `[${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.w.toFixed(1)}×${b.h.toFixed(1)}]`;

/** What a text block needs by measurement, and whether that fits its box. */
export function blockFitProblems(block: TextBlock): string[] {
  const problems: string[] = [];
  const h = block.lines.length * block.lineHeightPx;
  if (h > block.box.h + FIT_TOLERANCE_PX)
    problems.push(
      `${block.lines.length} lines × ${block.lineHeightPx.toFixed(2)} px = ${h.toFixed(1)} px > box height ${block.box.h.toFixed(1)}`,
    );
  for (const line of block.lines) {
    const text = lineString(line);
    const w = measureText(text, block.fontSizePx, block.weight);
    if (w > block.box.w + FIT_TOLERANCE_PX)
      problems.push(`line "${text.slice(0, 30)}" is ${w.toFixed(1)} px > box width ${block.box.w.toFixed(1)}`);
  }
  return problems;
}

/** Whether the text has any place where the line-break rules (break-classes.ts) allow a break. */
function hasAllowedBreak(text: string): boolean {
  let prev = -1;
  let spaced = false;
  for (const ch of text) {
    const cls = breakClass(ch.codePointAt(0)!);
    if (cls & SPACE) {
      spaced = prev >= 0;
      continue;
    }
    if (cls & NEWLINE) return true;
    if (prev >= 0 && canBreakBetween(prev, cls, spaced)) return true;
    prev = cls;
    spaced = false;
  }
  return false;
}

/**
 * 禁则: no line starts with closing punctuation or ends with an opening bracket. The one exception
 * (documented in wrap.ts) is a run with no allowed break at all that is wider than the box, e.g.
 * "“十四五”：" or "（👍🏽）！" in a 70 px chart label: it has to be cut somewhere.
 */
export function lineBreakProblems(block: Pick<TextBlock, 'lines' | 'box' | 'fontSizePx' | 'weight'>): string[] {
  const problems: string[] = [];
  const texts = block.lines.map(lineString);
  const unbreakable = (s: string) =>
    !hasAllowedBreak(s) && measureText(s, block.fontSizePx, block.weight) > block.box.w;
  texts.forEach((text, k) => {
    if (text.length === 0) return;
    const first = String.fromCodePoint(text.codePointAt(0)!);
    const last = [...text].pop()!;
    const prev = texts[k - 1];
    const next = texts[k + 1];
    if (NO_LINE_START.includes(first) && !(prev && unbreakable(prev + first)))
      problems.push(`line starts with "${first}": "${text.slice(0, 20)}"`);
    if (NO_LINE_END.includes(last) && !(next && unbreakable(text + String.fromCodePoint(next.codePointAt(0)!))))
      problems.push(`line ends with "${last}": "${text.slice(-20)}"`);
  });
  return problems;
}

/**
 * The colour a text block is drawn on: the fill of the last filled shape, KPI card or table
 * cell under it, else the slide's background.
 */
function groundUnder(slide: Slide, elementIndex: number, box: Box, cellFill: string | undefined): string {
  if (cellFill) return cellFill;
  const el = slide.elements[elementIndex]!;
  if (el.kind === 'kpi') return el.fill;
  for (let i = elementIndex - 1; i >= 0; i--) {
    const under = slide.elements[i]!;
    if (under.kind === 'shape' && under.shape === 'rect' && under.fill && within(box, under.box)) return under.fill;
  }
  return slide.background;
}

const contrastCache = new Map<string, number>();
function contrast(a: string, b: string): number {
  const key = `${a}/${b}`;
  let r = contrastCache.get(key);
  if (r === undefined) contrastCache.set(key, (r = contrastRatio(a, b)));
  return r;
}

/** WCAG AA for text. */
export const MIN_TEXT_CONTRAST = 4.5;

function contrastProblems(slide: Slide): string[] {
  const problems: string[] = [];
  slide.elements.forEach((el, i) => {
    const blocks: { where: string; block: TextBlock; fill?: string }[] =
      el.kind === 'table'
        ? el.rows.flatMap((row, r) =>
            row.map((cell, c) => ({ where: `table#${i}.rows[${r}][${c}]`, block: cell.block, fill: cell.fill })),
          )
        : elementBlocks(el, `${el.kind}#${i}`);
    for (const { where, block, fill } of blocks) {
      if (blockString(block).trim() === '') continue;
      const ground = groundUnder(slide, i, block.box, fill);
      const ratio = contrast(block.color, ground);
      if (ratio < MIN_TEXT_CONTRAST) problems.push(`${where}: ${block.color} on ${ground} is ${ratio.toFixed(2)}:1`);
    }
  });
  return problems;
}

/** Geometry of one slide: canvas, containment, overlaps, fit, sizes, line breaks. */
export function slideProblems(slide: Slide, deck: Pick<Deck, 'size' | 'theme'>): string[] {
  const problems: string[] = [];
  const canvas: Box = { x: 0, y: 0, w: deck.size.widthPx, h: deck.size.heightPx };
  const minPx = deck.theme.sizes.minPx;
  const say = (msg: string) => problems.push(`${slide.id}: ${msg}`);

  if (slide.title.trim() === '') say('empty title');
  if (slide.notes.trim() === '') say('empty notes');

  // Boxes of the elements that must not overlap each other (shapes may overlap anything).
  const solid: { where: string; box: Box }[] = [];
  slide.elements.forEach((el, i) => {
    const where = `${el.kind}#${i}`;
    if (!finiteBox(el.box)) say(`${where} has a bad box ${JSON.stringify(el.box)}`);
    if (!within(el.box, canvas)) say(`${where} ${fmt(el.box)} is outside the canvas`);
    if (el.kind !== 'shape') solid.push({ where, box: el.box });

    const blocks = elementBlocks(el, where);
    const graphics = elementGraphics(el, where);
    for (const { where: w, block } of blocks) {
      if (!finiteBox(block.box)) say(`${w} has a bad box ${JSON.stringify(block.box)}`);
      if (!within(block.box, canvas)) say(`${w} ${fmt(block.box)} is outside the canvas`);
      if (el.kind !== 'text' && !within(block.box, el.box))
        say(`${w} ${fmt(block.box)} is outside its ${el.kind} ${fmt(el.box)}`);
      if (block.fontSizePx < minPx) say(`${w} font ${block.fontSizePx} px < theme minimum ${minPx} px`);
      for (const p of blockFitProblems(block)) say(`${w}: ${p}`);
      for (const p of lineBreakProblems(block)) say(`${w}: ${p}`);
    }
    for (const { where: w, box } of graphics) {
      if (!finiteBox(box)) say(`${w} has a bad box ${JSON.stringify(box)}`);
      if (!within(box, el.box)) say(`${w} ${fmt(box)} is outside its ${el.kind} ${fmt(el.box)}`);
    }
    // Inner blocks must not overlap each other, nor the bars, swatches and ring of a chart
    // (a donut's centre label sits in the hole, on purpose).
    for (let a = 0; a < blocks.length; a++) {
      for (let b = a + 1; b < blocks.length; b++) {
        if (overlaps(blocks[a]!.block.box, blocks[b]!.block.box))
          say(
            `${blocks[a]!.where} ${fmt(blocks[a]!.block.box)} overlaps ${blocks[b]!.where} ${fmt(blocks[b]!.block.box)}`,
          );
      }
      for (const g of graphics) {
        if (g.where.endsWith('.donut') && blocks[a]!.where.endsWith('.centre')) continue;
        if (overlaps(blocks[a]!.block.box, g.box))
          say(`${blocks[a]!.where} ${fmt(blocks[a]!.block.box)} overlaps ${g.where} ${fmt(g.box)}`);
      }
    }
    if (el.kind === 'chart' && el.chartKind === 'donut' && el.geometry.centre) {
      // The centre label's corners lie in the hole.
      const { cx, cy, innerRadiusPx } = el.geometry;
      const b = el.geometry.centre.box;
      const far = Math.max(
        ...[b.x - cx, b.x + b.w - cx].flatMap((dx) => [b.y - cy, b.y + b.h - cy].map((dy) => Math.hypot(dx, dy))),
      );
      if (far > innerRadiusPx + GEOMETRY_EPSILON_PX)
        say(
          `${where}.centre reaches ${far.toFixed(1)} px from the centre, beyond the hole (${innerRadiusPx.toFixed(1)} px)`,
        );
    }
    if (el.kind === 'chart' && el.labelFontSizePx < minPx)
      say(`${where} label font ${el.labelFontSizePx} px < ${minPx} px`);
    if (el.kind === 'table') {
      const sumW = el.columnWidthsPx.reduce((s, x) => s + x, 0);
      const sumH = el.rowHeightsPx.reduce((s, x) => s + x, 0);
      if (Math.abs(sumW - el.box.w) > 0.5 || Math.abs(sumH - el.box.h) > 0.5)
        say(`${where} columns/rows (${sumW.toFixed(1)}×${sumH.toFixed(1)}) do not add up to its box ${fmt(el.box)}`);
    }
  });
  for (let a = 0; a < solid.length; a++) {
    for (let b = a + 1; b < solid.length; b++) {
      if (overlaps(solid[a]!.box, solid[b]!.box))
        say(`${solid[a]!.where} ${fmt(solid[a]!.box)} overlaps ${solid[b]!.where} ${fmt(solid[b]!.box)}`);
    }
  }
  for (const p of contrastProblems(slide)) say(p);
  return problems;
}

/** Every figure display of the report (and of the compared report's targets, when shown). */
export function reportDisplays(report: Report): { where: string; display: string }[] {
  const out: { where: string; display: string }[] = [];
  for (const s of report.sections) {
    switch (s.kind) {
      case 'targets':
        for (const t of s.targets) out.push({ where: `${s.id}/${t.key}`, display: t.figure.display });
        break;
      case 'review':
        for (const th of s.themes)
          for (const h of th.highlights)
            for (const f of h.figures) out.push({ where: `${s.id}/${th.id}/${h.id}`, display: f.display });
        break;
      case 'projects':
        for (const p of s.projects)
          for (const f of p.figures) out.push({ where: `${s.id}/${p.id}`, display: f.display });
        break;
      case 'tasks':
        break;
    }
  }
  return out;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Paths of the NaN and ±Infinity numbers anywhere in a value (angles, axis ranges, boxes…). */
export function nonFiniteNumbers(value: unknown, path: string, out: string[] = []): string[] {
  // Paths are built only for a hit: this walks every number of every deck the properties make.
  const keys: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v))
        out.push(`${path}${keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')} = ${v}`);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        keys.push(i);
        walk(v[i]);
        keys.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        keys.push(k);
        walk((v as Record<string, unknown>)[k]);
        keys.pop();
      }
    }
  };
  walk(value);
  return out;
}

export interface DeckCheckOptions {
  compareWith?: Report;
}

/**
 * All problems of a compiled deck of `report`: every slide's geometry, unique ids, a hidden
 * backup per livelihood project, and every figure display on at least one slide.
 */
export function deckProblems(deck: Deck, report: Report, options: DeckCheckOptions = {}): string[] {
  const problems: string[] = [];
  // Renderers only translate: every number they get must be one they can draw.
  problems.push(...nonFiniteNumbers(deck.slides, 'slides').map((p) => `${p} is not a finite number`));
  if (deck.size.widthPx !== 1280 || deck.size.heightPx !== 720)
    problems.push(`canvas is ${deck.size.widthPx}×${deck.size.heightPx}`);
  for (const slide of deck.slides) problems.push(...slideProblems(slide, deck));

  const seen = new Set<string>();
  for (const s of deck.slides) {
    if (seen.has(s.id)) problems.push(`duplicate slide id ${s.id}`);
    seen.add(s.id);
    if (s.hidden !== (s.kind === 'project-backup')) problems.push(`${s.id}: hidden=${s.hidden} on a ${s.kind} slide`);
  }
  for (const section of report.sections) {
    if (section.kind !== 'projects') continue;
    for (const p of section.projects) {
      const id = `${section.id}/${p.id}`;
      // compileDeck suffixes "@2" to an id taken by an earlier slide (a project called "list").
      if (!deck.slides.some((s) => s.hidden && s.kind === 'project-backup' && s.id.replace(/@\d+$/, '') === id))
        problems.push(`no hidden backup slide ${id}`);
    }
  }

  // Figures: searched block by block (a display split over two blocks is not shown). Whitespace
  // is ignored because wrapping drops the spaces at a line break ("12 万" → "12" / "万").
  // One string of all blocks, separated by a character no display contains.
  const texts = deck.slides.flatMap((s) => slideBlocks(s).map((b) => squeeze(blockString(b.block)))).join('\u0000');
  const wanted = reportDisplays(report);
  // With compareWith, the other report's targets are set beside this one's, matched by key (the
  // first target of each key): they must show too.
  if (options.compareWith && report.sections.some((s) => s.kind === 'targets')) {
    const keys = new Set<string>();
    for (const s of options.compareWith.sections) {
      if (s.kind !== 'targets') continue;
      for (const t of s.targets) {
        if (keys.has(t.key)) continue;
        keys.add(t.key);
        wanted.push({ where: `compareWith ${s.id}/${t.key}`, display: t.figure.display });
      }
    }
  }
  for (const { where, display } of wanted) {
    const d = squeeze(display);
    if (d.includes('\u0000') || !texts.includes(d)) problems.push(`figure "${display}" (${where}) is on no slide`);
  }
  return problems;
}
