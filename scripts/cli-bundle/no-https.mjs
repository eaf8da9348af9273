/**
 * Stands in, inside the built CLI only (scripts/build-cli.mjs), for `node:https` as pptxgenjs sees
 * it: pptxgenjs imports https (and with it TLS, ~40 ms) at every `write()` just in case a slide
 * image is an http(s) URL. GovBrief's decks never reference remote images, so the request fails
 * with a clear message instead of loading TLS for nothing.
 */
function get(url) {
  throw new Error(`govbrief CLI: remote images are not fetched (${String(url)})`);
}
export default { get, request: get };
export { get, get as request };
