/**
 * Builds the govbrief CLI: core/cli.ts bundled by vite (SSR/library mode, Node target) into
 * out/cli/govbrief.mjs, with one chunk per exporter so a command loads only what it needs.
 * Dependencies stay in node_modules (they are the package's dependencies).
 *
 * Beside the bundle, out/cli/inputs.json lists every source file that went into it: bin/govbrief.mjs
 * rebuilds when one of them is newer than the bundle, so `npx govbrief`, `npm run export` and the
 * tests never run a stale CLI, without an install hook.
 *
 *   node scripts/build-cli.mjs        (npm run build:cli)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CLI_OUT_DIR = resolve(root, 'out/cli');
export const CLI_BUNDLE = resolve(CLI_OUT_DIR, 'govbrief.mjs');
export const CLI_INPUTS = resolve(CLI_OUT_DIR, 'inputs.json');

/** Modules jsPDF requires only for doc.html()/addSvgAsImage() (never used): left out of the bundle. */
const LEFT_OUT_MODULES = new Set(['html2canvas', 'dompurify', 'canvg']);
const LEFT_OUT_STUB = resolve(root, 'scripts/cli-bundle/left-out.cjs');
/** pptxgenjs loads https (and TLS) at every write for remote images, which decks never have. */
const NO_HTTPS_STUB = resolve(root, 'scripts/cli-bundle/no-https.mjs');
/** The PPTX packager's fflate with zipSync deflating each part by node:zlib (native, same levels). */
const NATIVE_ZIP_FFLATE = resolve(root, 'scripts/cli-bundle/fflate-native-zip.mjs');
/** jsPDF loads fast-png eagerly but uses it only for PNG images, which the export never adds. */
const NO_PNG_STUB = resolve(root, 'scripts/cli-bundle/no-png.mjs');
/** jsPDF's fflate with zlibSync done by node:zlib (native, same level): PDF streams deflate ~5x faster. */
const NATIVE_DEFLATE_FFLATE = resolve(root, 'scripts/cli-bundle/fflate-native-deflate.mjs');

/**
 * Replaces the modules above in the bundle only (the app and the tests keep the real ones); the
 * https stand-in applies only to imports made by pptxgenjs itself.
 */
function leaveOutUnusedModules() {
  return {
    name: 'govbrief-cli-leave-out',
    enforce: 'pre',
    resolveId(source, importer) {
      if (LEFT_OUT_MODULES.has(source)) return LEFT_OUT_STUB;
      if ((source === 'node:https' || source === 'https') && importer?.includes('/node_modules/pptxgenjs/')) {
        return NO_HTTPS_STUB;
      }
      if (source === 'fflate' && importer?.endsWith('/core/export/pptx/postprocess.ts')) return NATIVE_ZIP_FFLATE;
      if (source === 'fast-png' && importer?.includes('/node_modules/jspdf/')) return NO_PNG_STUB;
      if (source === 'fflate' && importer?.includes('/node_modules/jspdf/')) return NATIVE_DEFLATE_FFLATE;
      return null;
    },
  };
}

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when the bundle is missing or one of the files it was built from changed (or went) since. */
export function isCliStale() {
  const built = mtimeMs(CLI_BUNDLE);
  if (built === undefined) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(CLI_INPUTS, 'utf8'));
  } catch {
    return true;
  }
  return inputs.some((file) => {
    const m = mtimeMs(resolve(root, file));
    return m === undefined || m > built;
  });
}

/** Builds the CLI unless it is up to date; true if it built. */
export async function ensureCli(options = {}) {
  if (!isCliStale()) return false;
  await buildCli(options);
  return true;
}

export async function buildCli({ quiet = false } = {}) {
  // vite is loaded only to build: running the built CLI never loads it.
  const { build } = await import('vite');
  const inputs = new Set();
  await build({
    root,
    configFile: false,
    logLevel: quiet ? 'error' : 'warn',
    plugins: [
      leaveOutUnusedModules(),
      {
        name: 'govbrief-cli-inputs',
        moduleParsed(info) {
          if (!info.id.includes('node_modules') && !info.id.startsWith('\0')) inputs.add(info.id.split('?')[0]);
        },
      },
    ],
    // Dependencies are bundled too: Node then loads a few ES modules instead of resolving package
    // folders and scanning big CommonJS files (jspdf) for their exports at every start.
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'core/cli.ts'),
      outDir: CLI_OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        output: {
          format: 'es',
          entryFileNames: 'govbrief.mjs',
          chunkFileNames: 'chunks/[name]-[hash].mjs',
        },
      },
    },
  });
  mkdirSync(CLI_OUT_DIR, { recursive: true });
  const files = [...inputs].map((f) => relative(root, f)).sort();
  writeFileSync(CLI_INPUTS, JSON.stringify(files, null, 1) + '\n');
  return { bundle: CLI_BUNDLE, inputs: files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const { bundle, inputs } = await buildCli();
  process.stdout.write(
    `built ${relative(root, bundle)} from ${inputs.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}
