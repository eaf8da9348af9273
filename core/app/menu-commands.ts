/**
 * The commands the native menu sends to a window. Here, in core, because both sides need the same
 * list: main builds the menu from it and the renderer switches over it, and lint forbids either
 * importing the other (electron/ ↔ renderer/).
 */
export const MENU_COMMANDS = [
  'open',
  'import-text',
  'export-pptx',
  'export-pdf',
  'export-handout',
  'export-notes',
  'export-memo',
  'print',
  'present',
  'present-current',
  'presenter',
  'help',
  'search',
  'save-briefing',
  'open-briefing',
  'undo',
  'redo',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** An IPC payload is untrusted until checked: an unknown command is dropped, not cast. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
