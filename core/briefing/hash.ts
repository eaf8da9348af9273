/**
 * A content hash of a report, so a briefing can tell when the report it was made for has
 * changed. FNV-1a (64-bit, as two 32-bit halves) over the report's canonical JSON: stable across
 * key order and whitespace, pure TypeScript (no crypto module in a worker or browser needed).
 * Not a security hash: it only detects edits.
 */

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

export function fnv1a64(text: string): string {
  // Two independent 32-bit FNV-1a lanes with different offsets give 64 bits of spread.
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function reportHash(report: unknown): string {
  return fnv1a64(canonicalJson(report));
}
