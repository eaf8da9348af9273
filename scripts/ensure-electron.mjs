#!/usr/bin/env node
// Runs before `npm start` and `npm run dev`: electron-vite starts the Electron binary named by
// ELECTRON_EXEC_PATH or by node_modules/electron/path.txt (+ dist/), and never downloads it
// itself ("Error: Electron uninstall"). When neither is there, Electron's own installer
// (node_modules/electron/install.js, the package's postinstall) runs once; when that fails —
// no internet, a blocked GitHub — this prints in Chinese and English what is missing and the
// three ways to provide it, without a stack trace, and exits 1.
//
//   node scripts/ensure-electron.mjs [--electron-dir DIR]   (DIR: the electron package; tests)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';
const EXIT_MISSING = 1;

function electronDirFromArgs(argv) {
  const i = argv.indexOf('--electron-dir');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('electron/package.json'));
}

/** The executable file name inside dist/, as Electron's install.js writes it into path.txt. */
function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** The binary electron-vite would start, or null when it would fail. */
function installedBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** First line of the installer's error output that is not a stack frame ("TypeError: fetch failed"). */
function installerReason(output) {
  const line = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at ') && l !== 'Downloading Electron binary...');
  return line ?? 'unknown error';
}

/** @electron/get's default cache root (env-paths 'electron', no suffix). */
function defaultCacheRoot() {
  const home = homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'electron');
    case 'win32':
      return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
    default:
      return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'electron');
  }
}

function mirrorBase() {
  return (
    process.env.npm_config_electron_mirror ||
    process.env.NPM_CONFIG_ELECTRON_MIRROR ||
    process.env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR
  );
}

/** Where @electron/get looks for the zip before downloading: <root>/<sha256 of the URL's folder>/<zip>. */
function cachedZipPath(version, zipName) {
  const root = process.env.electron_config_cache || defaultCacheRoot();
  const url = new URL(`${mirrorBase()}v${version}/${zipName}`);
  url.hash = '';
  url.search = '';
  url.pathname = path.posix.dirname(url.pathname);
  const folder = createHash('sha256').update(url.toString()).digest('hex');
  return path.join(root, folder, zipName);
}

function missingMessage({ version, electronDir, reason, execPath }) {
  const platform = process.env.npm_config_platform || process.platform;
  const arch = process.env.npm_config_arch || process.arch;
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const exe = platformExecutable(platform);
  const relative = path.relative(process.cwd(), electronDir);
  const rel = relative && !relative.startsWith('..') ? relative : electronDir;
  const head = execPath
    ? [
        `未找到 Electron：ELECTRON_EXEC_PATH 指向的文件不存在（${execPath}）。`,
        `Electron is missing: ELECTRON_EXEC_PATH names a file that does not exist (${execPath}).`,
      ]
    : [
        `未安装 Electron ${version}，自动下载失败：${reason}`,
        `Electron ${version} is not installed and downloading it failed: ${reason}`,
        `（下载地址 / download from: ${mirrorBase()}v${version}/${zipName}）`,
      ];
  return [
    ...head,
    '',
    '请任选一种方式提供 Electron，然后再运行 npm start：',
    'Provide Electron in one of these three ways, then run npm start again:',
    '',
    `  1. ELECTRON_EXEC_PATH=<Electron ${version} 可执行文件 / executable> npm start`,
    `     使用本机已有的 Electron ${version}。 Use an Electron ${version} already on this machine.`,
    `  2. 把 ${zipName} 解压到 ${path.join(rel, 'dist')}${path.sep}，并在 ${path.join(rel, 'path.txt')} 中写入 "${exe}"。`,
    `     Unzip ${zipName} into ${path.join(rel, 'dist')}${path.sep} and write "${exe}" into ${path.join(rel, 'path.txt')}.`,
    `  3. 把 ${zipName} 放到 Electron 缓存：${cachedZipPath(version, zipName)}`,
    `     （缓存根目录可用 electron_config_cache 指定），或用 ELECTRON_MIRROR 指向可访问的镜像。`,
    `     Put ${zipName} into the Electron cache at the path above (electron_config_cache names`,
    `     another cache root), or point ELECTRON_MIRROR at a mirror you can reach.`,
  ].join('\n');
}

function main() {
  const electronDir = electronDirFromArgs(process.argv.slice(2));
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));

  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    if (existsSync(execPath)) return 0;
    console.error(missingMessage({ version, electronDir, reason: '', execPath }));
    return EXIT_MISSING;
  }
  if (installedBinary(electronDir)) return 0;

  console.log(
    `正在下载 Electron ${version}（约 100 MB，仅首次）… Downloading Electron ${version} (about 100 MB, once)…`,
  );
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (install.status === 0 && installedBinary(electronDir)) return 0;

  const reason = installerReason(`${install.stderr ?? ''}\n${install.stdout ?? ''}\n${install.error?.message ?? ''}`);
  console.error(missingMessage({ version, electronDir, reason, execPath: undefined }));
  return EXIT_MISSING;
}

process.exit(main());
