// Picks the bridge: Electron's when the preload exposed window.govbrief, else the web one.
import { createElectronBridge } from './electron';
import type { Bridge } from './types';
import { createWebBridge } from './web';

export function createBridge(): Bridge {
  return window.govbrief ? createElectronBridge(window.govbrief) : createWebBridge();
}
