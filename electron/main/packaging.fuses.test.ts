/**
 * The Electron fuses in electron-builder.yml, as electron-builder loads them: RunAsNode off,
 * NODE_OPTIONS and --inspect off, cookie encryption on, asar integrity validation on, the app
 * loaded only from its asar. A packaged GovBrief must not double as a Node runtime anyone can
 * point at a script, nor take code from the environment. The config passes electron-builder's
 * schema (packaging.builder-config.test.ts); here the fuse values themselves are checked, and that
 * the builder in use applies them (it maps each to @electron/fuses when packaging).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const builderLib = join(
  require.resolve('app-builder-lib/package.json', { paths: [require.resolve('electron-builder/package.json')] }),
  '..',
);

type Fuses = Record<string, boolean>;
let fuses: Fuses | undefined;
let asar: unknown;

beforeAll(async () => {
  const { getConfig } = require(join(builderLib, 'out/util/config/config.js')) as {
    getConfig(dir: string, path: string | null, options: unknown): Promise<{ electronFuses?: Fuses; asar?: unknown }>;
  };
  const config = await getConfig(REPO, null, null);
  fuses = config.electronFuses;
  asar = config.asar;
});

describe('Electron fuses in the builder config', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('turn on cookie encryption, asar integrity validation and loading the app only from its asar', () => {
    expect(fuses).toMatchObject({
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // onlyLoadAppFromAsar needs the app to be in an asar at all.
    expect(asar).toBe(true);
  });

  it('are applied by the electron-builder in use (each option mapped to an @electron/fuses fuse)', () => {
    const packager = readFileSync(join(builderLib, 'out/platformPackager.js'), 'utf8');
    for (const option of Object.keys(fuses ?? {})) expect(packager, option).toContain(`fuses.${option}`);
    expect(Object.keys(fuses ?? {})).toHaveLength(6);
  });
});
