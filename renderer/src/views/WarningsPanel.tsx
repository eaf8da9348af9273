// 数据提示: the report's data warnings, each placed on its slide and figure ("第 3 页 · 晋创谷挂牌运营
// 7个设区市：…"), a click going to that slide and highlighting the figure; warnings about the
// whole file keep their line:column. Opens below the toolbar, with a close button.
import type { WarningPlace } from '../warnings/place';
import { T } from '../i18n';

export function WarningsPanel({
  places,
  onPick,
  onClose,
}: {
  places: WarningPlace[];
  onPick(place: WarningPlace): void;
  onClose(): void;
}) {
  return (
    <aside className="warnings" data-testid="warnings" aria-labelledby="warnings-title">
      <div className="warnings-head">
        <h2 id="warnings-title">{T.editor.warnings}</h2>
        <button
          type="button"
          aria-label={`${T.figure.close}：${T.editor.warnings}`}
          onClick={onClose}
          data-testid="warnings-close"
        >
          {T.figure.close}
        </button>
      </div>
      {places.length === 0 ? (
        <p>{T.editor.noWarnings}</p>
      ) : (
        <ul>
          {places.map((w, i) => {
            const where = [
              w.index !== undefined ? T.warnings.slide(w.index + 1) : undefined,
              w.figure ? `${w.figure.label} ${w.figure.display}`.trim() : undefined,
            ].filter(Boolean);
            const text = `${where.length ? `${where.join(' · ')}：` : ''}${w.problem.message.zh}`;
            return (
              <li key={i} data-testid="warning">
                {w.index !== undefined ? (
                  <button type="button" className="warning-go" onClick={() => onPick(w)}>
                    {text}
                  </button>
                ) : (
                  <span>{text}</span>
                )}
                <div className="hint">
                  <code>
                    {w.problem.line}:{w.problem.column}
                  </code>{' '}
                  {w.problem.hint.zh}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
