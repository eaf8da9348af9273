// The source text as read, each entry of the draft marked where its quote is; the selected
// entry's mark is scrolled into view. Selecting text here is how entries are added.
import { useEffect, useMemo, useRef } from 'react';
import { type DraftEntry, locateQuote, quoteIndex } from './model';

interface Mark {
  start: number;
  end: number;
  pointer: string;
}

export function SourcePane({
  source,
  entries,
  selected,
  onSelect,
}: {
  source: string;
  entries: DraftEntry[];
  selected: string | undefined;
  onSelect: (pointer: string) => void;
}) {
  const index = useMemo(() => quoteIndex(source), [source]);
  const marks = useMemo(() => {
    const found: Mark[] = [];
    for (const e of entries) {
      const at = locateQuote(index, e.quote);
      if (at) found.push({ ...at, pointer: e.pointer });
    }
    // Nested quotes (a point inside its work area's text) keep the outer mark only.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const flat: Mark[] = [];
    for (const m of found) if (!flat.length || m.start >= flat[flat.length - 1]!.end) flat.push(m);
    return flat;
  }, [index, entries]);
  const ref = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (!selected) return;
    ref.current?.querySelector(`mark[data-pointer="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) parts.push(source.slice(at, m.start));
    parts.push(
      <mark
        key={m.pointer}
        data-pointer={m.pointer}
        className={m.pointer === selected ? 'active' : undefined}
        onClick={() => onSelect(m.pointer)}
      >
        {source.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(source.slice(at));
  return (
    <pre className="import-source" ref={ref} data-testid="import-source">
      {parts}
    </pre>
  );
}
