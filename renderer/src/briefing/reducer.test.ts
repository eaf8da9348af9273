/**
 * The briefing builder's reducer on the Shanxi report: every action changes the deck as it says,
 * ten different edits undo back to the start and redo to the end, typing a note is one step,
 * autosave sees only the user's changes, and a changed report keeps the briefing and history.
 */
import { describe, expect, it } from 'vitest';
import { applyBriefing, baseIds, briefingCompileOptions, newBriefing } from '../../../core/briefing/apply';
import { reportHash } from '../../../core/briefing/hash';
import type { Briefing } from '../../../core/briefing/schema';
import { compileDeck } from '../../../core/deck/compile';
import { type Report, ReportSchema } from '../../../core/report/schema';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import chinaText from '../../../data/reports/china-2025.json?raw';
import { type BriefingAction, type BriefingStore, storeReducer, type StoreAction } from './reducer';

const shanxi: Report = ReportSchema.parse(JSON.parse(shanxiText));
const china: Report = ReportSchema.parse(JSON.parse(chinaText));
const full = compileDeck(shanxi);
const deckOrder = baseIds(full);
const REPORT_SECTIONS = shanxi.sections.map((s) => s.id);
const first = newBriefing(shanxi, full, 'official');

function deckOf(b: Briefing) {
  return applyBriefing(compileDeck(shanxi, briefingCompileOptions(b, b.compareWith ? china : undefined)), b, shanxi)
    .deck;
}

function run(
  actions: StoreAction[],
  store: BriefingStore | undefined = storeReducer(undefined, { type: 'attach', report: shanxi, briefing: first }),
): BriefingStore {
  return actions.reduce((s, a) => storeReducer(s, a)!, store!)!;
}

const edit = (action: BriefingAction): StoreAction => ({ type: 'edit', action });

/** Ten edits of different kinds, as the acceptance test makes them in the browser. */
const TEN: BriefingAction[] = [
  { type: 'setSection', id: 'review-2024', included: false, reportSections: REPORT_SECTIONS },
  { type: 'moveSlide', id: 'tasks-2025/overview', to: 2, deckOrder },
  { type: 'setNote', slideId: 'targets-2025/targets', text: '先讲增长目标' },
  { type: 'setTheme', theme: 'blue' },
  { type: 'setSlide', id: 'contents', included: false },
  { type: 'setBackup', id: 'tasks-2025/green-transition', backup: true, hiddenInDeck: false },
  { type: 'setCover', field: 'meeting', value: '省政府常务会议' },
  { type: 'setWatermark', watermark: '内部资料' },
  { type: 'moveSection', id: 'tasks-2025', to: 0 },
  { type: 'setCompare', compareWith: { id: 'china-2025', hash: reportHash(china) } },
];

describe('the briefing reducer', () => {
  it('each edit shows in the deck', () => {
    const s = run(TEN.map(edit));
    const b = s.history.present;
    const deck = deckOf(b);
    const ids = deck.slides.map((x) => x.id);
    expect(ids.some((id) => id.startsWith('review-2024'))).toBe(false);
    expect(ids).not.toContain('contents');
    expect(deck.slides.find((x) => x.id === 'targets-2025/targets')!.notes).toBe('先讲增长目标');
    expect(deck.slides.find((x) => x.id === 'tasks-2025/green-transition')!.hidden).toBe(true);
    expect(deck.theme.id).toBe('blue');
    expect(deck.meta.meeting).toBe('省政府常务会议');
    expect(deck.meta.compareWith?.reportId).toBe('china-2025');
    expect(ids).toContain('targets-2025/comparison');
    expect(b.watermark).toBe('内部资料');
    expect(ids.indexOf('tasks-2025/overview')).toBeLessThan(ids.indexOf('targets-2025/targets'));
    expect(s.revision).toBe(10);
  });

  it('undoes ten steps back to the start and redoes them to the end', () => {
    const done = run(TEN.map(edit));
    const states = TEN.reduce<Briefing[]>(
      (acc, a) => [
        ...acc,
        run([edit(a)], {
          report: shanxi,
          history: { past: [], present: acc.at(-1)!, future: [], key: undefined },
          revision: 0,
        }).history.present,
      ],
      [first],
    );
    let s = done;
    for (let i = 9; i >= 0; i--) {
      s = run([{ type: 'undo' }], s);
      expect(s.history.present, `after undo to step ${i}`).toEqual(states[i]);
    }
    expect(s.history.present).toBe(first);
    expect(run([{ type: 'undo' }], s)).toBe(s);
    for (let i = 1; i <= 10; i++) {
      s = run([{ type: 'redo' }], s);
      expect(s.history.present).toEqual(states[i]);
    }
    expect(deckOf(s.history.present).slides.map((x) => x.id)).toEqual(
      deckOf(done.history.present).slides.map((x) => x.id),
    );
    expect(s.revision).toBe(30);
  });

  it('typing a note is one step; an edit that changes nothing is none', () => {
    const typed = run(['先', '先讲', '先讲目标'].map((text) => edit({ type: 'setNote', slideId: 'cover', text })));
    expect(typed.history.past).toHaveLength(1);
    expect(typed.revision).toBe(3);
    expect(run([{ type: 'undo' }], typed).history.present.notes).toEqual({});
    const same = run([edit({ type: 'setTheme', theme: 'official' })]);
    expect(same.revision).toBe(0);
    expect(same.history.past).toEqual([]);
  });

  it('a briefing opened from a file is one undo step; reset brings back the whole report', () => {
    const other = { ...first, excluded: ['cover'] };
    const s = run([edit({ type: 'setTheme', theme: 'contrast' }), edit({ type: 'replace', briefing: other })]);
    expect(s.history.present).toBe(other);
    expect(run([{ type: 'undo' }], s).history.present.theme).toBe('contrast');
    const reset = run([edit({ type: 'reset', fresh: first })], s);
    expect(reset.history.present.excluded).toEqual([]);
  });

  it('a changed report keeps the briefing and its history; another report starts afresh', () => {
    const s = run(TEN.slice(0, 3).map(edit));
    const edited = { ...shanxi, title: '改过的标题' };
    const same = run([{ type: 'report', report: edited }], s);
    expect(same.report).toBe(edited);
    expect(same.history).toBe(s.history);
    expect(run([{ type: 'report', report: china }], s)).toBe(s);
    const fresh = newBriefing(china, compileDeck(china), 'official');
    const attached = run([{ type: 'attach', report: china, briefing: fresh }], s);
    expect(attached.history.past).toEqual([]);
    expect(attached.revision).toBe(0);
  });

  it('the export panel’s date line is one undo step that autosaves; the same line again is none', () => {
    const s = run([edit({ type: 'setDateLine', dateLine: '2025年3月5日印发' })]);
    expect(s.history.present.dateLine).toBe('2025年3月5日印发');
    expect(s.revision).toBe(1);
    expect(run([edit({ type: 'setDateLine', dateLine: '2025年3月5日印发' })], s)).toBe(s);
    expect(run([{ type: 'undo' }], s).history.present.dateLine).toBeUndefined();
    expect(run([edit({ type: 'setDateLine', dateLine: undefined })], s).history.present.dateLine).toBeUndefined();
  });
});
