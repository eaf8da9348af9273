/**
 * The parts of the package pptxgenjs builds, taken before it zips them, so the exporter repairs
 * them and writes the archive once (pptxgenjs's own zip, unzipped and zipped again by the repair
 * pass, was a quarter of the export time).
 *
 * pptxgenjs 4.0.1 offers no such output: write() fills a JSZip with strings (zip.file) and ends
 * in JSZip's generateAsync, and each chart's embedded spreadsheet is a JSZip of its own, zipped
 * to base64 the same way. So, while an export runs (recordParts), JSZip's file() also keeps the
 * text it is given, by archive, and generateAsync learns one output type of our own,
 * PARTS_OUTPUT_TYPE: asked for it, the archive hands back those parts instead of generating;
 * asked for base64 of an archive whose every part was recorded (the spreadsheets), it is zipped
 * synchronously with fflate instead of JSZip's asynchronous streams. Anything else (an archive
 * with a part that is not text, any JSZip use outside an export) goes to JSZip as before.
 */
import { zipSync, type Zippable } from 'fflate';
import JSZip from 'jszip';
import { minimalWorkbook } from './workbook';

/** The output type exportPptx passes to pptxgenjs's write(). */
export const PARTS_OUTPUT_TYPE = 'govbrief-package-parts';

/** A package's parts by name (folders left out): XML and relationship parts as text, others as bytes. */
export type PackageParts = Record<string, Uint8Array | string>;

/** Parts written as text: the repairs read them as text, so they skip a UTF-8 round trip. */
export const TEXT_PART = /\.(xml|rels)$/i;

const PARTS_MARK = Symbol.for('govbrief.packageParts');

interface Marked {
  [PARTS_MARK]: PackageParts;
}

/** What file() was given, by archive (JSZip folders share their root's `files`). */
const recorded = new WeakMap<object, Map<string, string | Uint8Array>>();
let recording = 0;
/**
 * The bytes of the last archive zipped to base64 here, by that base64 text: pptxgenjs hands the
 * text straight back to file() (base64: true), which then takes the bytes instead of decoding.
 */
let lastZipped: { base64: string; bytes: Uint8Array } | undefined;

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** The archive's parts as recorded, or undefined when one of its files was not recorded. */
function recordedParts(zip: JSZip): PackageParts | undefined {
  const parts = recorded.get(zip.files);
  if (!parts) return undefined;
  const out: PackageParts = {};
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const part = parts.get(name);
    if (part === undefined) return undefined;
    out[name] = part;
  }
  return out;
}

async function readParts(zip: JSZip): Promise<Marked> {
  const fast = recordedParts(zip);
  if (fast) return { [PARTS_MARK]: fast };
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const data = await Promise.all(
    names.map((n) => (TEXT_PART.test(n) ? zip.files[n]!.async('string') : zip.files[n]!.async('uint8array'))),
  );
  const parts: PackageParts = {};
  names.forEach((n, i) => (parts[n] = data[i]!));
  return { [PARTS_MARK]: parts };
}

type Generate = JSZip['generateAsync'];
type File = (this: JSZip, name: string, data?: unknown, options?: JSZip.JSZipFileOptions) => unknown;
const proto = JSZip.prototype as unknown as { generateAsync: Generate; file: File } & Record<symbol, boolean>;
if (!proto[PARTS_MARK]) {
  const generate = proto.generateAsync;
  const file = proto.file;
  proto.file = function (this: JSZip, ...args: Parameters<File>) {
    // JSZip tells a read (one argument) from a write by the argument count: pass them as given.
    const out = file.apply(this, args);
    const [name, data, options] = args;
    if (recording > 0 && typeof name === 'string' && typeof data === 'string' && !options?.dir) {
      const full = ((this as unknown as { root?: string }).root ?? '') + name;
      const parts = recorded.get(this.files) ?? new Map<string, string | Uint8Array>();
      recorded.set(this.files, parts);
      if (options?.base64) parts.set(full, lastZipped?.base64 === data ? lastZipped.bytes : base64ToBytes(data));
      else if (!options?.binary) parts.set(full, data);
    }
    return out;
  } as File;
  proto.generateAsync = function (this: JSZip, options, onUpdate) {
    const type = (options as { type?: string } | undefined)?.type;
    if (type === PARTS_OUTPUT_TYPE) return readParts(this) as unknown as ReturnType<Generate>;
    const parts = type === 'base64' && recording > 0 ? recordedParts(this) : undefined;
    if (parts) {
      const encoder = new TextEncoder();
      const zippable: Zippable = {};
      // A chart's spreadsheet: only the parts its data needs (workbook.ts).
      for (const [n, p] of Object.entries(minimalWorkbook(parts))) {
        zippable[n] = typeof p === 'string' ? encoder.encode(p) : p;
      }
      // Stored, as JSZip did: the package's one DEFLATE pass then compresses it whole, smaller
      // than a spreadsheet deflated part by part.
      const bytes = zipSync(zippable, { level: 0 });
      lastZipped = { base64: bytesToBase64(bytes), bytes };
      return Promise.resolve(lastZipped.base64) as ReturnType<Generate>;
    }
    return generate.call(this, options, onUpdate) as ReturnType<Generate>;
  } as Generate;
  proto[PARTS_MARK] = true;
}

/** Runs `write` (pptxgenjs's write()) with file() recording what it is given. */
export async function recordParts<T>(write: () => Promise<T>): Promise<T> {
  recording++;
  try {
    return await write();
  } finally {
    recording--;
    lastZipped = undefined;
  }
}

/**
 * The parts out of what write({ outputType: PARTS_OUTPUT_TYPE }) returned. Throws when pptxgenjs
 * zipped with a JSZip other than ours (a second copy bundled), which would print as a broken
 * file otherwise.
 */
export function packageParts(written: unknown): PackageParts {
  const parts = (written as Partial<Marked> | null | undefined)?.[PARTS_MARK];
  if (!parts) throw new Error('exportPptx: pptxgenjs did not hand over its package parts (a second copy of JSZip?)');
  return parts;
}
