/**
 * Every window is isolated, sandboxed and without Node: the factory's webPreferences, and a
 * static check that the main process creates windows only through that factory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSecureWindow, secureWebPreferences } from './window-prefs';

const MAIN_DIR = import.meta.dirname;
const ELECTRON_DIR = join(MAIN_DIR, '..');

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates, sandboxes and keeps Node out of every page', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('enables nothing risky', () => {
    for (const key of [
      'enableBlinkFeatures',
      'additionalArguments',
      'plugins',
      'nodeIntegration',
      'webviewTag',
      'allowRunningInsecureContent',
      'experimentalFeatures',
    ]) {
      expect(prefs[key as keyof typeof prefs] ?? false, key).toBeFalsy();
    }
  });
});

describe('createSecureWindow', () => {
  class FakeWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }

  it('passes the caller options and the secure webPreferences', () => {
    const win = createSecureWindow(FakeWindow, { width: 1280, height: 800, title: '政报演示', show: false }, '/p.cjs');
    expect(win).toBeInstanceOf(FakeWindow);
    expect(win.options).toMatchObject({ width: 1280, height: 800, title: '政报演示', show: false });
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });

  it('cannot be talked out of the secure preferences by the options', () => {
    const sneaky = {
      width: 10,
      webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },
    } as unknown as Parameters<typeof createSecureWindow>[1];
    const win = createSecureWindow(FakeWindow, sneaky, '/p.cjs');
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});

/** The main-process sources (not the tests), with comments removed so they cannot fake a match. */
function mainSources(): { file: string; code: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|mjs|cjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) files.push(p);
    }
  };
  walk(ELECTRON_DIR);
  return files.map((file) => ({ file, code: stripComments(readFileSync(file, 'utf8')) }));
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The argument text of each `new <Ctor>(…)` call, balanced on parentheses. */
function constructorCalls(code: string, ctor: string): string[] {
  const calls: string[] = [];
  const re = new RegExp(`new\\s+${ctor}\\s*\\(`, 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let depth = 1;
    let i = m.index + m[0].length;
    while (i < code.length && depth > 0) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
      i++;
    }
    calls.push(code.slice(m.index + m[0].length, i - 1));
  }
  return calls;
}

describe('windows are created only through the secure factory (static check of electron/)', () => {
  const sources = mainSources();

  it('finds the sources', () => {
    expect(sources.map((s) => s.file)).toEqual(
      expect.arrayContaining([join(MAIN_DIR, 'index.ts'), join(MAIN_DIR, 'window-prefs.ts')]),
    );
  });

  it('has exactly one `new BrowserWindow(`, in createSecureWindow, with the secure preferences written inline', () => {
    const all = sources.flatMap((s) =>
      constructorCalls(s.code, 'BrowserWindow').map((args) => ({ file: s.file, args })),
    );
    expect(all.map((c) => c.file)).toEqual([join(MAIN_DIR, 'window-prefs.ts')]);
    const args = all[0]!.args;
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      "disableBlinkFeatures: 'Auxclick'",
    ]) {
      expect(args).toContain(setting);
    }
    // The caller's options are spread first, so the inline webPreferences always win.
    expect(args.indexOf('...options')).toBeGreaterThanOrEqual(0);
    expect(args.indexOf('...options')).toBeLessThan(args.indexOf('webPreferences'));
  });

  it('opens no other kind of web contents, and sets webPreferences nowhere else', () => {
    for (const s of sources) {
      for (const ctor of ['BrowserView', 'WebContentsView', 'BaseWindow'])
        expect(constructorCalls(s.code, ctor), `${s.file}: new ${ctor}`).toEqual([]);
      if (s.file !== join(MAIN_DIR, 'window-prefs.ts')) expect(s.code, s.file).not.toMatch(/webPreferences/);
    }
  });

  it('index.ts uses BrowserWindow only as the factory constructor, for its static look-ups and as a type', () => {
    const index = sources.find((s) => s.file === join(MAIN_DIR, 'index.ts'))!.code;
    expect(index).toMatch(/createSecureWindow\(\s*BrowserWindow\s*,[\s\S]*?preloadPath\s*,?\s*\)/);
    const rest = index
      .replace(/^import[^;]*;/gm, '')
      .replace(/createSecureWindow\(\s*BrowserWindow\s*,/g, '')
      .replace(/BrowserWindow\.(getAllWindows|getFocusedWindow)\(/g, '')
      .replace(/:\s*BrowserWindow\b/g, '');
    // Anything left (an alias, `new`, Reflect.construct, another static) is a way around the factory.
    expect(rest.match(/.{0,40}\bBrowserWindow\b.{0,40}/g) ?? []).toEqual([]);
  });
});
