// The export dialog: PowerPoint, PDF slides, handouts (1–6 per page), notes pages, briefing memo.
// It says what it will export (slides, backups, slides left out) and can leave the backups out;
// the watermark is the briefing's one (set in the toolbar, seen on the editor's preview), named
// here; PDFs take an optional date line (off by default; today's date prefilled, to edit, e.g.
// "2025年3月5日印发"; the briefing's, and the choice made is saved in it); progress while the worker runs; where the file went, and the exporter's
// warnings (e.g. characters the font cannot draw). Changing the format clears the last result.
// A modal dialog: focus moves in and stays, Esc closes it (not while exporting).
import { useRef, useState } from 'react';
import { MAX_DATE_LINE_CHARS } from '../../../core/briefing/schema';
import type { ExportFormat } from '../../../core/export/names';
import { useDialogFocus } from '../app/useDialogFocus';
import { type ExportCounts, exportsSlides, exportSummary } from '../export/export-deck';
import type { ExportState } from '../export/export-runner';
import { T } from '../i18n';

export interface ExportChoice {
  format: ExportFormat;
  perPage: number;
  watermark: string | undefined;
  /** PDF: the date line, trimmed; undefined when off or empty. */
  dateLine: string | undefined;
  includeBackups: boolean;
}

const PER_PAGE = [1, 2, 3, 4, 6];

/**
 * A warning as shown: without invisible format characters (a warning quotes the characters the
 * font lacks, and a quoted U+202E would reverse the rest of the line); the code point named
 * beside each keeps it identifiable.
 */
const visible = (warning: string) => warning.replace(/\p{Cf}/gu, '');

export function ExportPanel({
  state,
  initialFormat,
  counts,
  watermark,
  dateLine: briefingDateLine,
  onExport,
  onFormatChange,
  onReveal,
  onClose,
}: {
  state: ExportState;
  initialFormat: ExportFormat;
  /** What the briefing's deck holds. */
  counts: ExportCounts;
  /** The briefing's watermark (PDF formats). */
  watermark: string | undefined;
  /** The briefing's date line: checked, and its text, by default. */
  dateLine?: string | undefined;
  onExport: (c: ExportChoice) => void;
  /** Another format was chosen: the last export's result no longer applies. */
  onFormatChange: () => void;
  onReveal: ((path: string) => void) | undefined;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [perPage, setPerPage] = useState(3);
  const [includeBackups, setIncludeBackups] = useState(true);
  const [dateLine, setDateLine] = useState(briefingDateLine !== undefined);
  const [dateLineText, setDateLineText] = useState(() => briefingDateLine ?? T.exporting.today(new Date()));
  const chosenDateLine = dateLine && dateLineText.trim() !== '' ? dateLineText.trim() : undefined;
  const running = state.kind === 'running';
  const close = running ? undefined : onClose;
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useDialogFocus(ref, close);
  const choose = (f: ExportFormat) => {
    setFormat(f);
    if (state.kind !== 'running') onFormatChange();
  };
  return (
    <div className="overlay export" data-testid="export-panel" onClick={close}>
      <div
        ref={ref}
        className="panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="export-title">{T.exporting.title}</h2>
        <fieldset disabled={running}>
          <legend className="visually-hidden">{T.exporting.title}</legend>
          {(Object.keys(T.exporting.formats) as ExportFormat[]).map((f) => (
            <label key={f} className="export-format">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                data-autofocus={format === f ? true : undefined}
                onChange={() => choose(f)}
                data-testid={`export-format-${f}`}
              />
              {T.exporting.formats[f]}
              {f === 'handout' && format === 'handout' && (
                <select
                  value={perPage}
                  onChange={(e) => setPerPage(Number(e.target.value))}
                  aria-label={T.exporting.perPage}
                  data-testid="export-per-page"
                >
                  {PER_PAGE.map((n) => (
                    <option key={n} value={n}>
                      {T.exporting.perPageOption(n)}
                    </option>
                  ))}
                </select>
              )}
            </label>
          ))}
          <p className="export-summary" data-testid="export-summary">
            {exportSummary(format, counts, includeBackups)}
          </p>
          {exportsSlides(format) && counts.backups > 0 && (
            <label className="export-watermark">
              <input
                type="checkbox"
                checked={includeBackups}
                onChange={(e) => setIncludeBackups(e.target.checked)}
                data-testid="export-backups"
              />
              {T.exporting.includeBackups(counts.backups)}
            </label>
          )}
          <p className="export-watermark-note" data-testid="export-watermark">
            {format === 'pptx'
              ? T.exporting.pptxNoWatermark
              : watermark
                ? T.exporting.watermarkIs(watermark)
                : T.exporting.noWatermark}
            {format !== 'pptx' && <span className="hint-inline">{T.exporting.watermarkWhere}</span>}
          </p>
          {format !== 'pptx' && (
            <div className="export-watermark export-date-line">
              <label>
                <input
                  type="checkbox"
                  checked={dateLine}
                  onChange={(e) => setDateLine(e.target.checked)}
                  data-testid="export-date-line"
                />{' '}
                {T.exporting.dateLine}
              </label>
              <input
                type="text"
                value={dateLineText}
                maxLength={MAX_DATE_LINE_CHARS}
                disabled={!dateLine}
                placeholder={T.exporting.dateLinePlaceholder}
                aria-label={T.exporting.dateLineText}
                onChange={(e) => setDateLineText(e.target.value)}
                data-testid="export-date-line-text"
              />
            </div>
          )}
        </fieldset>
        <div className="export-status" data-testid="export-status" data-state={state.kind} aria-live="polite">
          {state.kind === 'running' && (
            <>
              <progress max={Math.max(1, state.total)} value={state.done} aria-label={T.exporting.title} />{' '}
              {T.exporting.progress(state.done, state.total)}
            </>
          )}
          {state.kind === 'saved' && (
            <>
              {T.exporting.saved(state.path ?? state.fileName)}
              {state.path && onReveal && (
                <button type="button" onClick={() => onReveal(state.path!)}>
                  {T.exporting.reveal}
                </button>
              )}
              {state.warnings.length > 0 && (
                <div className="export-warnings" role="status" data-testid="export-warnings">
                  {T.exporting.warnings(state.warnings.length)}
                  <ul>
                    {state.warnings.map((w, i) => (
                      <li key={i}>{visible(w)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
          {state.kind === 'cancelled' && T.exporting.cancelled}
          {state.kind === 'failed' && <span className="error">{T.exporting.failed(state.message)}</span>}
        </div>
        <div className="export-actions">
          <button type="button" onClick={onClose} disabled={running} data-testid="export-close">
            {T.exporting.close}
          </button>
          <button
            type="button"
            className="primary"
            disabled={running}
            data-testid="export-run"
            onClick={() =>
              onExport({
                format,
                perPage,
                watermark: format === 'pptx' ? undefined : watermark,
                dateLine: chosenDateLine,
                includeBackups,
              })
            }
          >
            {T.exporting.run}
          </button>
        </div>
      </div>
    </div>
  );
}
