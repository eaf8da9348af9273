/**
 * The deck tells one story: backup slides form an appendix after the closing slide, so the
 * talk's visible numbers run 1…N without jumps; each project shows once in the talk (its card
 * on the overview) and once more in its backup, not in a third list; a divider slide opens each
 * section of a deck with two or more (sectionDividers: false leaves them out); no two consecutive
 * slides of the talk carry the same title. On both bundled decks and generated ones.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { blockString, slideBlocks } from '../../tests/generators/deck-checks';
import { reportArbitrary } from '../../tests/generators/report-arbitrary';
import { compileDeck } from './compile';
import type { Deck } from './types';

const load = (name: string) => {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(name);
  return r.report;
};

/** The id of the slide a part belongs to ("review/x~3" → "review/x"). */
const baseId = (id: string) => id.replace(/~\d+$/, '');

function storyProblems(report: Report, deck: Deck): string[] {
  const problems: string[] = [];
  const slides = deck.slides;
  const closing = slides.findIndex((s) => s.kind === 'closing');
  // 1. The talk, the closing slide, then the appendix of backups.
  slides.forEach((s, i) => {
    if (s.hidden && i < closing) problems.push(`backup ${s.id} at ${i + 1}, before the closing slide`);
    if (!s.hidden && i > closing) problems.push(`shown slide ${s.id} after the closing slide`);
  });
  // The page number printed on each talk slide is its place: 1…N.
  slides.slice(0, closing + 1).forEach((s, i) => {
    const number = s.elements.find((e) => e.kind === 'text' && e.role === 'page-number');
    if (number && number.kind === 'text' && blockString(number) !== String(i + 1))
      problems.push(`${s.id} shows number ${blockString(number)} at ${i + 1}`);
  });
  // 2. A project's wording appears once in the talk at most (the overview card), never in a list.
  if (slides.some((s) => s.kind === 'projects')) problems.push('a projects list slide repeats the overview');
  // 3. Dividers: one before each section when there are two or more.
  const sections = report.sections.length;
  const dividers = slides.filter((s) => s.kind === 'section-divider');
  if (dividers.length !== (sections >= 2 ? sections : 0))
    problems.push(`${dividers.length} dividers for ${sections} sections`);
  for (const d of dividers) {
    const next = slides[slides.indexOf(d) + 1];
    if (next?.sectionId !== d.sectionId) problems.push(`divider ${d.id} not followed by its section`);
  }
  // 4. No title repeated over consecutive talk slides (but the parts of one: "…（续）", "…（续）").
  const talk = slides.slice(0, closing + 1);
  for (let i = 1; i < talk.length; i++)
    if (
      talk[i]!.title === talk[i - 1]!.title &&
      baseId(talk[i]!.id) !== baseId(talk[i - 1]!.id) &&
      talk[i - 1]!.kind !== 'section-divider' // it announces the section whose slide follows
    )
      problems.push(`"${talk[i]!.title}" twice in a row at ${i}`);
  return problems;
}

describe('bundled decks', () => {
  for (const name of ['china-2025', 'shanxi-2025']) {
    const report = load(name);
    const deck = compileDeck(report);
    test(`${name}: appendix after the closing slide, dividers, no repeated title`, () => {
      expect(storyProblems(report, deck)).toEqual([]);
    });
    test(`${name}: sectionDividers: false leaves the dividers out and nothing else`, () => {
      const plain = compileDeck(report, { sectionDividers: false });
      expect(plain.slides.map((s) => s.id)).toEqual(
        deck.slides.filter((s) => s.kind !== 'section-divider').map((s) => s.id),
      );
    });
  }

  test('shanxi: each project once in the talk (its card) and once in the appendix (its backup)', () => {
    const report = load('shanxi-2025');
    const deck = compileDeck(report);
    const projects = report.sections.flatMap((s) => (s.kind === 'projects' ? s.projects : []));
    const closing = deck.slides.findIndex((s) => s.kind === 'closing');
    for (const p of projects) {
      const where = deck.slides
        .map((s, i) => ({
          i,
          text: slideBlocks(s)
            .map((b) => blockString(b.block))
            .join(''),
        }))
        .filter(({ text }) => text.includes(`${p.number} ${p.title}`) || text.includes(`第${p.number}项：${p.title}`))
        .map(({ i }) => (i < closing ? 'talk' : 'appendix'));
      expect(where, p.title).toEqual(['talk', 'appendix']);
    }
  });

  test('china: the lone theme named like its section does not repeat the section title', () => {
    const titles = compileDeck(load('china-2025')).slides.map((s) => s.title);
    // The divider announces it, the overview carries it; the theme's slide says what it shows.
    expect(titles.filter((t) => t === '2024年主要成绩')).toHaveLength(2);
    expect(titles).toContain('2024年主要成绩：主要数据');
  });
});

test('generated decks: appendix after the closing slide, dividers, no repeated title', () => {
  fc.assert(
    fc.property(reportArbitrary(), (report) => {
      expect(storyProblems(report, compileDeck(report))).toEqual([]);
    }),
    { numRuns: 150 },
  );
});
