/**
 * The one factory for windows: every window the app opens is isolated, sandboxed and without
 * Node (Electron security checklist). The preferences are written inline in the one
 * `new BrowserWindow(…)` call (not assembled elsewhere) so static checkers such as
 * electronegativity see them. The constructor is a parameter, so tests run it with a fake and
 * without Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** Window options the caller may choose: everything except webPreferences. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export function createSecureWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  options: WindowOptions,
  preloadPath: string,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click opens links in new windows; nothing in the app needs it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Records the options it is given instead of opening a window. */
class RecordedOptions {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

/** The webPreferences every window gets (exactly what createSecureWindow passes). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { ...createSecureWindow(RecordedOptions, {}, preloadPath).options.webPreferences };
}
