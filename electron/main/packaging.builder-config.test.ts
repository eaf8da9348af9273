/**
 * The electron-builder configuration (electron-builder.yml), checked offline: it loads with
 * electron-builder's own loader and passes its schema; it names the app, packs out/ and the
 * bundled data where main looks for it when packaged, has the required targets and icons, and
 * does not leave out a package the built main process imports. Packaging itself downloads
 * Electron and cannot run here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface FileSet {
  from?: string;
  to?: string;
  filter?: string[];
}
interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: FileSet[];
  extraResources?: FileSet[];
  win?: { target?: TargetEntry[]; icon?: string };
  linux?: { target?: TargetEntry[]; icon?: string; maintainer?: string };
  mac?: { target?: TargetEntry[]; icon?: string; fileAssociations?: FileAssociation[] };
  fileAssociations?: FileAssociation[];
}
interface FileAssociation {
  ext: string | string[];
  role?: string;
  rank?: string;
}

type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};

let config: BuilderConfig;
let builder: ConfigModule;

beforeAll(async () => {
  // electron-builder's own config loader and schema validator (app-builder-lib ships with it).
  builder = require(
    join(
      require.resolve('app-builder-lib/package.json', { paths: [require.resolve('electron-builder/package.json')] }),
      '..',
      'out/util/config/config.js',
    ),
  ) as ConfigModule;
  config = await builder.getConfig(REPO, null, null);
});

const targetsOf = (entries: TargetEntry[] | undefined) => (entries ?? []).map((t) => t.target);

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder loads, and passes its schema', async () => {
    expect(existsSync(join(REPO, 'electron-builder.yml'))).toBe(true);
    await expect(builder.validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    // The validator really rejects a bad configuration.
    await expect(
      builder.validateConfiguration({ ...config, linux: { notAnOption: true } }, { isEnabled: false, add: () => {} }),
    ).rejects.toThrow(/configuration/);
  });

  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('政报演示');
  });

  it('writes to release/ and takes icons from build/', () => {
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
  });

  it('packs the electron-vite output and package.json', () => {
    const filter = config.files?.flatMap((f) => f.filter ?? []) ?? [];
    expect(filter).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('puts the bundled reports, sources and schema in resources/data (where a packaged main reads them)', () => {
    const data = config.extraResources?.find((r) => r.from === 'data');
    expect(data).toMatchObject({ to: 'data' });
    expect(data!.filter).toEqual(expect.arrayContaining(['reports/**', 'sources/**', 'schema/**']));
    const index = readFileSync(join(REPO, 'electron/main/index.ts'), 'utf8');
    expect(index).toMatch(/app\.isPackaged \? join\(process\.resourcesPath, 'data'\)/);
    for (const dir of ['reports', 'sources', 'schema']) expect(existsSync(join(REPO, 'data', dir)), dir).toBe(true);
  });

  it('builds Windows nsis + portable, Linux AppImage + deb, macOS dmg', () => {
    expect(targetsOf(config.win?.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(targetsOf(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetsOf(config.mac?.target)).toEqual(expect.arrayContaining(['dmg']));
    // deb needs a maintainer with an e-mail address (package.json has no author).
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('has the icons it names', () => {
    for (const icon of [config.win?.icon, config.linux?.icon, config.mac?.icon]) {
      expect(icon, 'icon configured').toBeTruthy();
      expect(existsSync(join(REPO, icon!)), icon).toBe(true);
    }
    const png = readFileSync(join(REPO, 'build/icon.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(join(REPO, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    const icns = readFileSync(join(REPO, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('macOS offers the app for report files (.json) without becoming their default; no other platform claims .json', () => {
    // main handles the Finder's open-file (Open With, a drop on the Dock icon): report-files.ts.
    expect(config.mac?.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'json', role: 'Viewer', rank: 'Alternate' }),
    ]);
    expect(config.fileAssociations, 'no association for every platform').toBeUndefined();
    for (const platform of ['win', 'linux'] as const) {
      expect(
        (config[platform] as { fileAssociations?: unknown } | undefined)?.fileAssociations,
        platform,
      ).toBeUndefined();
    }
    const index = readFileSync(join(REPO, 'electron/main/index.ts'), 'utf8');
    expect(index).toMatch(/app\.on\('open-file'/);
  });

  it('keeps every package the built main and preload import (when out/ is built)', () => {
    const bundles = ['out/main/index.js', 'out/preload/index.cjs']
      .map((f) => join(REPO, f))
      .filter((f) => existsSync(f));
    if (bundles.length === 0) return; // nothing built yet: electron-vite build makes out/
    const imported = new Set<string>();
    for (const b of bundles) {
      const code = readFileSync(b, 'utf8');
      for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)["']([^"'./][^"']*)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || spec === 'electron') continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const excluded = (config.files?.flatMap((f) => f.filter ?? []) ?? [])
      .filter((p) => p.startsWith('!node_modules/'))
      .map((p) => p.slice('!node_modules/'.length).replace(/\/\*\*$/, ''));
    for (const name of imported) {
      expect(Object.keys(pkg.dependencies ?? {}), `${name} must be a (production) dependency to be packed`).toContain(
        name,
      );
      expect(excluded, `${name} is imported by the main process but excluded from the package`).not.toContain(name);
    }
  });
});
