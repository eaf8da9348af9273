// One slide at canvas size (1280×720 px): each deck element drawn at its box. Elements that
// carry figures show their source quotes when clicked (and say so on hover).
import { memo, type CSSProperties, type MouseEvent } from 'react';
import { BACKUP_TAG_TEXT, drawnElements } from '../../../core/deck/backup-tag';
import { figuresOfElement } from '../../../core/deck/element-figures';
import { tableCellBoxes } from '../../../core/deck/geometry';
import type { Element, FigureRef, Slide } from '../../../core/deck/types';
import type { ThemeSpec } from '../../../core/deck/themes';
import { CANVAS_HEIGHT_PX, CANVAS_WIDTH_PX } from '../../../core/deck/units';
import { ChartView } from './ChartView';
import { TextBlockView } from './TextBlockView';
import { assertNever } from '../../../core/assert-never';

export interface SlideViewProps {
  slide: Slide;
  theme: ThemeSpec;
  /** Clicking a figure asks for its quote to be shown; absent in thumbnails. */
  onFigures?: (figures: FigureRef[], at: { x: number; y: number }) => void;
  /** Figures a data warning is about (their wording): marked as unverified. */
  unverified?: readonly string[];
  /** The figure a clicked data warning is about: highlighted. */
  highlight?: string | undefined;
}

function ElementView({ el, theme }: { el: Element; theme: ThemeSpec }) {
  const fig = theme.colors.figure;
  switch (el.kind) {
    case 'shape': {
      const style: CSSProperties = {
        position: 'absolute',
        left: el.box.x,
        top: el.box.y,
        width: el.box.w,
        height: el.box.h,
        background: el.fill,
        border: el.stroke ? `${el.strokeWidthPx}px solid ${el.stroke}` : undefined,
        borderRadius: el.shape === 'ellipse' ? '50%' : undefined,
        boxSizing: 'border-box',
      };
      return <div data-kind="shape" style={style} />;
    }
    case 'text':
      return (
        <div data-kind="text" data-role={el.role}>
          <TextBlockView block={el} emphasisColor={fig} />
        </div>
      );
    case 'kpi':
      return (
        <div data-kind="kpi">
          <div
            style={{
              position: 'absolute',
              left: el.box.x,
              top: el.box.y,
              width: el.box.w,
              height: el.box.h,
              background: el.fill,
              border: `${el.borderWidthPx}px solid ${el.border}`,
              boxSizing: 'border-box',
            }}
          />
          <div
            style={{
              position: 'absolute',
              left: el.box.x,
              top: el.box.y,
              width: el.accentWidthPx,
              height: el.box.h,
              background: el.accent,
            }}
          />
          <TextBlockView block={el.value} emphasisColor={fig} />
          <TextBlockView block={el.label} emphasisColor={fig} />
        </div>
      );
    case 'list':
      return (
        <div data-kind="list">
          {el.items.map((item, i) => (
            <div key={i} className="list-item">
              <TextBlockView block={item.markerBlock} emphasisColor={fig} />
              <TextBlockView block={item.block} emphasisColor={fig} />
            </div>
          ))}
        </div>
      );
    case 'table': {
      const boxes = tableCellBoxes(el);
      return (
        <div data-kind="table">
          {el.rows.map((row, r) =>
            row.map((cell, c) => {
              const b = boxes[r]![c]!;
              return (
                <div key={`${r}-${c}`}>
                  <div
                    style={{
                      position: 'absolute',
                      left: b.x,
                      top: b.y,
                      width: b.w,
                      height: b.h,
                      background: cell.fill,
                      border: `${el.borderWidthPx}px solid ${el.borderColor}`,
                      boxSizing: 'border-box',
                    }}
                  />
                  <TextBlockView block={cell.block} emphasisColor={r < el.headerRows ? cell.block.color : fig} />
                </div>
              );
            }),
          )}
        </div>
      );
    }
    case 'chart':
      return <ChartView el={el} emphasisColor={fig} background={theme.colors.background} />;
    default:
      return assertNever(el, 'element kind');
  }
}

function boxOf(el: Element) {
  return el.box;
}

/**
 * The hover text of a figure: each figure's label and wording with its source quote, so an
 * official can check a number without clicking (the click opens the same in a panel).
 */
export function figureTooltip(figures: readonly FigureRef[]): string {
  return figures.map((f) => `${f.label}：${f.display}\n原文：“${f.quote}”`).join('\n\n');
}

/** The deck canvas the slide view draws at (hidden slides get the deck's backup tag). */
const CANVAS = { widthPx: CANVAS_WIDTH_PX, heightPx: CANVAS_HEIGHT_PX };

export const SlideView = memo(function SlideView({ slide, theme, onFigures, unverified, highlight }: SlideViewProps) {
  return (
    <div
      className="slide-canvas"
      data-slide-id={slide.id}
      data-slide-kind={slide.kind}
      style={{
        position: 'relative',
        width: 1280,
        height: 720,
        background: slide.background,
        overflow: 'hidden',
        fontFamily: `'${theme.fontFamily}', sans-serif`,
      }}
    >
      {drawnElements(slide, { size: CANVAS, theme }, BACKUP_TAG_TEXT).map((el, i) => (
        <ElementView key={i} el={el} theme={theme} />
      ))}
      {onFigures &&
        slide.elements.map((el, i) => {
          const figures = figuresOfElement(el);
          if (figures.length === 0) return null;
          const b = boxOf(el);
          return (
            <button
              key={`hit-${i}`}
              type="button"
              className={`figure-hit${figures.some((f) => unverified?.includes(f.display)) ? ' unverified' : ''}${highlight !== undefined && figures.some((f) => f.display === highlight) ? ' highlighted' : ''}`}
              data-figure-count={figures.length}
              title={figureTooltip(figures)}
              aria-label={figures.map((f) => `${f.label} ${f.display}`).join('，')}
              style={{ position: 'absolute', left: b.x, top: b.y, width: b.w, height: b.h }}
              onClick={(e: MouseEvent) => {
                e.stopPropagation();
                onFigures(figures, { x: b.x + b.w / 2, y: b.y + b.h });
              }}
            />
          );
        })}
    </div>
  );
});
