// The export panel: PowerPoint, PDF slides, handouts (1–6 per page), notes pages, briefing memo;
// for PDFs an optional watermark (the briefing's, else "内部资料") and an optional date line
// (the briefing's, else off with today's date prefilled, to edit, e.g. "2025年3月5日印发"; the
// choice made for a PDF is saved in the briefing); progress while the
// worker runs; where the file went, and the exporter's warnings (e.g. characters the font cannot
// draw). What is exported is the briefing's deck.
import { useState } from 'react';
import type { ExportFormat } from '../../../core/export/names';
import type { ExportState } from '../export/export-runner';
import { T } from '../i18n';

export interface ExportChoice {
  format: ExportFormat;
  perPage: number;
  watermark: string | undefined;
  /** PDF: the date line, trimmed; undefined when off or empty. */
  dateLine: string | undefined;
}

const PER_PAGE = [1, 2, 3, 4, 6];
/** The CLI's --date-line limit (core/cli.ts MAX_DATE_LINE_CHARS): it shares the header line with the title. */
const MAX_DATE_LINE_CHARS = 40;

/**
 * A warning as shown: without invisible format characters (a warning quotes the characters the
 * font lacks, and a quoted U+202E would reverse the rest of the line); the code point named
 * beside each keeps it identifiable.
 */
const visible = (warning: string) => warning.replace(/\p{Cf}/gu, '');

export function ExportPanel({
  state,
  initialFormat,
  watermark: briefingWatermark,
  dateLine: briefingDateLine,
  onExport,
  onReveal,
  onClose,
}: {
  state: ExportState;
  initialFormat: ExportFormat;
  /** The briefing's watermark: checked, and its text, by default. */
  watermark?: string | undefined;
  /** The briefing's date line: checked, and its text, by default. */
  dateLine?: string | undefined;
  onExport: (c: ExportChoice) => void;
  onReveal: ((path: string) => void) | undefined;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [perPage, setPerPage] = useState(3);
  const [watermark, setWatermark] = useState(briefingWatermark !== undefined);
  const watermarkText = briefingWatermark ?? T.exporting.watermarkText;
  const [dateLine, setDateLine] = useState(briefingDateLine !== undefined);
  const [dateLineText, setDateLineText] = useState(() => briefingDateLine ?? T.exporting.today(new Date()));
  const chosenDateLine = dateLine && dateLineText.trim() !== '' ? dateLineText.trim() : undefined;
  const running = state.kind === 'running';
  return (
    <div
      className="overlay export"
      role="dialog"
      aria-label={T.exporting.title}
      data-testid="export-panel"
      onClick={running ? undefined : onClose}
    >
      <div className="panel" onClick={(e) => e.stopPropagation()}>
        <h2>{T.exporting.title}</h2>
        <fieldset disabled={running}>
          {(Object.keys(T.exporting.formats) as ExportFormat[]).map((f) => (
            <label key={f} className="export-format">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
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
          {format !== 'pptx' && (
            <label className="export-watermark">
              <input
                type="checkbox"
                checked={watermark}
                onChange={(e) => setWatermark(e.target.checked)}
                data-testid="export-watermark"
              />
              {T.exporting.watermark(watermarkText)}
            </label>
          )}
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
        <div className="export-status" data-testid="export-status" data-state={state.kind}>
          {state.kind === 'running' && (
            <>
              <progress max={Math.max(1, state.total)} value={state.done} />{' '}
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
          <button type="button" onClick={onClose} disabled={running}>
            {T.exporting.close}
          </button>
          <button
            type="button"
            className="primary"
            disabled={running}
            data-testid="export-run"
            onClick={() =>
              onExport({ format, perPage, watermark: watermark ? watermarkText : undefined, dateLine: chosenDateLine })
            }
          >
            {T.exporting.run}
          </button>
        </div>
      </div>
    </div>
  );
}
