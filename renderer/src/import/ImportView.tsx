// 新建 › 从报告原文导入…: paste a report's text or pick a .txt/.docx/.pdf, then review the draft:
// the source with each extracted entry marked, the entries (accept / edit / delete), text
// selected in the source added as a target, highlight, project or point, a live slide preview,
// undo/redo, and 保存为报告文件: on the desktop through main (the source text beside the report,
// both written atomically, then reopened by the loader); on the web a download, the text inline.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { compileDeck } from '../../../core/deck/compile';
import type { Deck } from '../../../core/deck/types';
import { importReportText } from '../../../core/import/draft';
import { readImportFile } from '../../../core/import/read';
import { loadReport } from '../../../core/report/load';
import type { Problem } from '../../../core/report/problems';
import type { Bridge, OpenedReport } from '../bridge/types';
import { type History, record, redo, startHistory, undo } from '../briefing/history';
import { SlideView } from '../slide/SlideView';
import { Stage } from '../slide/Stage';
import { EntriesPane } from './EntriesPane';
import './import.css';
import {
  acceptEntry,
  type AddKind,
  addFromSelection,
  deleteEntry,
  draftEntries,
  editEntry,
  type ReviewState,
  setChart,
} from './model';
import { SourcePane } from './SourcePane';

const ADD_BUTTONS: { kind: AddKind; label: string }[] = [
  { kind: 'target', label: '添为目标' },
  { kind: 'highlight', label: '添为亮点' },
  { kind: 'project', label: '添为民生实事' },
  { kind: 'point', label: '添为要点' },
];

async function pdfWorker(): Promise<void> {
  // pdf.js in a browser parses in a worker; Vite bundles it as a worker script of the build.
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs?worker'),
  ]);
  pdfjs.GlobalWorkerOptions.workerPort ??= new worker.default();
}

function InputStep({ onText, error }: { onText: (text: string, name: string) => void; error: string | undefined }) {
  const [text, setText] = useState('');
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | undefined>(undefined);
  return (
    <div className="import-input" data-testid="import-input">
      <p>粘贴政府工作报告原文，或选择 .txt、.docx、.pdf（带文字层）文件。原文按读到的样子保存为报告的来源。</p>
      <textarea
        aria-label="报告原文"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={16}
        data-testid="import-paste"
      />
      <div className="import-input-actions">
        <button
          type="button"
          disabled={text.trim() === ''}
          onClick={() => onText(text, '粘贴的文字')}
          data-testid="import-run"
        >
          导入
        </button>
        <label>
          选择文件…
          <input
            type="file"
            accept=".txt,.docx,.pdf"
            data-testid="import-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setReading(true);
              setReadError(undefined);
              if (file.name.toLowerCase().endsWith('.pdf')) await pdfWorker();
              const read = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
              setReading(false);
              if (read.ok) onText(read.text, file.name);
              else setReadError(`${file.name}：${read.message.zh}`);
            }}
          />
        </label>
        {reading && <span role="status">正在读取…</span>}
      </div>
      {(readError ?? error) && (
        <p className="import-error" role="alert" data-testid="import-error">
          {readError ?? error}
        </p>
      )}
    </div>
  );
}

function Preview({ deck, slide, onSlide }: { deck: Deck | string; slide: number; onSlide: (n: number) => void }) {
  if (typeof deck === 'string')
    return (
      <p className="import-error" role="alert">
        预览失败：{deck}
      </p>
    );
  const n = Math.min(slide, deck.slides.length - 1);
  const current = deck.slides[n];
  return (
    <div className="import-preview" data-testid="import-preview">
      <div className="import-preview-nav">
        <button type="button" onClick={() => onSlide(Math.max(0, n - 1))} disabled={n <= 0}>
          上一页
        </button>
        <span data-testid="import-preview-page">
          {n + 1} / {deck.slides.length}
        </span>
        <button
          type="button"
          onClick={() => onSlide(Math.min(deck.slides.length - 1, n + 1))}
          disabled={n >= deck.slides.length - 1}
        >
          下一页
        </button>
      </div>
      {current && (
        <Stage className="import-stage">
          <SlideView slide={current} theme={deck.theme} />
        </Stage>
      )}
    </div>
  );
}

/** A problem of the saved file as the note under the toolbar: where it is, then what. */
function problemNote(prefix: string, p: Problem | undefined): string {
  return p ? `${prefix}第 ${p.line} 行第 ${p.column} 列：${p.message.zh}` : prefix;
}

