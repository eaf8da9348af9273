/**
 * Applying a briefing to the Shanxi deck: sections, slides in or out, order, backups, notes per
 * slide (parts included), cover, renumbering; and a briefing made for an earlier version of the
 * report (slides gone, slides new, a section removed) still applies and says what is gone.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { blockText } from '../deck/blocks';
import type { Deck, Slide } from '../deck/types';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import {
  applyBriefing,
  baseId,
  baseIds,
  briefingCompileOptions,
  goneIds,
  newBriefing,
  resolveOrder,
  sectionOfSlideId,
} from './apply';
import { reportHash } from './hash';
import type { Briefing } from './schema';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

const shanxi = load('shanxi-2025');
const china = load('china-2025');
const full = compileDeck(shanxi);
const NOW = new Date('2025-03-01T08:00:00Z');

function fresh(report = shanxi, deck: Deck = full): Briefing {
  return newBriefing(report, deck, 'official', NOW);
}

/** compileDeck + applyBriefing, as the app, the export worker and the CLI do it. */
function applied(b: Briefing, report = shanxi, compareWith?: Report) {
  return applyBriefing(compileDeck(report, briefingCompileOptions(b, compareWith)), b, report);
}

const ids = (slides: readonly Slide[]) => slides.map((s) => s.id);
const pageNumber = (s: Slide) =>
  s.elements.flatMap((e) => (e.kind === 'text' && e.role === 'page-number' ? [blockText(e)] : []))[0];

