// The draft's entries with accept / edit / delete, and the review items the importer listed.
import { useState } from 'react';
import type { ReviewItem } from '../../../core/import/review-items';
import { chartRefusal, type ChartKind, type DraftEntry } from './model';

const KIND_LABEL: Record<DraftEntry['kind'], string> = {
  target: '目标',
  highlight: '亮点',
  project: '民生实事',
  task: '重点工作',
  point: '要点',
};

function EntryRow({
  entry,
  accepted,
  selected,
  onSelect,
  onAccept,
  onEdit,
  onDelete,
  onChart,
}: {
  entry: DraftEntry;
  accepted: boolean;
  selected: boolean;
  onSelect: () => void;
  onAccept: () => void;
  onEdit: (text: string) => void;
  onDelete: () => void;
  onChart: (kind: ChartKind) => void;
}) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  return (
    <li
      className={`import-entry${selected ? ' selected' : ''}${accepted ? ' accepted' : ''}`}
      data-testid="import-entry"
      data-pointer={entry.pointer}
      data-kind={entry.kind}
    >
      <button type="button" className="import-entry-text" onClick={onSelect}>
        <span className="import-kind">{KIND_LABEL[entry.kind]}</span> {entry.text}
        {entry.figures.length > 0 && (
          <span className="import-figures">{entry.figures.map((f) => f.display).join(' · ')}</span>
        )}
      </button>
      {editing !== undefined ? (
        <span className="import-edit">
          <input
            aria-label="修改文字"
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            data-testid="import-edit-input"
          />
          <button
            type="button"
            onClick={() => {
              if (editing.trim()) onEdit(editing.trim());
              setEditing(undefined);
            }}
          >
            确定
          </button>
        </span>
      ) : (
        <span className="import-actions">
          <button type="button" onClick={onAccept} disabled={accepted} data-testid="import-accept">
            {accepted ? '已接受' : '接受'}
          </button>
          <button type="button" onClick={() => setEditing(entry.text)} data-testid="import-edit">
            编辑
          </button>
          <button type="button" onClick={onDelete} data-testid="import-delete">
            删除
          </button>
          {entry.kind === 'highlight' &&
            (['bar', 'kpi'] as const).map((kind) => {
              const refusal = chartRefusal(entry.figures, kind);
              return (
                <button
                  key={kind}
                  type="button"
                  disabled={refusal !== undefined}
                  title={refusal}
                  onClick={() => onChart(kind)}
                  data-testid={`import-chart-${kind}`}
                >
                  {kind === 'bar' ? '设为柱状图' : '设为指标卡'}
                </button>
              );
            })}
        </span>
      )}
    </li>
  );
}

export function EntriesPane(props: {
  entries: DraftEntry[];
  accepted: readonly string[];
  selected: string | undefined;
  items: ReviewItem[];
  onSelect: (pointer: string) => void;
  onAccept: (pointer: string) => void;
  onEdit: (pointer: string, text: string) => void;
  onDelete: (pointer: string) => void;
  onChart: (pointer: string, kind: ChartKind) => void;
}) {
  return (
    <div className="import-entries">
      <h2>待核对（{props.items.length}）</h2>
      <ul className="import-review-items" data-testid="import-review-items">
        {props.items.map((it, i) => (
          <li key={i} data-kind={it.kind}>
            {it.pointer ? (
              <button
                type="button"
                className="link"
                onClick={() => props.onSelect(it.pointer!.replace(/\/(figure|title|key|note)$/u, ''))}
              >
                {it.message.zh}
              </button>
            ) : (
              it.message.zh
            )}
          </li>
        ))}
      </ul>
      <h2>提取的条目（{props.entries.length}）</h2>
      <ul className="import-entry-list" data-testid="import-entries">
        {props.entries.map((e) => (
          <EntryRow
            key={e.pointer}
            entry={e}
            accepted={props.accepted.includes(e.pointer)}
            selected={props.selected === e.pointer}
            onSelect={() => props.onSelect(e.pointer)}
            onAccept={() => props.onAccept(e.pointer)}
            onEdit={(t) => props.onEdit(e.pointer, t)}
            onDelete={() => props.onDelete(e.pointer)}
            onChart={(kind) => props.onChart(e.pointer, kind)}
          />
        ))}
      </ul>
    </div>
  );
}
