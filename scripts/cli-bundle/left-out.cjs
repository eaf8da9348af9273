/**
 * Stands in, inside the built CLI only (scripts/build-cli.mjs), for html2canvas, dompurify and
 * canvg: jsPDF requires them lazily for `doc.html()` and `addSvgAsImage()`, which GovBrief never
 * calls. Leaving their ~1 MB of source out of the bundle saves parsing it at every start. Should a
 * future jsPDF call reach one, it fails with this message instead of drawing nothing.
 */
throw new Error(
  'govbrief CLI: this module (html2canvas, dompurify or canvg) is left out of the bundle; see scripts/build-cli.mjs',
);
