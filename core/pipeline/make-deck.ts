/**
 * The one way a deck is made for a report and an optional saved briefing: compile (the
 * briefing's sections, theme, cover, comparison), then apply the briefing (its order, exclusions,
 * backups, notes). The app's screen, its export worker and the CLI all go through here, so what
 * is shown is what is exported. The app compiles once and hands that deck to the export worker.
 */
import { applyBriefing, briefingCompileOptions, type AppliedBriefing } from '../briefing/apply';
import type { Briefing } from '../briefing/schema';
import { compileDeck } from '../deck/compile';
import type { ThemeId } from '../deck/themes';
import type { Deck } from '../deck/types';
import type { Report } from '../report/schema';

export interface DeckRequest {
  report: Report;
  briefing?: Briefing;
  /** The report whose targets are set beside this one's (with a briefing: only if it names one). */
  compareWith?: Report;
  /** Overrides the briefing's theme (the CLI's --theme). */
  theme?: ThemeId;
}

/** What compileDeck reads of a briefing: a change to anything else (notes, order) needs no compile. */
export type BriefingCompileParts = Pick<Briefing, 'sections' | 'theme' | 'cover' | 'compareWith'>;

/** Step 1: the deck as compiled for a briefing, before its order, exclusions and notes. */
export function compileForBriefing(
  report: Report,
  briefing: BriefingCompileParts | undefined,
  compareWith: Report | undefined,
  theme?: ThemeId,
): Deck {
  const base = briefing ? briefingCompileOptions(briefing, compareWith) : compareWith ? { compareWith } : {};
  return compileDeck(report, { ...base, ...(theme ? { theme } : {}) });
}

/** Both steps: the deck for a report and briefing, with what the briefing names that is gone. */
export function makeDeck(req: DeckRequest, compiled?: Deck): AppliedBriefing {
  const { report, briefing, compareWith, theme } = req;
  const deck = compiled ?? compileForBriefing(report, briefing, compareWith, theme);
  return briefing ? applyBriefing(deck, briefing, report) : { deck, missing: [], reportChanged: false };
}
