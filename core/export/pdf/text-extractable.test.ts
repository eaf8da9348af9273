/**
 * The text of the PDF is real, extractable text equal to the data: every slide title and every
 * figure display on the page of its slide (slides, handouts, notes), every slide's speaker notes
 * on its notes pages, and the memo's whole content (Chinese intact; compared whitespace-free).
 */
import { describe, expect, it } from 'vitest';
import { withMissingFigures } from '../../deck/slides/common';
import type { Deck } from '../../deck/types';
import type { Report } from '../../report/schema';
import { BUNDLED, bundledDeck, bundledReport, exported } from '../../../tests/support/pdf-fixtures';
import { paperFrame } from './paper';
import { type ReadPage, readPdf, slideFigureDisplays, squash } from '../../../tests/support/pdf-reader';

/** Text between the running header and the footer of a paper page. */
function bodyText(page: ReadPage): string {
  const frame = paperFrame({ widthPt: page.widthPt, heightPt: page.heightPt });
  // PDF y is up: the body lies between the footer (bottom) and the header rule (top).
  const top = page.heightPt - frame.top + 14;
  const bottom = page.heightPt - frame.bottom - 6;
  return squash(
    page.items
      .filter((i) => !i.rotated && i.y <= top && i.y >= bottom)
      .map((i) => i.str)
      .join(''),
  );
}

function expectSlideOnPage(deck: Deck, i: number, pageText: string, where: string): void {
  const slide = deck.slides[i]!;
  expect(pageText, `${where}: title of slide ${i + 1}`).toContain(squash(slide.title));
  for (const d of slideFigureDisplays(deck, i))
    expect(pageText, `${where}: figure ${d} of slide ${i + 1}`).toContain(squash(d));
}

describe.each(BUNDLED)('text in the PDF equals the data: %s', (name) => {
  const deck = bundledDeck(name);
  const report = bundledReport(name);

  it('slides: every title and figure display on its page', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'slides' })).bytes);
    deck.slides.forEach((_, i) => expectSlideOnPage(deck, i, pdf.pages[i]!.text, 'slides'));
  });

  it('slides with a watermark: the watermark does not break the slide text', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'slides', watermark: '内部资料' })).bytes);
    deck.slides.forEach((_, i) => {
      const text = squash(
        pdf.pages[i]!.items.filter((t) => !t.rotated)
          .map((t) => t.str)
          .join(''),
      );
      expectSlideOnPage(deck, i, text, 'slides+watermark');
    });
  });

  it.each([1, 3, 6] as const)('handouts, %i per page: every title and figure display on its page', async (perPage) => {
    const pdf = await readPdf((await exported(name, { layout: 'handouts', includeHidden: true, perPage })).bytes);
    deck.slides.forEach((_, i) =>
      expectSlideOnPage(deck, i, pdf.pages[Math.floor(i / perPage)]!.text, `handouts-${perPage}`),
    );
  });

  it('notes: every slide with its title, figures and complete speaker notes', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'notes', includeHidden: true })).bytes);
    const firstPage = deck.slides.map((_, i) => pdf.pages.findIndex((p) => p.text.includes(`第${i + 1}张`)));
    deck.slides.forEach((slide, i) => {
      const start = firstPage[i]!;
      expect(start).toBeGreaterThanOrEqual(0);
      expectSlideOnPage(deck, i, pdf.pages[start]!.text, 'notes');
      const end = i + 1 < deck.slides.length ? firstPage[i + 1]! : pdf.pages.length;
      const label = squash(`第 ${i + 1} 张备注（续）：${slide.title}`);
      const text = pdf.pages.slice(start, end).map(bodyText).join('').split(label).join('');
      expect(text, `notes of slide ${i + 1}`).toContain(squash(slide.notes));
    });
  });

  it('memo: summary, every target, highlight, project, point and figure', async () => {
    const pdf = await readPdf((await exported(name, { layout: 'memo', report })).bytes);
    const text = pdf.pages.map(bodyText).join('');
    const expectIn = (s: string, what: string) => expect(text, what).toContain(squash(s));
    expectIn(report.title, 'title');
    expectIn(report.summary.text, 'summary');
    for (const s of report.sections) {
      expectIn(s.title, `section ${s.id}`);
      switch (s.kind) {
        case 'targets':
          for (const t of s.targets) {
            expectIn(t.indicator, `target ${t.key} indicator`);
            expectIn(t.statement, `target ${t.key} statement`);
            expectIn(t.figure.display, `target ${t.key} figure`);
            if (t.note) expectIn(t.note.text, `target ${t.key} note`);
          }
          break;
        case 'review':
          if (s.intro) expectIn(s.intro.text, 'intro');
          for (const th of s.themes) {
            expectIn(th.title, `theme ${th.id}`);
            for (const h of th.highlights) {
              expectIn(withMissingFigures(h.text, h.figures), `highlight ${h.id}`);
              for (const f of h.figures) expectIn(f.display, `highlight ${h.id} figure`);
            }
          }
          break;
        case 'projects':
          for (const p of s.projects) {
            expectIn(p.title, `project ${p.id}`);
            expectIn(withMissingFigures(p.text, p.figures), `project ${p.id} text`);
            for (const f of p.figures) expectIn(f.display, `project ${p.id} figure`);
          }
          break;
        case 'tasks':
          for (const t of s.tasks) {
            expectIn(t.title, `task ${t.id}`);
            for (const g of t.groups) {
              if (g.heading) expectIn(g.heading.text, `task ${t.id} heading`);
              for (const p of g.points) expectIn(p.text, `task ${t.id} point`);
            }
          }
          break;
      }
    }
  });
});

describe('memo with compareWith', () => {
  const own = bundledReport('shanxi-2025');
  const other = bundledReport('china-2025');
  const targets = (r: Report) => r.sections.flatMap((s) => (s.kind === 'targets' ? s.targets : []));

  it('sets the other report’s target beside each one (by key), "—" where it has none', async () => {
    const pdf = await readPdf(
      (await exported('shanxi-2025', { layout: 'memo', report: own, compareWith: other })).bytes,
    );
    const text = pdf.pages.map(bodyText).join('');
    const theirs = new Map(targets(other).map((t) => [t.key, t]));
    for (const t of targets(own)) {
      const match = theirs.get(t.key);
      // Row: indicator, own statement, the other's statement or "—".
      expect(text).toContain(
        squash(t.indicator + (t.note ? '＊' : '') + t.statement + (match ? match.statement : '—')),
      );
    }
    // Targets only the other report has get a row too, with "—" in this report's column.
    const ownKeys = new Set(targets(own).map((t) => t.key));
    for (const t of targets(other).filter((x) => !ownKeys.has(x.key)))
      expect(text).toContain(squash(t.indicator + '—' + t.statement));
  });
});
