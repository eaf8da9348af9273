/**
 * Main refuses the editor's channels from the show windows (electron/main/ipc.ts). The show
 * windows run the same app, which asks for the startup notice in every window: there the refusal
 * means "no notice", not an unhandled rejection in the show window.
 */
import { describe, expect, it, vi } from 'vitest';
import { createElectronBridge, type GovbriefApi } from './electron';

function api(overrides: Partial<GovbriefApi>): GovbriefApi {
  const refused = () => Promise.reject(new Error("Error invoking remote method 'x': refused: not the editor window"));
  return new Proxy(overrides as GovbriefApi, {
    get: (target, key: string) => (key in target ? target[key as keyof GovbriefApi] : vi.fn(refused)),
  });
}

describe('the startup notice in a show window', () => {
  it('refused by main: no notice, no rejection', async () => {
    const bridge = createElectronBridge(
      api({ settingsNotice: () => Promise.reject(new Error('refused: not the editor window')) }),
    );
    await expect(bridge.startupNotice()).resolves.toBeUndefined();
  });

  it('in the editor: the notice main gives', async () => {
    const notice = { zh: '设置文件已损坏，已恢复默认设置。', en: 'The settings file was damaged; defaults restored.' };
    const bridge = createElectronBridge(api({ settingsNotice: () => Promise.resolve(notice) }));
    await expect(bridge.startupNotice()).resolves.toEqual(notice);
  });
});
