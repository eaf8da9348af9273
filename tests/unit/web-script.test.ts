// `npm run web -- --port N` (scripts/web.mjs): serves the web build on the port asked for; a
// taken port or a bad value is a clear message and a non-zero exit, never a vite stack trace.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/web.mjs');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function start(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  cleanups.push(() => child.kill());
  // Without colour codes: a terminal-like environment (CI=true) colours the URL part by part.
  return { child, output: () => out.replace(/\u001b\[[0-9;]*m/g, ''), exit };
}

async function occupiedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

describe('npm run web', () => {
  it('reports a taken port with the command to use instead, before building', async () => {
    const port = await occupiedPort();
    const run = start(['--port', String(port)]);
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain(`端口 ${port} 已被占用`);
    expect(run.output()).toContain(`Port ${port} is already in use on 127.0.0.1`);
    expect(run.output()).toContain(`npm run web -- --port ${port + 1}`);
    expect(run.output()).not.toMatch(/^\s+at /m);
    expect(run.output()).not.toContain('built in');
  });

  it('refuses a port that is not an integer from 1 to 65535', async () => {
    for (const bad of ['abc', '0', '70000', '80.5']) {
      const run = start(['--port', bad]);
      expect(await run.exit).toBe(2);
      expect(run.output()).toContain(`invalid port: ${bad}`);
    }
  });

  it('serves the web build on the port given with --port', async () => {
    const probe = await occupiedPort();
    cleanups.pop()?.(); // free it again: a port that was just free
    const outDir = mkdtempSync(path.join(tmpdir(), 'govbrief-web-'));
    cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
    const run = start(['--port', String(probe), '--out-dir', outDir]);
    const url = `http://127.0.0.1:${probe}/`;
    const deadline = Date.now() + 90_000;
    while (!run.output().includes(url) && Date.now() < deadline && run.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(run.output()).toContain(url);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="zh-CN">');
  }, 120_000);
});
