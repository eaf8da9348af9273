/**
 * A briefing file main hands over from outside (command line, double-click) reaches the app
 * through the Electron bridge; a malformed payload is dropped, as every reply from main is checked.
 */
import { describe, expect, it } from 'vitest';
import { createElectronBridge, type GovbriefApi } from './electron';
import type { BriefingFile } from './types';

function bridgeWith(emit: { current?: (payload: unknown) => void }) {
  const api = {
    onBriefingFile: (listener: (payload: unknown) => void) => {
      emit.current = listener;
      return () => (emit.current = undefined);
    },
  } as unknown as GovbriefApi;
  return createElectronBridge(api);
}

describe('a briefing file from outside (Electron)', () => {
  it('passes the file’s bytes, or main’s reason it could not read it, and drops anything else', () => {
    const emit: { current?: (payload: unknown) => void } = {};
    const got: BriefingFile[] = [];
    const off = bridgeWith(emit).onBriefingFile!((f) => got.push(f));
    const bytes = new TextEncoder().encode('{}');
    emit.current!({ file: '会议.govbrief.json', bytes });
    emit.current!({ file: '大.govbrief.json', error: { zh: '文件过大，不是演示方案。', en: 'too large' } });
    emit.current!({ file: 42, bytes });
    emit.current!('not a file');
    expect(got).toEqual([
      { file: '会议.govbrief.json', bytes },
      { file: '大.govbrief.json', error: { zh: '文件过大，不是演示方案。', en: 'too large' } },
    ]);
    off();
    expect(emit.current).toBeUndefined();
  });
});
