/**
 * The show message contract: a window accepts only well-formed messages (a deck's reports
 * validated), main's relay schema passes the reports on unread but checks the rest.
 */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../briefing/apply';
import { compileDeck } from '../deck/compile';
import { bundledReport } from '../../tests/support/bundled-report';
import { ShowMessageSchema, ShowRelaySchema } from './show-message';

const report = bundledReport('china-2025');
const briefing = newBriefing(report, compileDeck(report), 'official');

describe('show messages', () => {
  it('accepts nav, hello, end and a deck with a valid report', () => {
    for (const m of [
      { kind: 'nav', index: 3, blank: 'black' },
      { kind: 'hello' },
      { kind: 'end' },
      { kind: 'deck', report, briefing },
    ])
      expect(ShowMessageSchema.safeParse(m).success, JSON.stringify(m).slice(0, 40)).toBe(true);
  });

  it.each([
    ['a negative index', { kind: 'nav', index: -1, blank: 'none' }],
    ['a fractional index', { kind: 'nav', index: 1.5, blank: 'none' }],
    ['an unknown blank', { kind: 'nav', index: 1, blank: 'grey' }],
    ['an extra field', { kind: 'hello', script: 'x' }],
    ['an unknown kind', { kind: 'reload' }],
    ['a deck whose report is not a report', { kind: 'deck', report: { title: 1 }, briefing }],
    ['a deck without a briefing', { kind: 'deck', report }],
  ])('a window refuses %s', (_name, m) => {
    expect(ShowMessageSchema.safeParse(m).success).toBe(false);
  });

  it("main relays a deck without reading its reports, but checks the briefing and refuses 'end'", () => {
    expect(ShowRelaySchema.safeParse({ kind: 'deck', report: { anything: true }, briefing }).success).toBe(true);
    expect(ShowRelaySchema.safeParse({ kind: 'deck', report, briefing: {} }).success).toBe(false);
    expect(ShowRelaySchema.safeParse({ kind: 'end' }).success).toBe(false);
  });
});
