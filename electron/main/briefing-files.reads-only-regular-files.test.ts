/**
 * A briefing opened in the app (the dialog, the command line, a double-click) is read only from a
 * regular file: a FIFO would block main's readFileSync forever, /dev/zero never ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeBriefingFs, readBriefingFile } from './briefing-files';

const dir = mkdtempSync(join(tmpdir(), 'govbrief-briefing-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fs = nodeBriefingFs(() => {});

describe.runIf(process.platform !== 'win32')('briefing files are read only from regular files', () => {
  it('a FIFO is refused at once, saying it is a named pipe', () => {
    const fifo = join(dir, 'b.govbrief.json');
    execFileSync('mkfifo', [fifo]);
    const t0 = performance.now();
    const r = readBriefingFile(fifo, fs);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect('error' in r && r.error.en).toMatch(/named pipe \(FIFO\)/);
    expect('error' in r && r.error.zh).toMatch(/命名管道/);
  });

  it('/dev/zero is refused as a device', () => {
    const r = readBriefingFile('/dev/zero', fs);
    expect('error' in r && r.error.en).toMatch(/a device \(like \/dev\/zero\)/);
  });
});
