/**
 * Arbitrary compiled decks for the exporter fuzz tests (test-only): a generated report
 * (reportArbitrary: every script, charts, long words, emoji, lone surrogates at cut points)
 * compiled by compileDeck in any theme, sometimes compared with a second report (comparison
 * table slides), then cut down to 1–6 of its slides so that a thousand exports stay affordable.
 * The slides are any subset of the deck's, in deck order: covers, charts, tables, KPI cards,
 * lists, hidden backup slides, continuation slides all turn up.
 */
import fc from 'fast-check';
import { compileDeck } from '../../core/deck/compile';
import { THEME_IDS } from '../../core/deck/themes';
import type { Deck, Slide, TextElement } from '../../core/deck/types';
import { blockString } from './deck-checks';
import { DEFAULT_KNOBS, reportArbitrary, STRESS_KNOBS, type ReportKnobs } from './report-arbitrary';

/** Small reports: enough for every slide kind, cheap to compile a thousand times. */
export const SMALL_KNOBS: ReportKnobs = {
  ...DEFAULT_KNOBS,
  maxSections: 3,
  maxItems: 3,
  maxFigures: 2,
  maxCharts: 2,
  maxTextChars: 120,
  maxLabelChars: 24,
};

/** Long labels and titles (up to the 200-character limit) and 2,000-character items. */
const LONG_KNOBS: ReportKnobs = { ...STRESS_KNOBS, maxSections: 2, maxItems: 2, maxCharts: 2 };

export interface DeckArbitraryOptions {
  /** Most slides kept from the compiled deck (default 6). */
  maxSlides?: number;
}

/** Decks of 1…maxSlides slides from compiled generated reports (see the file comment). */
export function smallDeckArbitrary(options: DeckArbitraryOptions = {}): fc.Arbitrary<Deck> {
  const maxSlides = options.maxSlides ?? 6;
  const report = fc.oneof(
    { weight: 4, arbitrary: reportArbitrary(SMALL_KNOBS) },
    { weight: 1, arbitrary: reportArbitrary(LONG_KNOBS) },
  );
  return fc
    .record({
      report,
      other: fc.option(reportArbitrary(SMALL_KNOBS), { nil: undefined, freq: 4 }),
      theme: fc.constantFrom(...THEME_IDS),
      picks: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: maxSlides }),
    })
    .map(({ report: r, other, theme, picks }) => {
      const deck = compileDeck(r, { theme, ...(other ? { compareWith: other } : {}) });
      const n = deck.slides.length;
      const keep = [...new Set(picks.map((p) => p % n))].sort((a, b) => a - b);
      return { ...deck, slides: keep.map((i) => deck.slides[i]!) };
    });
}

/** The slide's title element (the bar or band title), if it has one. */
export function titleElement(slide: Slide): TextElement | undefined {
  return slide.elements.find((e): e is TextElement => e.kind === 'text' && e.role === 'title');
}

/**
 * The title as the slide draws it: the title element's text — the slide's title, or, for a title
 * beyond what its band holds (a 200-character report title on the cover), its visible start
 * ending in "…" (fitBlockOrEllipsis; the full title is in the notes) — else the slide's title
 * (the closing slide draws "谢谢！" as a big text).
 */
export function drawnTitle(slide: Slide): string {
  const el = titleElement(slide);
  return el ? blockString(el) : slide.title;
}
