/**
 * The briefing builder's edits: each changes what it says and nothing else, returns its input
 * when nothing changes (no empty undo steps), and the applied deck shows the result. Saving
 * points the briefing at the report it now applies to and drops what is gone.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { applyBriefing, baseId, baseIds, briefingCompileOptions, newBriefing, resolveOrder } from './apply';
import {
  briefingForSave,
  moveSection,
  moveSlide,
  resetContent,
  setBackup,
  setCover,
  setIncluded,
  setNote,
  setSectionIncluded,
} from './edit';
import { reportHash } from './hash';
import { BriefingSchema, type Briefing } from './schema';

function load(name: string): Report {
  const r = loadReportFile(fileURLToPath(new URL(`../../data/reports/${name}.json`, import.meta.url)));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.report;
}

const shanxi = load('shanxi-2025');
const china = load('china-2025');
const full = compileDeck(shanxi);
/** The slides of the talk: the backups form an appendix after the closing slide. */
const talkOf = (ids: readonly string[]) => ids.filter((id) => !full.slides.find((s) => s.id === id)?.hidden);
const deckOrder = baseIds(full);
const REPORT_SECTIONS = shanxi.sections.map((s) => s.id);
const fresh = () => newBriefing(shanxi, full, 'official', new Date('2025-03-01T00:00:00Z'));
const slideIds = (b: Briefing, compareWith?: Report) =>
  applyBriefing(compileDeck(shanxi, briefingCompileOptions(b, compareWith)), b, shanxi).deck.slides.map((s) => s.id);

describe('slides in or out, backups', () => {
  it('leaves a slide out and brings it back; no change returns the same object', () => {
    const b = fresh();
    const out = setIncluded(b, 'contents', false);
    expect(out.excluded).toEqual(['contents']);
    expect(slideIds(out)).not.toContain('contents');
    expect(setIncluded(out, 'contents', false)).toBe(out);
    expect(setIncluded(out, 'contents', true).excluded).toEqual([]);
    expect(setIncluded(b, 'contents', true)).toBe(b);
  });

  it('marks a slide as backup; un-marks a deck backup through "shown"', () => {
    const b = fresh();
    const marked = setBackup(b, 'tasks-2025/overview', true, false);
    expect(marked.backup).toEqual(['tasks-2025/overview']);
    expect(setBackup(marked, 'tasks-2025/overview', true, false)).toBe(marked);
    expect(setBackup(marked, 'tasks-2025/overview', false, false).backup).toEqual([]);
    const shown = setBackup(b, 'projects-2025/aed-first-aid', false, true);
    expect(shown.shown).toEqual(['projects-2025/aed-first-aid']);
    expect(setBackup(shown, 'projects-2025/aed-first-aid', true, true).shown).toEqual([]);
    expect(setBackup(b, 'projects-2025/aed-first-aid', true, true)).toBe(b);
  });
});

