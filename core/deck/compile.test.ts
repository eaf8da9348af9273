/**
 * compileDeck on the bundled reports: every layout invariant (tests/generators/deck-checks.ts) in
 * all three themes and with a comparison, and a snapshot of the Shanxi deck's slide list.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { blockString, deckProblems, emphasisString, slideBlocks } from '../../tests/generators/deck-checks';
import { compileDeck } from './compile';
import { THEME_IDS } from './themes';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

const shanxi = load('shanxi-2025');
const china = load('china-2025');

const CASES = THEME_IDS.flatMap((theme) => [
  { name: `shanxi-2025, ${theme}`, report: shanxi, theme, compareWith: undefined },
  { name: `china-2025, ${theme}`, report: china, theme, compareWith: undefined },
  { name: `shanxi-2025 compared with china-2025, ${theme}`, report: shanxi, theme, compareWith: china },
]);

describe('compileDeck on the bundled reports', () => {
  test.each(CASES)('$name: every layout invariant holds', ({ report, theme, compareWith }) => {
    const deck = compileDeck(report, { theme, ...(compareWith ? { compareWith } : {}) });
    expect(deckProblems(deck, report, compareWith ? { compareWith } : {})).toEqual([]);
    expect(deck.theme.id).toBe(theme);
  });

  test('one hidden backup slide per livelihood project, reachable by id', () => {
    const deck = compileDeck(shanxi);
    const projects = shanxi.sections.flatMap((s) =>
      s.kind === 'projects' ? s.projects.map((p) => `${s.id}/${p.id}`) : [],
    );
    expect(projects).toHaveLength(15);
    const hidden = deck.slides.filter((s) => s.hidden);
    expect(hidden.map((s) => s.id)).toEqual(projects);
    expect(hidden.every((s) => s.kind === 'project-backup')).toBe(true);
  });

  test('the comparison adds the table slides, the rest of the deck is unchanged', () => {
    const plain = compileDeck(shanxi);
    const compared = compileDeck(shanxi, { compareWith: china });
    const extra = compared.slides.filter((s) => s.kind === 'comparison');
    expect(extra.length).toBeGreaterThan(0);
    expect(compared.slides.filter((s) => s.kind !== 'comparison').map((s) => s.id)).toEqual(
      plain.slides.map((s) => s.id),
    );
    expect(compared.meta.compareWith).toEqual({ reportId: 'china-2025', title: china.title });
  });

  test('the same report compiles to the same deck (slide ids are stable for briefings)', () => {
    expect(compileDeck(shanxi, { compareWith: china })).toEqual(compileDeck(shanxi, { compareWith: china }));
  });

  test('page numbers are the slides’ positions', () => {
    const deck = compileDeck(shanxi);
    deck.slides.forEach((slide, i) => {
      const numbers = slide.elements.filter((e) => e.kind === 'text' && e.role === 'page-number');
      expect(numbers.map((e) => (e.kind === 'text' ? blockString(e) : ''))).toEqual(
        slide.kind === 'cover' ? [] : [String(i + 1)],
      );
    });
  });

  test('every KPI value is the figure’s display, all of it emphasised', () => {
    for (const report of [shanxi, china]) {
      for (const slide of compileDeck(report).slides) {
        for (const el of slide.elements) {
          if (el.kind !== 'kpi') continue;
          expect(blockString(el.value)).toBe(el.figure.display);
          expect(emphasisString(el.value)).toBe(el.figure.display);
        }
      }
    }
  });
});

/** What a presenter sees of each slide: its id, kind, visibility, title and the figures on it. */
function slideList(report: Report) {
  return compileDeck(report, { theme: 'official' }).slides.map((s) => ({
    id: s.id,
    kind: s.kind,
    hidden: s.hidden,
    title: s.title,
    figures: slideBlocks(s)
      .map((b) => emphasisString(b.block))
      .filter((f) => f !== ''),
  }));
}

test('Shanxi deck (official theme): slides, titles and the figures on them', () => {
  expect(slideList(shanxi)).toMatchSnapshot();
});
