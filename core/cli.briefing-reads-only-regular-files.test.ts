/**
 * `govbrief export --briefing FILE` reads only a regular file within the size limit:
 * `--briefing /dev/zero` grew to 7 GB in 20 s, and a FIFO would wait forever.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from './cli-export';

const dir = mkdtempSync(join(tmpdir(), 'govbrief-cli-briefing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportWithBriefing(briefing: string) {
  const out: string[] = [];
  const err: string[] = [];
  const t0 = performance.now();
  const code = await exportCommand(['--format', 'pptx', '--out', dir, '--briefing', briefing], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, err: err.join('\n'), ms: performance.now() - t0 };
}

describe.runIf(process.platform !== 'win32')('the CLI reads a briefing only from a regular file', () => {
  it('--briefing /dev/zero stops at once with a message naming a device', async () => {
    const r = await exportWithBriefing('/dev/zero');
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(2000);
    expect(r.err).toMatch(/\/dev\/zero: cannot read: it is a device \(like \/dev\/zero\), not a regular file/);
    expect(r.err).toMatch(/无法读取演示方案：这是设备/);
  });

  it('--briefing naming a FIFO stops at once', async () => {
    const fifo = join(dir, 'b.govbrief.json');
    execFileSync('mkfifo', [fifo]);
    const r = await exportWithBriefing(fifo);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/named pipe \(FIFO\)/);
  });
});
