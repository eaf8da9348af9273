// The current slide's speaker notes, editable: an edit is kept in the briefing for this slide
// (each part of a continued slide has its own); "恢复原备注" brings back the deck's notes.
import { MAX_NOTE_CHARS } from '../../../core/briefing/schema';
import type { Slide } from '../../../core/deck/types';
import { T } from '../i18n';

export interface NotesEditorProps {
  slide: Slide | undefined;
  position: number;
  count: number;
  /** The briefing has its own notes for this slide. */
  edited: boolean;
  onChange(text: string): void;
  onRestore(): void;
}

export function NotesEditor({ slide, position, count, edited, onChange, onRestore }: NotesEditorProps) {
  return (
    <section className="notes" aria-label={T.editor.notes}>
      <div className="notes-head">
        <span>
          {T.editor.notes} · {T.editor.slideOf(position + 1, count)}
          {edited && T.briefing.notesEdited}
        </span>
        <button type="button" onClick={onRestore} disabled={!edited} data-testid="notes-restore">
          {T.briefing.restoreNotes}
        </button>
      </div>
      <textarea
        className="notes-input"
        data-testid="notes"
        aria-label={T.editor.notes}
        value={slide?.notes ?? ''}
        placeholder={T.briefing.notesPlaceholder}
        maxLength={MAX_NOTE_CHARS}
        disabled={!slide}
        onChange={(e) => onChange(e.target.value)}
      />
    </section>
  );
}
