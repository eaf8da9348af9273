// The editor's slide rail: every slide of the briefing's sections in the briefing's order, each
// with a checkbox (in the deck or left out: left-out slides stay listed, greyed, so they can be
// brought back) and a backup toggle. Slides are reordered by drag and drop (HTML5) or with
// Alt+↑ / Alt+↓ on the current slide (useEditorKeys). A slide continued over several parts moves
// and is chosen as one.
import { type DragEvent, type RefObject, useEffect, useRef, useState } from 'react';
import type { ThemeSpec } from '../../../core/deck/themes';
import type { RailEntry } from '../briefing/rail';
import { T } from '../i18n';
import { LazyThumb } from './LazyThumb';

/**
 * Room in the rail beside a thumbnail: the rail's padding (2 × 8), an item's padding and border
 * (2 × 4 + 2 × 2) and the number column with its gap (20 + 4). The thumbnail takes the rest.
 */
const RAIL_OVERHEAD_PX = 52;
/** Before the rail is measured, and never narrower than this. */
const MIN_THUMB_WIDTH_PX = 150;

/** The thumbnail width the rail's current width leaves room for (it grows with the window). */
function useThumbWidth(rail: RefObject<HTMLElement | null>): number {
  const [widthPx, setWidthPx] = useState(MIN_THUMB_WIDTH_PX);
  useEffect(() => {
    const el = rail.current;
    if (!el) return;
    const measure = () => setWidthPx(Math.max(MIN_THUMB_WIDTH_PX, Math.floor(el.clientWidth - RAIL_OVERHEAD_PX)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [rail]);
  return widthPx;
}

/** Our own drag type: a file dragged onto the window is not a slide. */
const DRAG_TYPE = 'application/x-govbrief-slide';

export interface RailProps {
  entries: RailEntry[];
  theme: ThemeSpec;
  /** Index of the current slide in the deck. */
  current: number;
  onPick(index: number): void;
  onInclude(entry: RailEntry, included: boolean): void;
  onBackup(entry: RailEntry, backup: boolean): void;
  /** Move an entry to a position among the entries. */
  onMove(id: string, to: number): void;
  /** The briefing's own notes, by slide id (marked in the rail). */
  notesOf: Readonly<Record<string, string>>;
}

export function Rail({ entries, theme, current, onPick, onInclude, onBackup, onMove, notesOf }: RailProps) {
  const currentRef = useRef<HTMLDivElement>(null);
  const railRef = useRef<HTMLElement>(null);
  const thumbWidthPx = useThumbWidth(railRef);
  const [dragId, setDragId] = useState<string>();
  const [drop, setDrop] = useState<{ at: number; after: boolean }>();
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect must
    // return nothing but a clean-up function.
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const endDrag = () => {
    setDragId(undefined);
    setDrop(undefined);
  };
  const isSlideDrag = (e: DragEvent) => e.dataTransfer.types.includes(DRAG_TYPE);

  return (
    <nav ref={railRef} className="rail" aria-label={T.editor.slides} data-testid="rail" title={T.briefing.dragHint}>
      {entries.map((entry, at) => (
        <div
          key={entry.id}
          className={`rail-entry${entry.included ? '' : ' excluded'}${dragId === entry.id ? ' dragging' : ''}${drop?.at === at ? (drop.after ? ' drop-after' : ' drop-before') : ''}`}
          data-entry-id={entry.id}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, entry.id);
            e.dataTransfer.effectAllowed = 'move';
            setDragId(entry.id);
          }}
          onDragEnd={endDrag}
          onDragOver={(e) => {
            if (!isSlideDrag(e)) return;
            e.preventDefault();
            e.stopPropagation();
            e.dataTransfer.dropEffect = 'move';
            const box = e.currentTarget.getBoundingClientRect();
            const after = e.clientY > box.top + box.height / 2;
            if (drop?.at !== at || drop.after !== after) setDrop({ at, after });
          }}
          onDrop={(e) => {
            if (!isSlideDrag(e)) return;
            e.preventDefault();
            e.stopPropagation();
            const id = e.dataTransfer.getData(DRAG_TYPE);
            const from = entries.findIndex((x) => x.id === id);
            const box = e.currentTarget.getBoundingClientRect();
            const after = e.clientY > box.top + box.height / 2;
            endDrag();
            if (from < 0) return;
            // The position it ends at, once it has left its old one.
            let to = after ? at + 1 : at;
            if (from < to) to -= 1;
            if (to !== from) onMove(id, to);
          }}
        >
          {entry.slides.map(({ slide, index }, part) => (
            <div
              key={slide.id}
              ref={index === current ? currentRef : undefined}
              className={`rail-item${index === current ? ' current' : ''}${entry.backup ? ' hidden-slide' : ''}${entry.included ? '' : ' excluded'}${slide.id in notesOf ? ' notes-edited' : ''}`}
              data-index={index >= 0 ? index : undefined}
              data-slide-id={slide.id}
              aria-current={index === current}
              tabIndex={index >= 0 ? 0 : undefined}
              onClick={() => index >= 0 && onPick(index)}
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget || index < 0) return;
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick(index);
                }
              }}
            >
              <span className="rail-num">
                {index >= 0 ? index + 1 : <span className="excluded-badge">{T.briefing.excludedBadge}</span>}
                {part === 0 && (
                  <>
                    <input
                      type="checkbox"
                      checked={entry.included}
                      title={T.briefing.includeTitle}
                      aria-label={`${T.briefing.include}：${slide.title}`}
                      data-testid="slide-include"
                      onClick={(e) => e.stopPropagation()}
                      onChange={(e) => onInclude(entry, e.target.checked)}
                    />
                    <button
                      type="button"
                      className="backup-toggle"
                      aria-pressed={entry.backup}
                      title={T.briefing.backupTitle}
                      data-testid="slide-backup"
                      onClick={(e) => {
                        e.stopPropagation();
                        onBackup(entry, !entry.backup);
                      }}
                    >
                      {T.briefing.backup}
                    </button>
                  </>
                )}
                {entry.backup && part > 0 && <em>{T.editor.hiddenBadge}</em>}
                {slide.id in notesOf && (
                  <span className="notes-mark" title={T.briefing.notesEditedMark}>
                    ✎
                  </span>
                )}
              </span>
              <LazyThumb slide={slide} theme={theme} widthPx={thumbWidthPx} />
            </div>
          ))}
        </div>
      ))}
    </nav>
  );
}
