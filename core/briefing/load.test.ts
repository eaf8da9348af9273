/**
 * Loading `.govbrief.json` files: a saved briefing loads back as it was; a malformed one gives
 * positioned (line:column), bilingual problems and never throws, whatever the bytes.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../deck/compile';
import { loadReportFile } from '../node/report-file';
import { newBriefing } from './apply';
import { briefingFileText, loadBriefing } from './load';
import type { Briefing } from './schema';

const r = loadReportFile(fileURLToPath(new URL('../../data/reports/shanxi-2025.json', import.meta.url)));
if (!r.ok) throw new Error('shanxi-2025 does not load');
const report = r.report;
const briefing: Briefing = {
  ...newBriefing(report, compileDeck(report), 'blue', new Date('2025-03-01T00:00:00Z')),
  excluded: ['contents'],
  notes: { 'projects-2025/overview~2': '第二页：“加装电梯”要讲清楚。\n第二段' },
  cover: { meeting: '专题会议' },
  watermark: '内部资料',
};
const text = briefingFileText(briefing);
const FILE = '会议.govbrief.json';

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(haystack: string, needle: string): { line: number; column: number } {
  const at = haystack.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in the text`);
  const before = haystack.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function errorsOf(content: string | Uint8Array) {
  const loaded = loadBriefing(FILE, content);
  if (loaded.ok) throw new Error('expected the file to be refused');
  return loaded.errors;
}

describe('a saved briefing', () => {
  it('loads back as it was, from text or bytes, with a BOM too', () => {
    expect(loadBriefing(FILE, text)).toEqual({ ok: true, briefing });
    expect(loadBriefing(FILE, new TextEncoder().encode(text))).toEqual({ ok: true, briefing });
    expect(loadBriefing(FILE, '\uFEFF' + text)).toEqual({ ok: true, briefing });
  });
});

describe('malformed briefing files', () => {
  it('a JSON syntax error is placed where it is', () => {
    const broken = text.replace('"theme": "blue",', '"theme": "blue"');
    const [p] = errorsOf(broken);
    expect(p!.code).toBe('json-syntax');
    expect(p!.file).toBe(FILE);
    expect({ line: p!.line, column: p!.column }).toEqual(positionOf(broken, '"sections"'));
  });

  it('a wrong value is placed at the value, with the field’s path', () => {
    const broken = text.replace('"theme": "blue"', '"theme": "green"');
    const [p] = errorsOf(broken);
    expect(p!.path).toBe('theme');
    expect({ line: p!.line, column: p!.column }).toEqual(positionOf(broken, '"green"'));
    expect(p!.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p!.message.en).toMatch(/[A-Za-z]{2}/);
  });

  it('an unknown field, a bad slide id, a missing field and a wrong kind are each reported', () => {
    const unknown = text.replace('"excluded":', '"exclude": [],\n  "excluded":');
    expect(errorsOf(unknown)[0]).toMatchObject({ code: 'unknown-field', ...positionOf(unknown, '"exclude"') });

    const badId = text.replace(/"excluded": \[\s*"contents"/, '"excluded": ["Contents Slide"');
    expect(errorsOf(badId)[0]).toMatchObject({ path: 'excluded[0]', ...positionOf(badId, '"Contents Slide"') });

    const missing = text.replace(/\n {2}"name": "[^"]*",/, '');
    expect(missing).not.toContain('"name"');
    expect(errorsOf(missing)[0]).toMatchObject({ code: 'missing-field', path: 'name' });

    const report = text.replace('"kind": "govbrief-briefing"', '"kind": "govbrief-report"');
    expect(errorsOf(report)[0]).toMatchObject({ path: 'kind', ...positionOf(report, '"govbrief-report"') });
  });

  it('a report file opened as a briefing is refused, not misread', () => {
    const reportText = JSON.stringify(report, null, 2);
    const errors = errorsOf(reportText);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.line >= 1 && e.column >= 1)).toBe(true);
  });

  it('empty, UTF-16 and binary files are refused with a position', () => {
    for (const content of ['', new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), new Uint8Array([0, 1, 2, 3, 0xc3])]) {
      const errors = errorsOf(content);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]!.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('whatever the bytes, loading never throws and every problem points inside the file', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.integer({ min: 0, max: 20 }),
        fc.string({ maxLength: 3 }),
        (at, cut, insert) => {
          const mangled = text.slice(0, at) + insert + text.slice(at + cut);
          const loaded = loadBriefing(FILE, mangled);
          if (loaded.ok) return;
          const lines = mangled.split('\n');
          for (const p of loaded.errors) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lines.length + 1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