export function ImportView({
  onClose,
  saveImport,
  onSaved,
}: {
  onClose: () => void;
  /** The host's save (Electron); undefined: download the file. */
  saveImport?: Bridge['saveImport'];
  /** The saved file as the host reopened it, without problems. */
  onSaved?: (opened: OpenedReport) => void;
}) {
  const [history, setHistory] = useState<History<ReviewState> | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [slide, setSlide] = useState(0);
  const [saveNote, setSaveNote] = useState<string | undefined>(undefined);
  const state = history?.present;
  const apply = useCallback((f: (s: ReviewState) => ReviewState, key?: string) => {
    setHistory((h) => (h ? record(h, f(h.present), key) : h));
  }, []);

  const onText = (text: string, name: string) => {
    const result = importReportText(text);
    if (!result.ok) return setError(`${name}：${result.message.zh}`);
    setError(undefined);
    setHistory(startHistory({ source: text, report: result.report, items: result.items, accepted: [] }));
  };

  const entries = useMemo(() => (state ? draftEntries(state.report) : []), [state]);
  const deck = useMemo((): Deck | string | undefined => {
    if (!state) return undefined;
    try {
      return compileDeck(state.report);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [state]);

  // Selecting an entry shows the first slide that states its wording.
  const select = (pointer: string) => {
    setSelected(pointer);
    if (!deck || typeof deck === 'string') return;
    const entry = entries.find((e) => e.pointer === pointer);
    if (!entry) return;
    // The slide with its opening words and all its figures; else the first with its opening words.
    const probes = [entry.text.slice(0, 8), ...entry.figures.map((f) => f.display)];
    const texts = deck.slides.map((sl) => JSON.stringify(sl));
    let at = texts.findIndex((t) => probes.every((p) => t.includes(p)));
    if (at < 0) at = texts.findIndex((t) => t.includes(probes[0]!));
    if (at >= 0) setSlide(at);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement | null)?.closest('input, textarea')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) setHistory((h) => (h ? undo(h) : h));
      else if (k === 'y' || (k === 'z' && e.shiftKey)) setHistory((h) => (h ? redo(h) : h));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const save = async () => {
    if (!state) return;
    const json = JSON.stringify(state.report, null, 2) + '\n';
    const file = `${state.report.id}.json`;
    // Saved only if it opens again without errors (the source text is inside the file).
    const check = loadReport(file, json, { provenance: 'error' });
    if (!check.ok) return setSaveNote(problemNote('未保存：', check.errors[0]));
    if (saveImport) {
      setSaveNote('正在保存…');
      const r = await saveImport(json, state.source, file);
      if (!r.ok) return setSaveNote(r.cancelled ? undefined : `未保存：${r.message?.zh ?? ''}`);
      const reopened = r.opened.result;
      if (!reopened.ok) return setSaveNote(problemNote(`已保存为 ${r.path}，但重新打开时出错：`, reopened.errors[0]));
      setSaveNote(`已保存为 ${r.path}`);
      return onSaved?.(r.opened);
    }
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setSaveNote(`已保存为 ${file}`);
  };

  return (
    <div className="import-view" data-testid="import-view">
      <header className="import-toolbar">
        <h1>从报告原文导入</h1>
        {state && (
          <>
            <button
              type="button"
              onClick={() => setHistory((h) => (h ? undo(h) : h))}
              disabled={!history?.past.length}
              data-testid="import-undo"
            >
              撤销
            </button>
            <button
              type="button"
              onClick={() => setHistory((h) => (h ? redo(h) : h))}
              disabled={!history?.future.length}
              data-testid="import-redo"
            >
              重做
            </button>
            {ADD_BUTTONS.map((b) => (
              <button
                key={b.kind}
                type="button"
                data-testid={`import-add-${b.kind}`}
                // Keep the selection in the source when the button is pressed.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  const sel = window.getSelection()?.toString() ?? '';
                  if (sel.trim()) apply((s) => addFromSelection(s, b.kind, sel));
                }}
              >
                {b.label}
              </button>
            ))}
            <button type="button" onClick={() => void save()} data-testid="import-save">
              保存为报告文件…
            </button>
            {saveNote && (
              <span role="status" data-testid="import-save-note">
                {saveNote}
              </span>
            )}
          </>
        )}
        <button type="button" onClick={onClose} data-testid="import-close">
          关闭
        </button>
      </header>
      {!state ? (
        <InputStep onText={onText} error={error} />
      ) : (
        <div className="import-panes">
          <SourcePane source={state.source} entries={entries} selected={selected} onSelect={select} />
          <EntriesPane
            entries={entries}
            accepted={state.accepted}
            selected={selected}
            items={state.items}
            onSelect={select}
            onAccept={(p) => apply((s) => acceptEntry(s, p))}
            onEdit={(p, t) => apply((s) => editEntry(s, p, t))}
            onDelete={(p) => apply((s) => deleteEntry(s, p))}
            onChart={(p, kind) => apply((s) => setChart(s, p, kind))}
          />
          {deck && <Preview deck={deck} slide={slide} onSlide={setSlide} />}
        </div>
      )}
    </div>
  );
}
