/**
 * User settings in userData (window bounds, recent files, last export folder). A corrupted or
 * unreadable settings file never stops the app: it starts with defaults and says so once.
 */
import { readRegularFileOrThrow } from '../../core/node/regular-file';

/** Far larger than any settings file (a few KB): a bigger one is not read. */
const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
import { z } from 'zod';
import { writeFileAtomic } from '../../core/node/atomic-write';

const Bounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().optional(),
});

export const SettingsSchema = z.strictObject({
  version: z.literal(1),
  window: Bounds.optional(),
  recentFiles: z.array(z.string().max(4096)).max(20),
  lastExportDir: z.string().max(4096).optional(),
  theme: z.enum(['official', 'blue', 'contrast']).optional(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, recentFiles: [] };

/** A fresh copy of the defaults: callers may change it without touching DEFAULT_SETTINGS. */
function defaults(): Settings {
  return { version: 1, recentFiles: [] };
}
export const MAX_RECENT = 10;

export interface SettingsLoad {
  settings: Settings;
  /** Set when the file existed but could not be used; shown to the user once. */
  notice?: { zh: string; en: string };
}

export function loadSettings(
  path: string,
  read: (p: string) => string = (p) => new TextDecoder().decode(readRegularFileOrThrow(p, MAX_SETTINGS_FILE_BYTES)),
): SettingsLoad {
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaults() };
    return { settings: defaults(), notice: notice(`${(e as NodeJS.ErrnoException).code ?? e}`) };
  }
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { settings: parsed.data };
    return { settings: defaults(), notice: notice('invalid') };
  } catch {
    return { settings: defaults(), notice: notice('not JSON') };
  }
}

function notice(why: string): { zh: string; en: string } {
  return {
    zh: `设置文件已损坏（${why}），已使用默认设置启动；最近打开列表和窗口位置已重置。`,
    en: `The settings file was damaged (${why}); GovBrief started with default settings (recent files and window position reset).`,
  };
}

export function saveSettings(
  path: string,
  settings: Settings,
  write: (p: string, b: Uint8Array) => void = writeFileAtomic,
): void {
  write(path, new TextEncoder().encode(JSON.stringify(settings, null, 2)));
}

export function withRecent(settings: Settings, file: string): Settings {
  // A Set also drops duplicates a hand-edited settings file may hold.
  const recentFiles = [...new Set([file, ...settings.recentFiles])].slice(0, MAX_RECENT);
  return { ...settings, recentFiles };
}
