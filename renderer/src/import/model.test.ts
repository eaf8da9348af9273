import { describe, expect, it } from 'vitest';
import source from '../../../tests/fixtures/import/province-2025.txt?raw';
import { importReportText } from '../../../core/import/draft';
import { checkMeaning } from '../../../core/report/checks';
import { checkProvenance } from '../../../core/report/provenance';
import { ReportSchema } from '../../../core/report/schema';
import {
  addFromSelection,
  chartRefusal,
  setChart,
  deleteEntry,
  draftEntries,
  editEntry,
  locateQuote,
  pointerAfterDelete,
  quoteIndex,
  type ReviewState,
} from './model';

function start(): ReviewState {
  const r = importReportText(source);
  if (!r.ok) throw new Error(r.message.en);
  return { source, report: r.report, items: r.items, accepted: [] };
}

describe('reviewing an imported draft', () => {
  it('finds every entry’s quote in the source, across line breaks and full-width digits', () => {
    const index = quoteIndex(source);
    for (const e of draftEntries(start().report)) expect(locateQuote(index, e.quote), e.pointer).toBeDefined();
    const at = locateQuote(index, '地区生产总值增长5.5%左右')!;
    expect(source.slice(at.start, at.end)).toBe('地区生产总值增长５．５％左右');
  });

  it('adds a selection as a project quoting it, with its figures; the draft stays valid and traced', () => {
    const s = addFromSelection(start(), 'project', '完成营造林２１０万亩');
    const projects = s.report.sections.find((x) => x.kind === 'projects')!;
    expect(projects.kind === 'projects' && projects.projects.at(-1)).toMatchObject({
      number: 11,
      source: '完成营造林２１０万亩',
      figures: [{ display: '210万亩', value: 210, bound: 'exact' }],
    });
    expect(ReportSchema.safeParse(s.report).success).toBe(true);
    expect(checkProvenance(s.report, source)).toEqual([]);
  });

  it('ignores a selection that is not in the source', () => {
    const s = start();
    expect(addFromSelection(s, 'highlight', '不在原文中的句子')).toBe(s);
  });

  it('deletes an entry and renumbers the projects; edits keep the quote', () => {
    const s = start();
    const first = draftEntries(s.report).find((e) => e.kind === 'project')!;
    const after = deleteEntry(s, first.pointer);
    const projects = after.report.sections.find((x) => x.kind === 'projects')!;
    expect(projects.kind === 'projects' && projects.projects.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const edited = editEntry(s, first.pointer, '托育服务扩容');
    const p0 = edited.report.sections.find((x) => x.kind === 'projects')!;
    expect(p0.kind === 'projects' && [p0.projects[0]!.text, p0.projects[0]!.source]).toEqual([
      '托育服务扩容',
      first.quote,
    ]);
    expect(s.report).not.toBe(edited.report);
  });

  it('keeps review items and accepted marks on their entries after a deletion', () => {
    const s = start();
    const projects = draftEntries(s.report).filter((e) => e.kind === 'project');
    const [gone, second, third] = projects;
    const item = (p: string) => ({
      kind: 'title-cut' as const,
      pointer: p,
      span: undefined,
      message: { zh: 'z', en: 'e' },
    });
    const state: ReviewState = {
      ...s,
      items: [item(`${gone!.pointer}/title`), item(`${third!.pointer}/title`), { ...item('x'), pointer: undefined }],
      accepted: [gone!.pointer, second!.pointer],
    };
    const after = deleteEntry(state, gone!.pointer);
    const now = draftEntries(after.report);
    // The item of the third project now points at where that project is, and reads its text.
    expect(after.items.map((i) => i.pointer)).toEqual([`${second!.pointer}/title`, undefined]);
    expect(now.find((e) => e.pointer === second!.pointer)!.text).toBe(third!.text);
    expect(after.accepted).toEqual([gone!.pointer]);
    expect(now.find((e) => e.pointer === gone!.pointer)!.text).toBe(second!.text);
  });

  it('moves only pointers into later siblings of the deleted entry', () => {
    const d = '/sections/2/targets/1';
    expect(pointerAfterDelete('/sections/2/targets/10/figure', d)).toBe('/sections/2/targets/9/figure');
    expect(pointerAfterDelete('/sections/2/targets/0', d)).toBe('/sections/2/targets/0');
    expect(pointerAfterDelete('/sections/2/targets/1/figure', d)).toBeUndefined();
    expect(pointerAfterDelete('/sections/3/targets/4', d)).toBe('/sections/3/targets/4');
    expect(pointerAfterDelete('/sections/2/targetsX/4', d)).toBe('/sections/2/targetsX/4');
  });
});

describe('charts from a highlight’s figures', () => {
  it('makes a bar chart of figures of one unit, giving them ids; the draft stays valid', () => {
    const s = start();
    const h = draftEntries(s.report).find((e) => e.kind === 'highlight' && e.text.startsWith('粮食总产量'))!;
    expect(chartRefusal(h.figures, 'bar')).toBe('数字的单位不同');
    const two = draftEntries(s.report).find((e) => e.kind === 'highlight' && e.text.startsWith('规模以上工业增加值'))!;
    expect(chartRefusal(two.figures, 'bar')).toBeUndefined();
    const after = setChart(s, two.pointer, 'bar');
    const review = after.report.sections.find((x) => x.kind === 'review')!;
    const theme = review.kind === 'review' ? review.themes[0]! : undefined;
    expect(theme?.charts).toEqual([
      expect.objectContaining({ kind: 'bar', figureIds: ['highlight-1-figure-1', 'highlight-1-figure-2'] }),
    ]);
    expect(ReportSchema.safeParse(after.report).success).toBe(true);
    expect(checkMeaning(after.report)).toEqual([]);
    expect(setChart(s, h.pointer, 'bar')).toBe(s);
  });
});
