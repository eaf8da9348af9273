// The open report and the deck compiled from it. Opening a bad file leaves the deck as it was
// and returns the problems for the error panel.
import { useCallback, useMemo, useState } from 'react';
import { compileDeck } from '../../../core/deck/compile';
import type { ThemeId } from '../../../core/deck/themes';
import type { Deck } from '../../../core/deck/types';
import type { Problem } from '../../../core/report/problems';
import type { Report } from '../../../core/report/schema';
import type { OpenedReport } from '../bridge/types';

export interface OpenState {
  file: string;
  report: Report;
  warnings: Problem[];
}

export interface DeckState {
  open: OpenState | undefined;
  deck: Deck | undefined;
  theme: ThemeId;
  compareWith: Report | undefined;
  /** Problems of the last failed open, shown in the error panel until dismissed. */
  failed: { file: string; errors: Problem[] } | undefined;
  accept(opened: OpenedReport): boolean;
  setTheme(t: ThemeId): void;
  setCompareWith(r: Report | undefined): void;
  setReport(report: Report, compareWith: Report | undefined, theme: ThemeId): void;
  dismissFailure(): void;
}

export function useDeck(): DeckState {
  const [open, setOpen] = useState<OpenState>();
  const [theme, setTheme] = useState<ThemeId>('official');
  const [compareWith, setCompareWith] = useState<Report>();
  const [failed, setFailed] = useState<{ file: string; errors: Problem[] }>();

  const deck = useMemo(() => (open ? compileDeck(open.report, { theme, ...(compareWith ? { compareWith } : {}) }) : undefined), [open, theme, compareWith]);

  const accept = useCallback((opened: OpenedReport) => {
    if (!opened.result.ok) {
      setFailed({ file: opened.file, errors: opened.result.errors });
      return false;
    }
    setFailed(undefined);
    setOpen({ file: opened.file, report: opened.result.report, warnings: opened.result.warnings });
    return true;
  }, []);

  const setReport = useCallback((report: Report, cmp: Report | undefined, t: ThemeId) => {
    setOpen({ file: report.id, report, warnings: [] });
    setCompareWith(cmp);
    setTheme(t);
  }, []);

  const dismissFailure = useCallback(() => setFailed(undefined), []);
  return useMemo(
    () => ({ open, deck, theme, compareWith, failed, accept, setTheme, setCompareWith, setReport, dismissFailure }),
    [open, deck, theme, compareWith, failed, accept, setReport, dismissFailure],
  );
}
