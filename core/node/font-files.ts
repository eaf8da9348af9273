/**
 * Node-only access to the Noto Sans SC font files shipped in node_modules. Used by the metrics
 * generator and by tests; the app itself never reads font files (it uses the generated metrics).
 */
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontWeight } from '../fonts/weight';

/** Package the font files come from; its version goes into the generated file's header. */
export const NOTO_SANS_SC_PACKAGE = '@expo-google-fonts/noto-sans-sc';

const FONT_FILE_BY_WEIGHT: Readonly<Record<FontWeight, string>> = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
};

const require = createRequire(import.meta.url);

/** Absolute path of the static TrueType file for a weight (resolved like an import, so hoisting works). */
export function notoSansScFontPath(weight: FontWeight): string {
  return require.resolve(`${NOTO_SANS_SC_PACKAGE}/${FONT_FILE_BY_WEIGHT[weight]}`);
}

/** Path of the font inside its package, e.g. "400Regular/NotoSansSC_400Regular.ttf". */
export function notoSansScFontFile(weight: FontWeight): string {
  return FONT_FILE_BY_WEIGHT[weight];
}

/** The installed package version, e.g. "0.4.3". */
export function notoSansScPackageVersion(): string {
  const pkg = require(`${NOTO_SANS_SC_PACKAGE}/package.json`) as { version: string };
  return pkg.version;
}

/** The font file's bytes: a view of the Buffer read, not a copy (10.5 MB per face). */
export function readNotoSansScFont(weight: FontWeight): Uint8Array {
  const buffer = readFileSync(notoSansScFontPath(weight));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * The same bytes read off the main thread: one buffer of the file's size filled by positional
 * reads in libuv's pool, so the CLI can compile the deck while the 21 MB of fonts come in.
 */
export async function readNotoSansScFontAsync(weight: FontWeight): Promise<Uint8Array> {
  const file = await open(notoSansScFontPath(weight), 'r');
  try {
    const size = (await file.stat()).size;
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await file.read(bytes, at, size - at, at);
      if (bytesRead === 0) throw new Error(`${notoSansScFontPath(weight)}: file ended at byte ${at} of ${size}`);
      at += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
}
