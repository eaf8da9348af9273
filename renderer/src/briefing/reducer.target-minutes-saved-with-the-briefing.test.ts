/**
 * The talk's target length belongs to the briefing: it is saved in the file (the schema takes
 * it back), survives "back to the whole report", and typing "45" is one undo step.
 */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../../core/briefing/apply';
import { resetContent } from '../../../core/briefing/edit';
import { BriefingSchema, MAX_TARGET_MINUTES } from '../../../core/briefing/schema';
import { compileDeck } from '../../../core/deck/compile';
import { type Report, ReportSchema } from '../../../core/report/schema';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import { applyAction, storeReducer, type StoreAction } from './reducer';

const shanxi: Report = ReportSchema.parse(JSON.parse(shanxiText));
const first = newBriefing(shanxi, compileDeck(shanxi), 'official');

describe('the target duration is saved with the briefing', () => {
  it('is set and cleared by its action', () => {
    const timed = applyAction(first, { type: 'setTargetMinutes', minutes: 45 });
    expect(timed.targetMinutes).toBe(45);
    expect('targetMinutes' in applyAction(timed, { type: 'setTargetMinutes', minutes: undefined })).toBe(false);
  });
  it('round-trips through the briefing file schema, and out-of-range values are refused', () => {
    const timed = applyAction(first, { type: 'setTargetMinutes', minutes: 45 });
    expect(BriefingSchema.parse(JSON.parse(JSON.stringify(timed))).targetMinutes).toBe(45);
    expect(BriefingSchema.safeParse({ ...first, targetMinutes: 0 }).success).toBe(false);
    expect(BriefingSchema.safeParse({ ...first, targetMinutes: MAX_TARGET_MINUTES + 1 }).success).toBe(false);
    expect(BriefingSchema.safeParse({ ...first, targetMinutes: 1.5 }).success).toBe(false);
  });
  it('survives going back to the whole report', () => {
    const timed = applyAction(first, { type: 'setTargetMinutes', minutes: 30 });
    expect(resetContent(timed, first).targetMinutes).toBe(30);
  });
  it('typing the minutes digit by digit is one undo step', () => {
    const attach: StoreAction = { type: 'attach', report: shanxi, briefing: first };
    const typed = [4, 45].reduce(
      (s, minutes) => storeReducer(s, { type: 'edit', action: { type: 'setTargetMinutes', minutes } }),
      storeReducer(undefined, attach),
    );
    expect(typed!.history.present.targetMinutes).toBe(45);
    expect(storeReducer(typed, { type: 'undo' })!.history.present.targetMinutes).toBeUndefined();
  });
});
