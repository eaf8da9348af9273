/**
 * The parts of the package pptxgenjs builds, taken before it zips them, so the exporter repairs
 * them and writes the archive once (pptxgenjs's own zip, unzipped and zipped again by the repair
 * pass, was a quarter of the export time).
 *
 * pptxgenjs 4.0.1 offers no such output: write() always ends in JSZip's generateAsync on the
 * JSZip it filled. So generateAsync learns one output type of our own, PARTS_OUTPUT_TYPE: asked
 * for it, a JSZip hands back its files instead of generating an archive. Every other call (the
 * spreadsheets pptxgenjs embeds in charts, mammoth, anyone) goes to JSZip as before; the choice
 * is made per call, from the options, so concurrent exports cannot mix.
 */
import JSZip from 'jszip';

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

async function readParts(zip: JSZip): Promise<Marked> {
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const data = await Promise.all(
    names.map((n) => (TEXT_PART.test(n) ? zip.files[n]!.async('string') : zip.files[n]!.async('uint8array'))),
  );
  const parts: PackageParts = {};
  names.forEach((n, i) => (parts[n] = data[i]!));
  return { [PARTS_MARK]: parts };
}

type Generate = JSZip['generateAsync'];
const proto = JSZip.prototype as unknown as { generateAsync: Generate } & Record<symbol, boolean>;
if (!proto[PARTS_MARK]) {
  const generate = proto.generateAsync;
  proto.generateAsync = function (this: JSZip, options, onUpdate) {
    if ((options as { type?: string } | undefined)?.type === PARTS_OUTPUT_TYPE) {
      return readParts(this) as unknown as ReturnType<Generate>;
    }
    return generate.call(this, options, onUpdate) as ReturnType<Generate>;
  } as Generate;
  proto[PARTS_MARK] = true;
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
