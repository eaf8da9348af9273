/**
 * The project folder (the one holding govbrief's package.json), found from this module's own
 * location: the same answer from source (core/node/), from the built CLI (out/cli/chunks/) and
 * whatever the working folder is.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'govbrief';
let found: string | undefined;

function isProjectDir(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

export function projectDir(): string {
  if (found !== undefined) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!isProjectDir(dir)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the ${PACKAGE_NAME} folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  found = dir;
  return dir;
}

/** A bundled report's path by its id (data/reports/<id>.json in the project folder). */
export function bundledReportPath(id: string): string {
  return join(projectDir(), 'data', 'reports', `${encodeURIComponent(id)}.json`);
}
