// Ctrl+P, 打印讲义: the handout PDF core makes (as the export dialog's defaults: three slides a
// page, the briefing's watermark and date line), opened for printing by the host (bridge.printPdf).
import { useCallback } from 'react';
import type { BriefingState } from '../briefing/useBriefing';
import type { ExportInput } from '../export/useExport';

const HANDOUT_SLIDES_PER_PAGE = 3;

export function usePrintHandouts(
  briefing: BriefingState,
  printHandouts: (input: Omit<ExportInput, 'format'>) => boolean,
): () => void {
  return useCallback(() => {
    const b = briefing.briefing;
    if (!briefing.report || !b || !briefing.deck) return;
    printHandouts({
      report: briefing.report,
      compareWith: briefing.compareWith,
      briefing: b,
      deck: briefing.deck,
      perPage: HANDOUT_SLIDES_PER_PAGE,
      ...(b.watermark ? { watermark: b.watermark } : {}),
      ...(b.dateLine ? { dateLine: b.dateLine } : {}),
      includeBackups: true,
    });
  }, [briefing, printHandouts]);
}