describe('moving slides', () => {
  it('moves a slide to an index among the deck’s slides, excluded ones counted', () => {
    const b = setIncluded(fresh(), 'contents', false);
    const moved = moveSlide(b, 'targets-2025/targets', 0, deckOrder);
    expect(resolveOrder(moved.order, deckOrder).slice(0, 3)).toEqual(['targets-2025/targets', 'cover', 'contents']);
    // Its place: after the cover, the contents and the section's divider.
    const back = moveSlide(moved, 'targets-2025/targets', 3, deckOrder);
    expect(back.order).toEqual(b.order);
    expect(moveSlide(b, 'targets-2025/targets', 3, deckOrder)).toBe(b);
    expect(moveSlide(b, 'no-such-slide', 0, deckOrder)).toBe(b);
    // Past the end: last.
    expect(moveSlide(b, 'cover', 1e6, deckOrder).order.at(-1)).toBe('cover');
  });

  it('keeps the places of slides of a section left out', () => {
    const b = setSectionIncluded(fresh(), 'review-2024', false, REPORT_SECTIONS);
    const compiled = baseIds(compileDeck(shanxi, briefingCompileOptions(b, undefined)));
    const moved = moveSlide(b, 'closing', 0, compiled);
    expect(moved.order[0]).toBe('closing');
    // The review slides are where they were relative to each other and to targets.
    const review = b.order.filter((id) => id.startsWith('review-2024'));
    expect(moved.order.filter((id) => id.startsWith('review-2024'))).toEqual(review);
    expect(moved.order.indexOf('review-2024/divider')).toBe(moved.order.indexOf('targets-2025/targets') + 1);
    const back = setSectionIncluded(moved, 'review-2024', true, REPORT_SECTIONS);
    const got = slideIds(back);
    // After the targets' last part (the targets may continue: targets~2).
    expect(got[got.findLastIndex((id) => baseId(id) === 'targets-2025/targets') + 1]).toBe('review-2024/divider');
  });

  it('any sequence of moves keeps every slide exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: deckOrder.length - 1 }),
            fc.integer({ min: -3, max: deckOrder.length + 3 }),
          ),
          { maxLength: 30 },
        ),
        (moves) => {
          let b = fresh();
          for (const [from, to] of moves) {
            const order = resolveOrder(b.order, deckOrder);
            const id = order[from]!;
            b = moveSlide(b, id, to, deckOrder);
            const now = resolveOrder(b.order, deckOrder);
            expect(now.indexOf(id)).toBe(Math.max(0, Math.min(deckOrder.length - 1, to)));
          }
          expect([...resolveOrder(b.order, deckOrder)].sort()).toEqual([...deckOrder].sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sections', () => {
  it('a section brought back returns at its report position', () => {
    let b = fresh();
    b = setSectionIncluded(b, 'targets-2025', false, REPORT_SECTIONS);
    b = setSectionIncluded(b, 'projects-2025', false, REPORT_SECTIONS);
    expect(b.sections).toEqual(['review-2024', 'tasks-2025']);
    expect(setSectionIncluded(b, 'projects-2025', true, REPORT_SECTIONS).sections).toEqual([
      'review-2024',
      'projects-2025',
      'tasks-2025',
    ]);
    expect(setSectionIncluded(b, 'targets-2025', true, REPORT_SECTIONS).sections).toEqual([
      'targets-2025',
      'review-2024',
      'tasks-2025',
    ]);
    expect(setSectionIncluded(b, 'nope', true, REPORT_SECTIONS)).toBe(b);
    expect(slideIds(b).some((id) => id.startsWith('projects-2025'))).toBe(false);
  });

  it('moving a section moves its slides as a block', () => {
    const b = moveSection(fresh(), 'tasks-2025', 0);
    expect(b.sections).toEqual(['tasks-2025', 'targets-2025', 'review-2024', 'projects-2025']);
    const got = slideIds(b);
    expect(got.slice(0, 4)).toEqual(['cover', 'contents', 'tasks-2025/divider', 'tasks-2025/overview']);
    expect(got.indexOf('tasks-2025/security-governance')).toBeLessThan(got.indexOf('targets-2025/targets'));
    expect(talkOf(got).at(-1)).toBe('closing');
    const last = moveSection(b, 'tasks-2025', 3);
    const again = slideIds(last);
    expect(again.indexOf('tasks-2025/overview')).toBeGreaterThan(again.indexOf('projects-2025/overview'));
    expect(talkOf(again).at(-1)).toBe('closing');
    expect(moveSection(b, 'tasks-2025', 0)).toBe(b);
  });
});

describe('notes and cover', () => {
  it('sets a note per slide and restores the deck’s', () => {
    const b = setNote(fresh(), 'projects-2025/overview~2', '第二页');
    expect(b.notes).toEqual({ 'projects-2025/overview~2': '第二页' });
    expect(setNote(b, 'projects-2025/overview~2', '第二页')).toBe(b);
    expect(setNote(b, 'projects-2025/overview~2', undefined).notes).toEqual({});
    expect(setNote(fresh(), 'cover', undefined).notes).toEqual({});
  });

  it('sets a cover field; empty restores the report’s wording', () => {
    const b = setCover(fresh(), 'meeting', '专题会议');
    expect(b.cover).toEqual({ meeting: '专题会议' });
    expect(setCover(b, 'meeting', '').cover).toEqual({});
    expect(setCover(b, 'meeting', '专题会议')).toBe(b);
  });

  it('reset restores the whole report but keeps theme, comparison and watermark', () => {
    const b = {
      ...setNote(setIncluded(fresh(), 'cover', false), 'cover', 'x'),
      theme: 'blue' as const,
      watermark: '内部资料',
      compareWith: { id: 'china-2025', hash: reportHash(china) },
    };
    const r = resetContent(b, fresh());
    expect(r.excluded).toEqual([]);
    expect(r.notes).toEqual({});
    expect(r.theme).toBe('blue');
    expect(r.watermark).toBe('内部资料');
    expect(r.compareWith?.id).toBe('china-2025');
  });
});

describe('saving', () => {
  it('points at the report and comparison, adds titles, drops what is gone, and validates', () => {
    const b: Briefing = {
      ...fresh(),
      report: { id: 'shanxi-2025', hash: '0123456789abcdef', title: '旧标题' },
      compareWith: { id: 'china-2025', hash: '0000000000000000' },
      excluded: ['projects-2025/no-longer-there', 'contents'],
      notes: { 'targets-2025/targets': '备注', 'review-2024/gone-theme': '旧' },
    };
    const deck = compileDeck(shanxi, briefingCompileOptions(b, china));
    const saved = briefingForSave(b, shanxi, china, deck, new Date('2025-03-02T00:00:00Z'));
    expect(saved.report).toEqual({ id: 'shanxi-2025', hash: reportHash(shanxi), title: shanxi.title });
    expect(saved.compareWith).toEqual({ id: 'china-2025', hash: reportHash(china) });
    expect(saved.excluded).toEqual(['contents']);
    expect(saved.notes).toEqual({ 'targets-2025/targets': '备注' });
    expect(saved.titles?.['targets-2025/targets']).toBe(
      deck.slides.find((s) => s.id === 'targets-2025/targets')!.title,
    );
    expect(saved.updatedAt).toBe('2025-03-02T00:00:00.000Z');
    expect(BriefingSchema.safeParse(saved).success).toBe(true);
  });
});
