// The briefing's side panel: which report sections are in the deck and in what order, the cover's
// wording (empty fields keep the report's, shown as placeholders), and back to the whole report.
import { COVER_FIELDS, type CoverField } from '../../../core/briefing/edit';
import { type Briefing, MAX_TARGET_MINUTES } from '../../../core/briefing/schema';
import { chineseDate } from '../../../core/deck/slides/common';
import type { Report } from '../../../core/report/schema';
import type { BriefingAction } from '../briefing/reducer';
import { T } from '../i18n';

export interface BriefingPanelProps {
  report: Report;
  briefing: Briefing;
  onEdit(action: BriefingAction): void;
  onReset(): void;
}

function reportCover(report: Report): Record<CoverField, string> {
  return {
    title: report.title,
    presenter: report.delivered.by,
    meeting: report.delivered.meeting,
    date: chineseDate(report.delivered.date),
  };
}

/** Whole minutes from the field, within what a briefing keeps; anything else is "not timed". */
function targetMinutesOf(value: string): number | undefined {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_TARGET_MINUTES ? n : undefined;
}

export function BriefingPanel({ report, briefing, onEdit, onReset }: BriefingPanelProps) {
  const reportSections = report.sections.map((s) => s.id);
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  // Included sections in the briefing's order, then the others in the report's.
  const rows = [
    ...briefing.sections.filter((id) => titles.has(id)),
    ...reportSections.filter((id) => !briefing.sections.includes(id)),
  ];
  const defaults = reportCover(report);
  return (
    <aside className="briefing-panel" aria-label={T.briefing.panel} data-testid="briefing-panel">
      <h2>{T.briefing.sections}</h2>
      <ul className="section-list">
        {rows.map((id) => {
          const at = briefing.sections.indexOf(id);
          const included = at >= 0;
          return (
            <li key={id} className={included ? '' : 'excluded'} data-section-id={id}>
              <label>
                <input
                  type="checkbox"
                  checked={included}
                  data-testid={`section-${id}`}
                  onChange={(e) => onEdit({ type: 'setSection', id, included: e.target.checked, reportSections })}
                />
                {titles.get(id)}
              </label>
              {included && (
                <span className="section-move">
                  <button
                    type="button"
                    disabled={at === 0}
                    aria-label={`${T.briefing.sectionUp}：${titles.get(id)}`}
                    onClick={() => onEdit({ type: 'moveSection', id, to: at - 1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={at === briefing.sections.length - 1}
                    aria-label={`${T.briefing.sectionDown}：${titles.get(id)}`}
                    onClick={() => onEdit({ type: 'moveSection', id, to: at + 1 })}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <h2>{T.briefing.cover}</h2>
      {COVER_FIELDS.map((field) => (
        <label key={field} className="cover-field">
          <span>{T.briefing.coverFields[field]}</span>
          <input
            value={briefing.cover[field] ?? ''}
            placeholder={defaults[field]}
            maxLength={200}
            data-testid={`cover-${field}`}
            onChange={(e) => onEdit({ type: 'setCover', field, value: e.target.value })}
          />
        </label>
      ))}
      <p className="hint">{T.briefing.coverHint}</p>
      <h2>{T.briefing.timing}</h2>
      <label className="cover-field">
        <span>{T.briefing.targetMinutes}</span>
        <input
          type="number"
          min={1}
          max={MAX_TARGET_MINUTES}
          step={1}
          inputMode="numeric"
          value={briefing.targetMinutes ?? ''}
          placeholder={T.briefing.untimed}
          data-testid="target-minutes"
          onChange={(e) => onEdit({ type: 'setTargetMinutes', minutes: targetMinutesOf(e.target.value) })}
        />
      </label>
      <button type="button" onClick={onReset} title={T.briefing.resetTitle} data-testid="briefing-reset">
        {T.briefing.reset}
      </button>
    </aside>
  );
}
