import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeaning } from '../report/checks';
import { checkProvenance } from '../report/provenance';
import { ReportSchema } from '../report/schema';
import { importReportText } from './draft';

/** Real-looking reports, as lines: cut, with lines dropped, doubled or replaced by noise. */
const TEXTS = ['province-2025.txt', 'city-2025.txt', 'county-2025.txt']
  .map((f) => readFileSync(`tests/fixtures/import/${f}`, 'utf8'))
  .concat(readFileSync('data/sources/shanxi-2025.txt', 'utf8'))
  .map((t) => t.split('\n'));

const mangled = fc
  .record({
    text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
    from: fc.nat(),
    edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'noise'), fc.string({ maxLength: 12 })), {
      maxLength: 12,
    }),
  })
  .map(({ text, from, edits }) => {
    const lines = TEXTS[text]!;
    let out = lines.slice(from % lines.length);
    for (const [at, edit, noise] of edits) {
      const i = at % Math.max(1, out.length);
      if (edit === 'drop') out = [...out.slice(0, i), ...out.slice(i + 1)];
      else if (edit === 'double') out = [...out.slice(0, i), out[i] ?? '', ...out.slice(i)];
      else out = [...out.slice(0, i), noise, ...out.slice(i + 1)];
    }
    return out.join('\n');
  });

/** Paragraphs without a stop, up to 9,000 characters (a table, a PDF that lost its punctuation). */
const unpunctuated = fc
  .tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: TEXTS.length - 1 }))
  .map(([n, t]) => {
    const run = '全省经济运行稳中向好增长5%'.repeat(n);
    return TEXTS[t]!.map((line, i) => (i % 7 === 3 ? `${line}${run}` : line)).join('\n');
  });

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), mangled, mangled, unpunctuated);

let okCount = 0;
describe('import of any text', () => {
  it('never throws; a draft is always a valid report whose quotes are in the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = importReportText(t);
        if (!r.ok) return;
        okCount++;
        const parsed = ReportSchema.safeParse(r.report);
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`)).toEqual([]);
        expect(checkProvenance(r.report, t)).toEqual([]);
        const wrong = checkMeaning(r.report).filter(
          (f) => f.kind === 'value-not-in-display' || f.kind === 'duplicate-id',
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 120 },
    );
    // The cases must reach the draft, not only the "no report found" message.
    expect(okCount).toBeGreaterThan(40);
  });
});
