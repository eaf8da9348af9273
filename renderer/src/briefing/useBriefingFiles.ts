// Save briefing / Open briefing. Saving writes the .govbrief.json (a download on the web; the
// save dialog and an atomic write in Electron). Opening validates the file like a report: a
// malformed one shows its problems with line:column and changes nothing; a briefing for another
// bundled report opens that report with it; one for the open report replaces the current
// briefing as one undo step.
import { useCallback } from 'react';
import { loadBriefing } from '../../../core/briefing/load';
import type { Failure } from '../app/useReport';
import type { Bridge, BriefingFile, BundledInfo } from '../bridge/types';
import { T } from '../i18n';
import type { BriefingState } from './useBriefing';

export interface BriefingFilesInput {
  bridge: Bridge;
  briefing: BriefingState;
  bundled: readonly BundledInfo[];
  openBundled(id: string): Promise<void>;
  fail(failure: Failure): void;
  notify(message: string): void;
  /** Web: ask the editor's file input for a briefing file. */
  requestInput(): void;
}

export function useBriefingFiles({
  bridge,
  briefing,
  bundled,
  openBundled,
  fail,
  notify,
  requestInput,
}: BriefingFilesInput) {
  const openContent = useCallback(
    async (file: string, content: Uint8Array | string) => {
      const loaded = loadBriefing(file, content);
      if (!loaded.ok) return fail({ file, errors: loaded.errors, what: 'briefing' });
      const b = loaded.briefing;
      if (briefing.report?.id === b.report.id) return briefing.replace(b, file);
      if (bundled.some((r) => r.id === b.report.id)) {
        briefing.expect(b, file);
        return openBundled(b.report.id);
      }
      notify(T.briefing.otherReport(b.report.title || b.report.id));
    },
    [briefing, bundled, openBundled, fail, notify],
  );

  /** A briefing file main read: picked in its open dialog, or handed over from outside (a double-click). */
  const openRead = useCallback(
    async (picked: BriefingFile) => {
      if ('error' in picked) return notify(`${T.briefing.cannotOpen}：${picked.file}：${picked.error.zh}`);
      await openContent(picked.file, picked.bytes);
    },
    [notify, openContent],
  );

  const open = useCallback(async () => {
    if (!bridge.openBriefingDialog) return requestInput();
    const picked = await bridge.openBriefingDialog();
    if (picked) await openRead(picked);
  }, [bridge, requestInput, openRead]);

  const save = useCallback(async () => {
    const f = briefing.file();
    if (!f) return;
    try {
      const r = await bridge.saveBriefing(f.text, f.fileName);
      if (r.ok) notify(T.briefing.saved(r.path ?? f.fileName));
      else if (!r.cancelled) notify(T.briefing.saveFailed(r.message?.zh ?? ''));
    } catch (e) {
      notify(T.briefing.saveFailed(e instanceof Error ? e.message : String(e)));
    }
  }, [bridge, briefing, notify]);

  return { open, save, openContent, openRead };
}
