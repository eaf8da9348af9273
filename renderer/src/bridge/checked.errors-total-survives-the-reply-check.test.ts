/**
 * A report with more problems than the loader lists (MAX_PROBLEMS) is refused with the first ones
 * and the count of all; that count crosses the reply contract (core/app/ipc-replies.ts) and the
 * renderer's check, so the error panel can say "first 100 of N". A count that is not a positive
 * whole number makes the reply malformed; one no larger than the list says nothing and is dropped.
 */
import { describe, expect, it, vi } from 'vitest';
import { OpenedReplySchema } from '../../../core/app/ipc-replies';
import { loadReport, MAX_PROBLEMS } from '../../../core/report/load';
import minimalText from '../../../tests/fixtures/good-reports/minimal.json?raw';
import { checkedOpenedReport } from './checked';

/** The valid minimal report with `count` unknown keys at its root: `count` schema errors. */
function withUnknownKeys(count: number): string {
  const root = JSON.parse(minimalText) as Record<string, unknown>;
  for (let i = 0; i < count; i++) root[`unknown${i}`] = 0;
  return JSON.stringify(root);
}

const PROBLEMS = 250;
const result = loadReport('many.json', withUnknownKeys(PROBLEMS));
if (result.ok) throw new Error('the generated report should be refused');

describe('the count of all problems', () => {
  it('is in the loader result when the list is cut at the cap', () => {
    expect(result.errors).toHaveLength(MAX_PROBLEMS);
    expect(result.errorsTotal).toBe(PROBLEMS);
  });

  it('is part of the reply contract', () => {
    const reply = OpenedReplySchema.parse({ file: '/r/many.json', result });
    expect(reply.result.ok === false && reply.result.errorsTotal).toBe(PROBLEMS);
  });

  it('survives the renderer’s reply check, with the problems', () => {
    // A structured clone, as the reply arrives over IPC.
    const checked = checkedOpenedReport(structuredClone({ file: '/r/many.json', result }));
    expect(checked?.result.ok).toBe(false);
    if (checked?.result.ok !== false) return;
    expect(checked.result.errorsTotal).toBe(PROBLEMS);
    expect(checked.result.errors).toHaveLength(MAX_PROBLEMS);
  });

  it.each([
    ['negative', -5],
    ['fractional', 150.5],
    ['a string', '250'],
  ])('that is %s makes the reply malformed', (_what, errorsTotal) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(checkedOpenedReport({ file: '/r/many.json', result: { ...result, errorsTotal } })).toBeUndefined();
    warn.mockRestore();
  });

  it('no larger than the list is dropped (there is nothing more to say)', () => {
    const checked = checkedOpenedReport({ file: '/r/x.json', result: { ...result, errorsTotal: MAX_PROBLEMS } });
    expect(checked?.result.ok === false && 'errorsTotal' in checked.result).toBe(false);
  });
});
