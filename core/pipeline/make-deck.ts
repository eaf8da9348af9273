/**
 * The one way a deck is made for a report and an optional saved briefing: compile, then apply the
 * briefing (its order, exclusions, backups, notes). The app's screen, its export worker and the
 * CLI all call this, so what is shown is what is exported.
 */
import { applyBriefing, briefingCompileOptions, type AppliedBriefing } from '../briefing/apply';
import type { Briefing } from '../briefing/schema';
import { compileDeck } from '../deck/compile';
import type { ThemeId } from '../deck/themes';
import type { Report } from '../report/schema';

export interface DeckRequest {
  report: Report;
  briefing?: Briefing;
  /** The report whose targets are set beside this one's (with a briefing: only if it names one). */
  compareWith?: Report;
  /** Overrides the briefing's theme (the CLI's --theme). */
  theme?: ThemeId;
}

export function makeDeck(req: DeckRequest): AppliedBriefing {
  const { report, briefing, compareWith, theme } = req;
  if (!briefing) {
    return {
      deck: compileDeck(report, { ...(theme ? { theme } : {}), ...(compareWith ? { compareWith } : {}) }),
      missing: [],
      reportChanged: false,
    };
  }
  const deck = compileDeck(report, { ...briefingCompileOptions(briefing, compareWith), ...(theme ? { theme } : {}) });
  return applyBriefing(deck, briefing, report);
}
