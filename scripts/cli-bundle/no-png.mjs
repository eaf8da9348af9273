/**
 * Stands in, inside the built CLI only (scripts/build-cli.mjs), for fast-png (and the pako and
 * iobuffer it brings, ~150 KB): jsPDF loads it eagerly but calls only `decode`, for PNG images in
 * `addImage`, which GovBrief's PDF export never calls. Should that change, the export fails with
 * this message instead of drawing a blank image.
 */
export function decode() {
  throw new Error('govbrief CLI: PNG images are not supported in PDF export (fast-png is left out of the bundle)');
}
export { decode as encode };
