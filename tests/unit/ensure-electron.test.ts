// The `npm start` prestart step (scripts/ensure-electron.mjs): Electron's own installer runs
// once when the binary is missing; offline it says, in Chinese and English, what is missing
// and the three ways to provide it, with no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/ensure-electron.mjs');
const REAL_ELECTRON = path.join(ROOT, 'node_modules/electron');
const VERSION = (JSON.parse(readFileSync(path.join(REAL_ELECTRON, 'package.json'), 'utf8')) as { version: string })
  .version;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'ensure-electron-'));
  dirs.push(d);
  return d;
}

/** The environment with every Electron download/location variable removed. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/electron/i.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

function run(electronDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [SCRIPT, '--electron-dir', electronDir], {
    encoding: 'utf8',
    env: cleanEnv(env),
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stderr: r.stderr };
}

/** A copy of the electron package without its binary: the real install.js, checksums and version. */
function electronPackageWithoutBinary(): string {
  const dir = path.join(tempDir(), 'electron');
  mkdirSync(dir);
  for (const f of ['install.js', 'package.json', 'checksums.json']) {
    copyFileSync(path.join(REAL_ELECTRON, f), path.join(dir, f));
  }
  return dir;
}

describe('ensure-electron (npm prestart)', () => {
  it('offline, runs Electron’s installer, which fails, and prints the three ways in Chinese and English without a stack trace', () => {
    const electronDir = electronPackageWithoutBinary();
    const cacheRoot = path.join(tempDir(), 'cache');
    // Port 9 on loopback refuses connections: the download fails here even with internet.
    const r = run(electronDir, {
      NODE_PATH: path.join(ROOT, 'node_modules'),
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: cacheRoot,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`未安装 Electron ${VERSION}，自动下载失败：TypeError: fetch failed`);
    expect(r.stderr).toContain(
      `Electron ${VERSION} is not installed and downloading it failed: TypeError: fetch failed`,
    );
    expect(r.stderr).toContain('请任选一种方式提供 Electron');
    expect(r.stderr).toContain('Provide Electron in one of these three ways');
    const zip = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;
    expect(r.stderr).toContain(`1. ELECTRON_EXEC_PATH=`);
    expect(r.stderr).toContain(`2. 把 ${zip} 解压到 ${path.join(electronDir, 'dist')}`);
    expect(r.stderr).toContain(path.join(electronDir, 'path.txt'));
    expect(r.stderr).toMatch(new RegExp(`3\\. .*${cacheRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*${zip}`));
    expect(r.stderr).toContain('ELECTRON_MIRROR');
    expect(r.out).not.toMatch(/^\s+at /m);
    expect(r.out).not.toContain('node:internal');
  });

  it('with a reachable mirror, downloads the zip once through Electron’s installer and unpacks it where electron-vite looks', async () => {
    const electronDir = electronPackageWithoutBinary();
    const zipName = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;
    const exe = process.platform === 'win32' ? 'electron.exe' : 'electron';
    const zip = Buffer.from(zipSync({ [exe]: strToU8('#!/bin/sh\n'), version: strToU8(VERSION) }));
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === `/v${VERSION}/${zipName}`) res.end(zip);
      else if (req.url === `/v${VERSION}/SHASUMS256.txt`) res.end(sums);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const env = cleanEnv({
        NODE_PATH: path.join(ROOT, 'node_modules'),
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: path.join(tempDir(), 'cache'),
        electron_use_remote_checksums: '1',
      });
      // Async: the mirror is served from this process while the script runs.
      const runOnce = () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [SCRIPT, '--electron-dir', electronDir], { env, stdio: 'ignore' });
          child.on('exit', resolve);
        });
      expect(await runOnce()).toBe(0);
      expect(readFileSync(path.join(electronDir, 'path.txt'), 'utf8')).toBe(exe);
      expect(readFileSync(path.join(electronDir, 'dist', exe), 'utf8')).toBe('#!/bin/sh\n');
      const downloads = requests.filter((u) => u.endsWith('.zip')).length;
      expect(await runOnce()).toBe(0);
      expect(requests.filter((u) => u.endsWith('.zip')).length).toBe(downloads);
      expect(downloads).toBe(1);
    } finally {
      server.close();
    }
  });

  it('does not run the installer when path.txt names a binary in dist/', () => {
    const dir = path.join(tempDir(), 'electron');
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: VERSION }));
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    // An installer that would fail proves it is not run.
    writeFileSync(path.join(dir, 'install.js'), 'process.exit(3)');
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.out).toBe('');
  });

  it('continues when the installer puts the binary in place', () => {
    const dir = path.join(tempDir(), 'electron');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: VERSION }));
    writeFileSync(
      path.join(dir, 'install.js'),
      `const fs = require('fs'); fs.mkdirSync('dist'); fs.writeFileSync('dist/electron', ''); fs.writeFileSync('path.txt', 'electron');`,
    );
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(dir, 'path.txt'), 'utf8')).toBe('electron');
  });

  it('accepts an ELECTRON_EXEC_PATH that exists and names one that does not', () => {
    const electronDir = electronPackageWithoutBinary();
    const exe = path.join(tempDir(), 'my-electron');
    writeFileSync(exe, '');
    expect(run(electronDir, { ELECTRON_EXEC_PATH: exe }).status).toBe(0);

    const missing = path.join(path.dirname(exe), 'gone');
    const r = run(electronDir, { ELECTRON_EXEC_PATH: missing });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`ELECTRON_EXEC_PATH 指向的文件不存在（${missing}）`);
    expect(r.stderr).toContain(`ELECTRON_EXEC_PATH names a file that does not exist (${missing})`);
  });
});
