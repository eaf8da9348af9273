/**
 * IPC channel names shared by main and the preload. No dependencies: a sandboxed preload can
 * require nothing but electron, so the zod schemas live in main (electron/main/payloads.ts).
 */

export const INVOKE = {
  listBundled: 'report:list-bundled',
  openBundled: 'report:open-bundled',
  openDialog: 'report:open-dialog',
  openPath: 'report:open-path',
  openDropped: 'report:open-dropped',
  initialReport: 'report:initial',
  recent: 'report:recent',
  saveExport: 'export:save',
  revealFile: 'export:reveal',
  printPdf: 'export:print',
  showPublish: 'show:publish',
  showStart: 'show:start',
  showEnd: 'show:end',
  openAudience: 'show:open-audience',
  settingsNotice: 'settings:notice',
  briefingLoadAutosave: 'briefing:load-autosave',
  briefingSaveAutosave: 'briefing:save-autosave',
  briefingSave: 'briefing:save',
  briefingOpen: 'briefing:open',
  importSave: 'import:save',
} as const;

/** Events main sends to renderers. */
export const EVENTS = {
  reportUpdated: 'report:updated',
  showMessage: 'show:message',
  menuCommand: 'menu:command',
  /** A briefing file handed to the app from outside (command line, double-click): its bytes or why not. */
  briefingFile: 'briefing:file',
} as const;

export type InvokeChannel = (typeof INVOKE)[keyof typeof INVOKE];

/** Menu commands main sends to the focused window. */
import type { MenuCommand } from '../../core/app/menu-commands';
export type { MenuCommand };
