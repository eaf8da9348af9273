/**
 * fflate as the PPTX packager (core/export/pptx/postprocess.ts) sees it inside the built CLI only
 * (scripts/build-cli.mjs): the real fflate except zipSync, which here deflates each part with
 * Node's native zlib at the part's level (fflate's JavaScript deflate was ~60% of a PPTX export's
 * CPU) and writes the same ZIP layout: parts in the given order, DEFLATE (8) or STORE (0) as
 * fflate chooses them, UTF-8 flag for non-ASCII names, no extra fields. The app keeps fflate.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export * from 'fflate';

/** fflate's default level for a part that names none. */
const FFLATE_DEFAULT_LEVEL = 6;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_RECORD_BYTES = 22;
const ZIP_VERSION = 20;
const UTF8_NAME_FLAG = 0x800;

/** Zippable → [path, bytes, options] in insertion order, folders joined with "/" as fflate does. */
function flatten(tree, prefix, inherited, out) {
  for (const [key, value] of Object.entries(tree)) {
    const [data, own] = Array.isArray(value) ? value : [value, {}];
    const options = { ...inherited, ...own };
    const path = prefix + key;
    if (data instanceof Uint8Array) out.push([path, data, options]);
    else if (data && typeof data === 'object') flatten(data, `${path}/`, options, out);
    else throw new TypeError(`zipSync: ${path} is neither bytes nor a folder`);
  }
  return out;
}

function dosDateTime(ms) {
  const d = new Date(ms);
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return { time, date };
}

export function zipSync(tree, options = {}) {
  const encoder = new TextEncoder();
  const entries = flatten(tree, '', options, []).map(([path, data, o]) => {
    const level = o.level ?? FFLATE_DEFAULT_LEVEL;
    const method = level === 0 ? 0 : 8;
    const body = method === 0 ? data : deflateRawSync(data, { level });
    const name = encoder.encode(path);
    const flags = name.length === path.length ? 0 : UTF8_NAME_FLAG;
    const mtime = o.mtime === undefined ? Date.now() : new Date(o.mtime).getTime();
    return { name, flags, method, body, size: data.length, crc: crc32(data), ...dosDateTime(mtime) };
  });
  const localBytes = entries.reduce((n, e) => n + LOCAL_HEADER_BYTES + e.name.length + e.body.length, 0);
  const centralBytes = entries.reduce((n, e) => n + CENTRAL_HEADER_BYTES + e.name.length, 0);
  const out = new Uint8Array(localBytes + centralBytes + END_RECORD_BYTES);
  const view = new DataView(out.buffer);
  let at = 0;
  const header = (e, central, offset) => {
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (central) {
      view.setUint16(at, ZIP_VERSION, true);
      at += 2;
    }
    view.setUint16(at, ZIP_VERSION, true);
    view.setUint16(at + 2, e.flags, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.body.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field length
    at += 26;
    if (central) {
      // comment length, disk, internal and external attributes (all 0), local header offset
      view.setUint32(at + 10, offset, true);
      at += 14;
    }
    out.set(e.name, at);
    at += e.name.length;
  };
  const offsets = entries.map((e) => {
    const offset = at;
    header(e, false, 0);
    out.set(e.body, at);
    at += e.body.length;
    return offset;
  });
  const centralStart = at;
  entries.forEach((e, i) => header(e, true, offsets[i]));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