describe('slide ids', () => {
  it('parts share their base id; renamed duplicates keep their "@n"', () => {
    expect(baseId('projects-2025/overview~2')).toBe('projects-2025/overview');
    expect(baseId('projects-2025/overview')).toBe('projects-2025/overview');
    expect(baseId('review-2024/overview~2@2')).toBe('review-2024/overview@2');
    expect(baseId('review-2024/overview@2')).toBe('review-2024/overview@2');
  });

  it('a slide id names its section', () => {
    expect(sectionOfSlideId('projects-2025/overview~2')).toBe('projects-2025');
    expect(sectionOfSlideId('review-2024/green/highlights')).toBe('review-2024');
    expect(sectionOfSlideId('cover')).toBeUndefined();
    for (const s of full.slides)
      if (s.sectionId !== 'opening' && s.sectionId !== 'closing')
        expect(sectionOfSlideId(s.id), s.id).toBe(s.sectionId);
  });

  it('resolveOrder keeps unknown ids in place and inserts new ones after their deck predecessor', () => {
    expect(resolveOrder([], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(resolveOrder(['c', 'a'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(resolveOrder(['x', 'c', 'a', 'c'], ['a', 'b', 'c'])).toEqual(['x', 'c', 'a', 'b']);
    expect(resolveOrder(['b'], ['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('applying a briefing to a deck', () => {
  it('a new briefing gives the deck as compiled', () => {
    const b = fresh();
    const { deck, missing, reportChanged } = applied(b);
    expect(ids(deck.slides)).toEqual(ids(full.slides));
    expect(deck.slides.map((s) => s.notes)).toEqual(full.slides.map((s) => s.notes));
    expect(deck.slides.map((s) => s.hidden)).toEqual(full.slides.map((s) => s.hidden));
    expect(missing).toEqual([]);
    expect(reportChanged).toBe(false);
  });

  it('chooses sections, leaves slides out, reorders, marks backups, replaces notes, renumbers', () => {
    const b: Briefing = {
      ...fresh(),
      theme: 'blue',
      sections: ['tasks-2025', 'targets-2025', 'projects-2025'],
      excluded: ['contents', 'targets-2025/divider'],
      backup: ['tasks-2025/green-transition'],
      shown: ['projects-2025/elderly-care-meals'],
      notes: { 'targets-2025/targets': '先讲增长目标。', 'projects-2025/overview~2': '第二页的备注' },
      cover: { title: '省政府常务会议专题汇报', presenter: '办公厅', meeting: '', date: '2025年3月5日' },
    };
    // The targets slide after the tasks overview.
    const order = baseIds(full).filter((id) => id !== 'targets-2025/targets');
    order.splice(order.indexOf('tasks-2025/overview') + 1, 0, 'targets-2025/targets');
    b.order = order;
    const { deck, missing } = applied(b);
    expect(missing).toEqual([]);

    const got = ids(deck.slides);
    expect(got[0]).toBe('cover');
    expect(got).not.toContain('contents');
    expect(got.some((id) => id.startsWith('review-2024'))).toBe(false);
    expect(got.filter((id) => baseId(id) === 'targets-2025/divider')).toEqual([]);
    expect(got.indexOf('targets-2025/targets')).toBe(got.indexOf('tasks-2025/overview') + 1);
    // The backups form an appendix after the closing slide.
    // After the closing slide: the appendix of backups (one of them shown by the briefing).
    expect(deck.slides.slice(got.indexOf('closing') + 1).every((s) => s.hidden || b.shown.includes(s.id))).toBe(true);

    const byId = new Map(deck.slides.map((s) => [s.id, s]));
    expect(byId.get('tasks-2025/green-transition')!.hidden).toBe(true);
    expect(byId.get('projects-2025/elderly-care-meals')!.hidden).toBe(false);
    expect(byId.get('projects-2025/digestive-screening')!.hidden).toBe(true);
    expect(byId.get('targets-2025/targets')!.notes).toBe('先讲增长目标。');
    // Notes are per part: the first part keeps the deck's.
    const fullById = new Map(full.slides.map((s) => [s.id, s]));
    expect(byId.get('projects-2025/overview~2')!.notes).toBe('第二页的备注');
    expect(byId.get('projects-2025/overview')!.notes).toBe(fullById.get('projects-2025/overview')!.notes);

    // Cover overrides (an empty one keeps the report's wording) and the theme.
    expect(deck.meta.title).toBe('省政府常务会议专题汇报');
    expect(deck.meta.presenter).toBe('办公厅');
    expect(deck.meta.meeting).toBe(shanxi.delivered.meeting);
    expect(deck.meta.date).toBe('2025年3月5日');
    expect(deck.theme.id).toBe('blue');
    // Page numbers follow the new order.
    const numbered = deck.slides.flatMap((s, i) =>
      pageNumber(s) === undefined ? [] : [[pageNumber(s), String(i + 1)]],
    );
    expect(numbered.length).toBeGreaterThan(10);
    for (const [shown, position] of numbered) expect(shown).toBe(position);
  });

  it('the stored order wins; with none, slides follow the briefing’s section order', () => {
    const b = { ...fresh(), sections: ['tasks-2025', 'targets-2025'] };
    expect(ids(applied(b).deck.slides).indexOf('tasks-2025/overview')).toBeGreaterThan(
      ids(applied(b).deck.slides).indexOf('targets-2025/targets'),
    );
    const got = ids(applied({ ...b, order: [] }).deck.slides);
    expect(got.indexOf('tasks-2025/overview')).toBeLessThan(got.indexOf('targets-2025/targets'));
    expect(got.slice(0, 2)).toEqual(['cover', 'contents']);
  });

  it('parts of a slide stay together, in their order, wherever the slide moves', () => {
    const b = fresh();
    b.order = ['projects-2025/overview', ...b.order.filter((id) => id !== 'projects-2025/overview')];
    const got = ids(applied(b).deck.slides);
    expect(got.slice(0, 3)).toEqual(['projects-2025/overview', 'projects-2025/overview~2', 'projects-2025/overview~3']);
  });

  it('a comparison slide comes with the comparison, after the targets', () => {
    const b = { ...fresh(), compareWith: { id: china.id, hash: reportHash(china) } };
    const got = ids(applied(b, shanxi, china).deck.slides);
    // After the targets' last part (the targets may continue: targets~2).
    const lastTargets = got.findLastIndex((id) => baseId(id) === 'targets-2025/targets');
    expect(got[lastTargets + 1]).toBe('targets-2025/comparison');
    // Without it, nothing is said to be missing.
    expect(applied(fresh()).missing).toEqual([]);
  });

  it('duplicate ids in a hand-written order do not duplicate slides', () => {
    const b = fresh();
    b.order = [...b.order, 'cover', 'closing'];
    expect(ids(applied(b).deck.slides)).toEqual(ids(full.slides));
  });
});

describe('a briefing for a changed report', () => {
  const edited: Report = structuredClone(shanxi);
  const projects = edited.sections.find((s) => s.kind === 'projects')!;
  if (projects.kind !== 'projects') throw new Error('no projects section');
  // One project dropped, one added; the review section removed altogether.
  const dropped = projects.projects.find((p) => p.id === 'opera-to-villages')!;
  projects.projects = projects.projects.filter((p) => p !== dropped);
  projects.projects.push({ ...dropped, id: 'new-library', title: '新建图书馆' });
  edited.sections = edited.sections.filter((s) => s.kind !== 'review');

  const b: Briefing = {
    ...fresh(),
    excluded: ['projects-2025/aed-first-aid'],
    notes: { 'projects-2025/opera-to-villages': '戏曲进乡村的备注', 'review-2024/overview': '成绩单开场' },
  };
  b.order = b.order.filter((id) => id !== 'tasks-2025/overview');
  b.order.splice(2, 0, 'tasks-2025/overview');
  const result = applied(b, edited);

  it('says the report changed and which slides are gone', () => {
    expect(result.reportChanged).toBe(true);
    expect(result.missing).toContain('projects-2025/opera-to-villages');
    expect(result.missing).toContain('review-2024/overview');
    expect(result.missing.every((id) => id.startsWith('review-2024') || id === 'projects-2025/opera-to-villages')).toBe(
      true,
    );
  });

  it('keeps every choice that still applies and places new slides after their predecessor', () => {
    const got = ids(result.deck.slides);
    expect(got).not.toContain('projects-2025/opera-to-villages');
    expect(got).not.toContain('projects-2025/aed-first-aid');
    expect(got.indexOf('tasks-2025/overview')).toBe(2);
    const compiled = ids(compileDeck(edited).slides);
    const before = compiled[compiled.indexOf('projects-2025/new-library') - 1]!;
    expect(got.indexOf('projects-2025/new-library')).toBe(got.indexOf(before) + 1);
    expect(got).toHaveLength(compiled.length - 1);
  });

  it('a section left out of the briefing is not "gone"', () => {
    const leftOut = { ...fresh(), sections: ['targets-2025', 'tasks-2025'] };
    const deck = compileDeck(shanxi, briefingCompileOptions(leftOut, undefined));
    expect(goneIds(deck, leftOut, shanxi)).toEqual([]);
    expect(applied(leftOut).reportChanged).toBe(false);
  });

  it('a briefing for another report is a changed report', () => {
    expect(applied(fresh(), china).reportChanged).toBe(true);
  });
});
