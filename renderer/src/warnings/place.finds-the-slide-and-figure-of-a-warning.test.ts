/**
 * A data warning names a report field; placeWarning finds the slide that shows it and the figure
 * it is about. Real warnings: the Shanxi report with one figure's wording changed so that it is
 * no longer in its quote, loaded as the app loads reports (provenance findings as warnings).
 */
import { describe, expect, it } from 'vitest';
import { figuresOfElement } from '../../../core/deck/element-figures';
import { compileDeck } from '../../../core/deck/compile';
import { loadReport } from '../../../core/report/load';
import shanxiText from '../../../data/reports/shanxi-2025.json?raw';
import shanxiSource from '../../../data/sources/shanxi-2025.txt?raw';
import { pathSegments, placeWarnings } from './place';

const text = shanxiText;
const source = shanxiSource;

function load(json: string) {
  const r = loadReport('shanxi.json', json, { provenance: 'warning', readSource: () => ({ ok: true, text: source }) });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r;
}

describe('placeWarning', () => {
  it('reads a readable path back into its steps', () => {
    expect(pathSegments('sections[2].projects[4].figures[0].display')).toEqual([
      'sections',
      2,
      'projects',
      4,
      'figures',
      0,
      'display',
    ]);
    expect(pathSegments('a["b c"][1]')).toEqual(['a', 'b c', 1]);
  });

  it('puts a figure warning on the slide that draws the figure, naming the figure', () => {
    // "6个设区市" (晋创谷挂牌运营) → "7个设区市": no longer in its quote.
    const changed = text.replace(
      '"display": "6个设区市",\n                  "value": 6,',
      '"display": "7个设区市",\n                  "value": 7,',
    );
    expect(changed).not.toBe(text);
    const r = load(changed);
    const warning = r.warnings.find((w) => w.code === 'display-not-in-quote');
    expect(warning).toBeDefined();
    const deck = compileDeck(r.report);
    const [place] = placeWarnings([warning!], r.report, deck);
    expect(place!.figure).toEqual({ label: '晋创谷挂牌运营', display: '7个设区市' });
    const slide = deck.slides[place!.index!]!;
    expect(slide.elements.flatMap(figuresOfElement).map((f) => f.display)).toContain('7个设区市');
  });

  it('a warning about the whole report has no slide', () => {
    const r = load(text);
    const deck = compileDeck(r.report);
    const whole = { ...r.warnings[0]!, path: '' };
    expect(placeWarnings([whole], r.report, deck)[0]).toMatchObject({ index: undefined, figure: undefined });
  });
});
