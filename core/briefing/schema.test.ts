import { describe, expect, it } from 'vitest';
import { loadBriefing } from './load';
import { BriefingSchema } from './schema';

const base = {
  kind: 'govbrief-briefing',
  version: 1,
  name: '测试',
  report: { id: 'shanxi-2025', hash: '0123456789abcdef', title: '报告' },
  theme: 'official',
  sections: [],
  order: [],
  excluded: [],
  backup: [],
  shown: [],
  notes: {},
  cover: {},
  updatedAt: '2026-11-29T00:00:00.000Z',
};

describe('briefing files refuse control characters (exporters strip them, files must not carry them)', () => {
  it('a clean briefing is valid', () => {
    expect(BriefingSchema.safeParse(base).success).toBe(true);
  });
  it.each([
    ['cover title', { ...base, cover: { title: '会议\u0007' } }],
    ['watermark', { ...base, watermark: '内部\u001b资料' }],
    ['a note', { ...base, notes: { cover: '备注\u0000' } }],
  ])('%s with a control character is refused with a positioned error', (_what, briefing) => {
    const r = loadBriefing('x.govbrief.json', JSON.stringify(briefing, null, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.line).toBeGreaterThan(1);
      expect(r.errors[0]!.code).toBe('control-character');
    }
  });
  it('line breaks and tabs in notes are fine', () => {
    expect(BriefingSchema.safeParse({ ...base, notes: { cover: '第一段\n\n第二段\t完' } }).success).toBe(true);
  });
});
