/**
 * fflate as jsPDF sees it inside the built CLI only (scripts/build-cli.mjs): everything is the
 * real fflate except zlibSync, which jsPDF calls for every FlateDecode stream (the embedded font
 * subsets and the page contents). fflate deflates in JavaScript (~85 ms for the Shanxi deck at
 * its default level 6); Node's zlib makes the same level-6 zlib stream natively, ~4x faster. The
 * output is a standard zlib stream either way (the bytes may differ, the PDF reads the same).
 * The app's Web Worker export has no node:zlib and keeps fflate.
 */
import { deflateSync } from 'node:zlib';

export * from 'fflate';

/** fflate's default deflate level, kept so the CLI's PDFs are the app's size. */
const FFLATE_DEFAULT_LEVEL = 6;

export function zlibSync(data, opts) {
  const out = deflateSync(data, { level: opts?.level ?? FFLATE_DEFAULT_LEVEL });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
