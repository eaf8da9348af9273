/**
 * How well a draft recovers a hand-checked report of the same text: figures matched by place,
 * wording, value and bound (recall over the hand-checked figures, precision over the draft's),
 * figures at the same place whose value or bound disagree, and projects and work areas found.
 * A figure counts as recovered only with the same display (after normalisation), value and
 * bound. Used by the import tests and the bench; pure.
 */
import { collectQuotesAndFigures, normaliseForMatch } from '../report/provenance';
import type { Figure, Report } from '../report/schema';

interface PlacedFigure {
  figure: Figure;
  pointer: string;
  /** [start, end) of the display in the normalised source; undefined if its quote is not found. */
  at: number | undefined;
  end: number;
}

function placeFigures(report: Report, source: string): PlacedFigure[] {
  const hay = normaliseForMatch(source);
  const { figures } = collectQuotesAndFigures(report);
  const searchFrom = new Map<string, number>();
  return figures.map(({ figure, pointer, quote }) => {
    const q = normaliseForMatch(quote?.quote ?? '');
    const d = normaliseForMatch(figure.display);
    const qAt = q === '' ? -1 : hay.indexOf(q);
    if (qAt < 0) return { figure, pointer, at: undefined, end: 0 };
    // Several figures of one quote with the same wording ("50个…、50个…") take successive places.
    const key = `${quote!.pointer}\u0000${d}`;
    let inQuote = q.indexOf(d, searchFrom.get(key) ?? 0);
    if (inQuote < 0) inQuote = q.indexOf(d);
    if (inQuote < 0) return { figure, pointer, at: undefined, end: 0 };
    searchFrom.set(key, inQuote + d.length);
    return { figure, pointer, at: qAt + inQuote, end: qAt + inQuote + d.length };
  });
}

export interface FigureMismatch {
  expected: Figure;
  found: Figure;
  pointer: string;
}

export interface Comparison {
  expectedFigures: number;
  draftFigures: number;
  /** Expected figures found with the same display (after normalisation), value and bound. */
  matched: number;
  /** Expected figures found with the same value and bound whose display only agrees in its
   *  start ("50个" for "50个村级"): not counted as matched; shown to explain a shortfall. */
  sameNumberOtherWording: number;
  recall: number;
  precision: number;
  /** Draft figures at the place of an expected one whose value or bound differ. */
  disagreements: FigureMismatch[];
  missed: Figure[];
  projects: { expected: number; found: number; sameText: number };
  tasks: { expected: number; found: number; sameTitle: number; expectedPoints: number; sameFoundPoints: number };
}

const sameValue = (a: Figure, b: Figure) => (a.value === undefined ? b.value === undefined : a.value === b.value);

function projectsOf(r: Report) {
  return r.sections.flatMap((s) => (s.kind === 'projects' ? s.projects : []));
}
function tasksOf(r: Report) {
  return r.sections.flatMap((s) => (s.kind === 'tasks' ? s.tasks : []));
}

export function compareReports(expected: Report, draft: Report, source: string): Comparison {
  const want = placeFigures(expected, source);
  const got = placeFigures(draft, source);
  const used = new Set<PlacedFigure>();
  let matched = 0;
  let sameNumberOtherWording = 0;
  const disagreements: FigureMismatch[] = [];
  const missed: Figure[] = [];
  for (const e of want) {
    const ed = normaliseForMatch(e.figure.display);
    const near = got.filter(
      (g) => !used.has(g) && g.at !== undefined && e.at !== undefined && g.at < e.end && e.at < g.end,
    );
    const agrees = (g: PlacedFigure) => sameValue(e.figure, g.figure) && e.figure.bound === g.figure.bound;
    const ok = near.find((g) => agrees(g) && normaliseForMatch(g.figure.display) === ed);
    if (ok) {
      used.add(ok);
      matched++;
      continue;
    }
    missed.push(e.figure);
    const gd = (g: PlacedFigure) => normaliseForMatch(g.figure.display);
    if (near.some((g) => agrees(g) && (ed.startsWith(gd(g)) || gd(g).startsWith(ed)))) sameNumberOtherWording++;
    const wrong = near.find((g) => !sameValue(e.figure, g.figure) || e.figure.bound !== g.figure.bound);
    if (wrong) disagreements.push({ expected: e.figure, found: wrong.figure, pointer: wrong.pointer });
  }
  const ep = projectsOf(expected);
  const dp = projectsOf(draft);
  const et = tasksOf(expected);
  const dt = tasksOf(draft);
  const n = normaliseForMatch;
  const points = (t: (typeof et)[number]) => t.groups.flatMap((g) => g.points.map((p) => n(p.text)));
  return {
    expectedFigures: want.length,
    draftFigures: got.length,
    matched,
    sameNumberOtherWording,
    recall: want.length === 0 ? 1 : matched / want.length,
    precision: got.length === 0 ? 1 : matched / got.length,
    disagreements,
    missed,
    projects: {
      expected: ep.length,
      found: dp.length,
      sameText: ep.filter((p) => dp.some((d) => d.number === p.number && n(d.text).includes(n(p.text)))).length,
    },
    tasks: {
      expected: et.length,
      found: dt.length,
      sameTitle: et.filter((t) => dt.some((d) => d.number === t.number && n(d.title) === n(t.title))).length,
      expectedPoints: et.reduce((k, t) => k + points(t).length, 0),
      sameFoundPoints: et.reduce((k, t) => {
        const d = dt.find((x) => x.number === t.number);
        const found = new Set(d ? points(d) : []);
        return k + points(t).filter((p) => found.has(p)).length;
      }, 0),
    },
  };
}

export function formatComparison(name: string, c: Comparison): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${name}: figures recall ${pct(c.recall)} (${c.matched}/${c.expectedFigures} with the same display, value and bound; ${c.sameNumberOtherWording} more with other wording), precision ${pct(c.precision)} (${c.matched}/${c.draftFigures}), disagreements ${c.disagreements.length}`,
    `  projects ${c.projects.found}/${c.projects.expected} (same text ${c.projects.sameText}), work areas ${c.tasks.found}/${c.tasks.expected} (same title ${c.tasks.sameTitle}, points ${c.tasks.sameFoundPoints}/${c.tasks.expectedPoints})`,
  ].join('\n');
}
