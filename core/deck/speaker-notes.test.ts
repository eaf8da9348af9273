/**
 * Rule: speaker notes begin with something to say, in the report's own wording, and then
 * 【原文出处】 with every quote behind the slide's figures, each quote once.
 */
import { describe, expect, it } from 'vitest';
import { loadReportFile } from '../node/report-file';
import { compileDeck } from './compile';
import { firstSentence, speakerNotes, spokenNotes } from './speaker-notes';

const Q = '新培育高新技术企业1599家。';

describe('speakerNotes', () => {
  it('leaves out a quote line the sources repeat, keeps one they do not', () => {
    const slide = {
      notes: `新培育高新技术企业1599家。\n原文：“${Q}”\n\n另一点。\n原文：“不在来源里的原文。”`,
      sources: [{ quote: Q, displays: ['1599家'] }],
    };
    expect(spokenNotes(slide)).toBe('新培育高新技术企业1599家。\n\n另一点。\n原文：“不在来源里的原文。”');
    expect(speakerNotes(slide)).toBe(`${spokenNotes(slide)}\n\n【原文出处】\n· 1599家：“${Q}”`);
  });

  it('a paragraph that only restates a quote is left to the sources, unless it is the first', () => {
    const q2 = '“新三样”出口增长两倍多。';
    const slide = {
      notes: `${Q}\n原文：“${Q}”\n\n${q2}\n原文：“${q2}”\n\n3. 另有说明：不是原文的一句话，要讲。`,
      sources: [
        { quote: Q, displays: ['1599家'] },
        { quote: q2, displays: ['两倍多'] },
      ],
    };
    expect(spokenNotes(slide)).toBe(`${Q}\n\n3. 另有说明：不是原文的一句话，要讲。`);
  });

  it('notes left with nothing to say begin with the first quote’s first sentence', () => {
    const slide = { notes: `原文：“${Q}再说一句。”`, sources: [{ quote: `${Q}再说一句。`, displays: [] }] };
    expect(speakerNotes(slide).startsWith(`${Q}\n\n【原文出处】`)).toBe(true);
    expect(firstSentence('没有句号')).toBe('没有句号');
  });

  it('every slide of the bundled decks: says something first, then every quote once', () => {
    for (const name of ['shanxi-2025', 'china-2025']) {
      const r = loadReportFile(new URL(`../../data/reports/${name}.json`, import.meta.url).pathname);
      if (!r.ok) throw new Error(name);
      for (const s of compileDeck(r.report).slides) {
        const notes = speakerNotes(s);
        const [say, sources = ''] = notes.split('\n\n【原文出处】\n');
        expect(say!.trim().length, `${s.id}`).toBeGreaterThan(0);
        expect(say!.startsWith('原文'), `${s.id}`).toBe(false);
        for (const src of s.sources) {
          expect(sources, `${s.id}`).toContain(src.quote);
          const twice = say!
            .split('\n')
            .filter((line) => /^(?:[^：]{1,40}：)?原文：“/.test(line) && line.includes(src.quote));
          expect(twice, `${s.id}: quote read twice`).toEqual([]);
        }
      }
    }
  });
});
