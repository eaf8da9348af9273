// The open report. Opening a bad file leaves the open report as it was and returns the problems
// for the error panel. The deck is compiled from the report and its briefing (briefing/useBriefing.ts).
import { useCallback, useMemo, useState } from 'react';
import type { Problem } from '../../../core/report/problems';
import type { Report } from '../../../core/report/schema';
import type { OpenedReport } from '../bridge/types';

export interface OpenState {
  file: string;
  report: Report;
  warnings: Problem[];
}

export interface Failure {
  file: string;
  errors: Problem[];
  /** How many errors the file had in all, when `errors` holds only the first ones (the cap). */
  errorsTotal?: number;
  /** What could not be opened: a report (default) or a briefing file. */
  what?: 'report' | 'briefing';
}

export interface ReportState {
  open: OpenState | undefined;
  /** Problems of the last failed open, shown in the error panel until dismissed. */
  failed: Failure | undefined;
  accept(opened: OpenedReport): boolean;
  /** A report another window sent (presenting windows). */
  setReport(report: Report): void;
  fail(failure: Failure): void;
  dismissFailure(): void;
}

export function useReport(): ReportState {
  const [open, setOpen] = useState<OpenState>();
  const [failed, setFailed] = useState<Failure>();

  const accept = useCallback((opened: OpenedReport) => {
    if (!opened.result.ok) {
      const { errors, errorsTotal } = opened.result;
      setFailed({ file: opened.file, errors, ...(errorsTotal !== undefined ? { errorsTotal } : {}) });
      return false;
    }
    setFailed(undefined);
    setOpen({ file: opened.file, report: opened.result.report, warnings: opened.result.warnings });
    return true;
  }, []);

  const setReport = useCallback(
    (report: Report) => setOpen((o) => (o?.report === report ? o : { file: report.id, report, warnings: [] })),
    [],
  );
  const dismissFailure = useCallback(() => setFailed(undefined), []);
  return useMemo(
    () => ({ open, failed, accept, setReport, fail: setFailed, dismissFailure }),
    [open, failed, accept, setReport, dismissFailure],
  );
}
