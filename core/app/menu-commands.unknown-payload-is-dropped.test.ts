import { describe, expect, it } from 'vitest';
import { isMenuCommand, MENU_COMMANDS } from './menu-commands';

describe('menu commands from IPC', () => {
  it('accepts every known command', () => {
    for (const c of MENU_COMMANDS) expect(isMenuCommand(c)).toBe(true);
  });
  it('drops anything else (unknown names, other types, inherited keys)', () => {
    for (const v of ['', 'Open', 'export', 'rm -rf', 'toString', '__proto__', 1, null, undefined, {}, ['open']])
      expect(isMenuCommand(v)).toBe(false);
  });
});
