#!/usr/bin/env node
// `npm run web [-- --port N] [-- --out-dir DIR]`: builds the renderer for the web and serves it
// on http://127.0.0.1:N (4173 unless told). A taken port is reported before the build, in
// Chinese and English with the command to use instead, never as a vite stack trace.
import { createServer } from 'node:net';
import path from 'node:path';
import { build, preview } from 'vite';

const DEFAULT_PORT = 4173;
const HOST = '127.0.0.1';
const CONFIG_FILE = path.resolve(import.meta.dirname, '../renderer/vite.config.ts');
const USAGE = 'usage: npm run web [-- --port N] [-- --out-dir DIR]';

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { port: DEFAULT_PORT, outDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
        throw new UsageError(`端口无效：${raw}（应为 1–65535 的整数）/ invalid port: ${raw} (an integer 1–65535)`);
      }
      opts.port = port;
    } else if (flag === '--out-dir') {
      opts.outDir = path.resolve(value());
    } else {
      throw new UsageError(`未知参数：${arg} / unknown argument: ${arg}\n${USAGE}`);
    }
  }
  return opts;
}

function portTakenMessage(port) {
  const next = port < 65535 ? port + 1 : port - 1;
  return [
    `端口 ${port} 已被占用（${HOST}:${port}），可能另一个 npm run web 还在运行。`,
    `Port ${port} is already in use on ${HOST} (perhaps another npm run web is still running).`,
    `换一个端口 / use another port:  npm run web -- --port ${next}`,
  ].join('\n');
}

/** Resolves with null when the port can be listened on, with the error code otherwise. */
function probePort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err) => resolve(err.code ?? 'ERROR'));
    probe.listen(port, HOST, () => probe.close(() => resolve(null)));
  });
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const busy = await probePort(opts.port);
  if (busy === 'EADDRINUSE') {
    console.error(portTakenMessage(opts.port));
    return 1;
  }
  const outDir = opts.outDir ? { outDir: opts.outDir, emptyOutDir: true } : {};
  await build({ configFile: CONFIG_FILE, build: outDir });
  try {
    const server = await preview({
      configFile: CONFIG_FILE,
      build: outDir,
      preview: { host: HOST, port: opts.port, strictPort: true, open: false },
    });
    server.printUrls();
  } catch (err) {
    // Taken between the probe and the listen.
    if (/already in use/.test(String(err?.message))) {
      console.error(portTakenMessage(opts.port));
      return 1;
    }
    throw err;
  }
  return undefined;
}

const code = await main();
if (code !== undefined) process.exit(code);
