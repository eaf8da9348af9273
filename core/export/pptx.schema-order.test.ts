/**
 * Rule: every slide, notes and chart part of an exported PPTX has its elements in the order
 * ECMA-376 prescribes (pml.xsd, dml-main.xsd, dml-chart.xsd), for every element the exporter
 * writes. PowerPoint offers to "repair" a file with `<a:pPr>` after `<a:r>` (pptxgenjs 4.0.1 did
 * that in 58 Shanxi paragraphs). The check parses each part and walks every element against the
 * transcribed sequences (pptx/ooxml-order.testkit.ts); an element with children that the table
 * does not cover fails the test too, so a new kind of element cannot slip past unchecked.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { smallDeckArbitrary } from '../../tests/generators/deck-arbitrary';
import { compileDeck } from '../deck/compile';
import type { Deck } from '../deck/types';
import { loadReportFile } from '../node/report-file';
import type { Report } from '../report/schema';
import { exportPptx } from './pptx';
import { orderProblems, sequenceProblems } from '../../tests/support/pptx/ooxml-order';

const CHECKED_PART = /^ppt\/(slides\/slide|notesSlides\/notesSlide|charts\/chart)\d+\.xml$/;

function bundled(name: string): Report {
  const r = loadReportFile(new URL(`../../data/reports/${name}.json`, import.meta.url).pathname);
  if (!r.ok) throw new Error(name);
  return r.report;
}

async function packageProblems(deck: Deck): Promise<{ problems: string[]; unchecked: string[]; parts: number }> {
  const { bytes } = await exportPptx(deck);
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const problems: string[] = [];
  const unchecked = new Set<string>();
  let parts = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!CHECKED_PART.test(name)) continue;
    parts++;
    const doc = new DOMParser().parseFromString(decoder.decode(data), 'text/xml');
    const r = orderProblems(doc.documentElement!, name);
    problems.push(...r.problems);
    for (const u of r.unchecked) unchecked.add(u);
  }
  return { problems, unchecked: [...unchecked].sort(), parts };
}

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
}

describe('the schema-order checker', () => {
  const P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  it('finds <a:pPr> after <a:r>, a missing required child and an unknown child', () => {
    const { problems } = orderProblems(
      parse(`<a:p ${P}><a:r><a:t>甲</a:t></a:r><a:pPr/><a:r><a:t>乙</a:t></a:r></a:p>`),
      'x',
    );
    expect(problems).toEqual(['x:a:p: <a:pPr> out of order']);
    expect(orderProblems(parse(`<a:r ${P}><a:rPr/></a:r>`), 'x').problems).toEqual(['x:a:r: <a:t> missing at the end']);
    expect(orderProblems(parse(`<a:r ${P}><a:t/><a:b/></a:r>`), 'x').problems).toEqual([
      'x:a:r: <a:b> not allowed here',
    ]);
  });

  it('accepts repeated slots and optional ones skipped, and a single slot once only', () => {
    const seq = [
      ['x:a', '?'],
      ['x:b|x:c', '*'],
      ['x:d', '1'],
    ] as const;
    const X = 'xmlns:x="urn:x"';
    expect(sequenceProblems(parse(`<x:r ${X}><x:b/><x:c/><x:b/><x:d/></x:r>`), seq, 'r')).toEqual([]);
    expect(sequenceProblems(parse(`<x:r ${X}><x:a/><x:a/><x:d/></x:r>`), seq, 'r')).toEqual(['r: <x:a> out of order']);
  });
});

describe('exported PPTX parts follow the ECMA-376 element order', () => {
  const shanxi = bundled('shanxi-2025');
  const china = bundled('china-2025');
  it.each([
    ['Shanxi 2025', () => compileDeck(shanxi)],
    ['China 2025', () => compileDeck(china)],
    ['Shanxi compared with China', () => compileDeck(shanxi, { compareWith: china })],
  ])('%s: no element out of order, every element covered', async (_, make) => {
    const { problems, unchecked, parts } = await packageProblems(make());
    expect(parts).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    expect(unchecked).toEqual([]);
  });

  it('generated reports (fast-check): no element out of order, every element covered', async () => {
    await fc.assert(
      fc.asyncProperty(smallDeckArbitrary({ maxSlides: 4 }), async (deck) => {
        const { problems, unchecked } = await packageProblems(deck);
        expect(problems).toEqual([]);
        expect(unchecked).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
