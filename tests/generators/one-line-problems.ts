/**
 * A hostile report on one line: the valid minimal report with `count` unknown keys appended to
 * its root object, no line break anywhere (the shape that made positioning quadratic: 70,000
 * keys took 77 s). Astral characters precede the keys, so columns (code points) differ from
 * UTF-16 offsets. Test-only; used by core/report/load.many-problems-on-one-line.test.ts and the bench.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MINIMAL = fileURLToPath(new URL('../fixtures/good-reports/minimal.json', import.meta.url));

/** The key of the i-th unknown field: fixed width, so 70,000 of them make a file of ~1 MB (under LIMITS.fileBytes). */
export function unknownKey(i: number): string {
  return 'k' + String(i).padStart(8, '0');
}

export function oneLineUnknownKeysReport(count: number): string {
  const root = JSON.parse(readFileSync(MINIMAL, 'utf8')) as Record<string, unknown>;
  // An astral title (surrogate pairs) before the keys: one column each, two UTF-16 units.
  root.title = `${String(root.title)}😀𠂇`;
  const head = JSON.stringify(root).slice(0, -1);
  const keys: string[] = [];
  for (let i = 0; i < count; i++) keys.push(`"${unknownKey(i)}":0`);
  return `${head},${keys.join(',')}}`;
}
