/**
 * Closing the window while its export's save dialog is open must write nothing: the dialog may
 * still resolve with a path, but once the window that asked is gone (the abandoned dependency)
 * no file is created, no temp file is left behind, an existing file at that path keeps its
 * bytes, and the outcome is "cancelled". A window that is still there saves as before. Real
 * temp folders, the real atomic write.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveExport, type SaveDeps } from './export-save';

const OLD = 'the previous export, which must survive';
const NEW = new TextEncoder().encode('PK\u0003\u0004'.padEnd(64 * 1024, 'x'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-abandoned-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A dialog that answers `chosen`; the window is closed while it is open when `closeWindow`. */
function deps(
  chosen: string,
  closeWindow: boolean,
): SaveDeps & { closed: () => boolean; abandonedChecks: ReturnType<typeof vi.fn> } {
  let windowGone = false;
  const abandonedChecks = vi.fn(() => windowGone);
  return {
    defaultDir: dir,
    showSaveDialog: async () => {
      if (closeWindow) windowGone = true;
      return { canceled: false, filePath: chosen };
    },
    abandoned: abandonedChecks,
    abandonedChecks,
    closed: () => windowGone,
  };
}

describe('saveExport when the window is closed during the export', () => {
  it('writes nothing: no file at the chosen path, no temp file in the folder, outcome cancelled', async () => {
    const target = join(dir, '报告.pptx');
    const d = deps(target, true);
    const outcome = await saveExport(NEW, '报告.pptx', d);
    expect(outcome).toEqual({ ok: false, cancelled: true });
    expect(d.closed()).toBe(true);
    expect(d.abandonedChecks).toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing file at the chosen path keeps its old bytes', async () => {
    const target = join(dir, '报告.pdf');
    writeFileSync(target, OLD);
    const outcome = await saveExport(NEW, '报告.pdf', deps(target, true));
    expect(outcome).toEqual({ ok: false, cancelled: true });
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['报告.pdf']);
  });

  it('a path typed without the extension: nothing is written under either name', async () => {
    const outcome = await saveExport(NEW, '报告.pptx', deps(join(dir, '报告'), true));
    expect(outcome).toEqual({ ok: false, cancelled: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the injected write is never called', async () => {
    const write = vi.fn();
    const outcome = await saveExport(NEW, '报告.pptx', { ...deps(join(dir, '报告.pptx'), true), write });
    expect(outcome).toEqual({ ok: false, cancelled: true });
    expect(write).not.toHaveBeenCalled();
  });
});

describe('saveExport when the window is still there', () => {
  it('writes the file (replacing an old one) and leaves no temp file', async () => {
    const target = join(dir, '报告.pptx');
    writeFileSync(target, OLD);
    const d = deps(target, false);
    const outcome = await saveExport(NEW, '报告.pptx', d);
    expect(outcome).toEqual({ ok: true, path: target });
    expect(d.abandonedChecks).toHaveBeenCalled();
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(readdirSync(dir)).toEqual(['报告.pptx']);
  });

  it('writes the file when no abandoned check is given (the dependency is optional)', async () => {
    const target = join(dir, '报告.pdf');
    const outcome = await saveExport(NEW, '报告.pdf', {
      defaultDir: dir,
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
    });
    expect(outcome).toEqual({ ok: true, path: target });
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(readdirSync(dir)).toEqual(['报告.pdf']);
  });
});
