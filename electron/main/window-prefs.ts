/**
 * The one factory for windows' webPreferences: every window the app opens is isolated,
 * sandboxed and without Node (Electron security checklist). Pure, so tests check it without
 * Electron.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
  };
}
