/**
 * Settings never stop the app: a corrupted file (not JSON, wrong shape) or an unreadable one
 * starts with defaults and a notice shown once; a missing file (first start) starts with defaults
 * and no notice. The recent-files list is de-duplicated, newest first, and capped.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, MAX_RECENT, saveSettings, type Settings, withRecent } from './settings';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govbrief-settings-'));
  path = join(dir, 'settings.json');
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const GOOD: Settings = {
  version: 1,
  window: { x: 10, y: 20, width: 1280, height: 800, maximized: false },
  recentFiles: ['/home/u/a.json', '/home/u/b.json'],
  lastExportDir: '/home/u/Documents',
  theme: 'blue',
};

function expectDefaultsWithNotice(loaded: ReturnType<typeof loadSettings>, why: RegExp): void {
  expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  expect(loaded.notice, 'a notice').toBeDefined();
  expect(loaded.notice!.zh).toContain('设置文件已损坏');
  expect(loaded.notice!.zh).toContain('默认设置');
  expect(loaded.notice!.en).toMatch(/default settings/);
  expect(loaded.notice!.en).toMatch(why);
}

describe('loadSettings', () => {
  it('reads a good file', () => {
    writeFileSync(path, JSON.stringify(GOOD));
    expect(loadSettings(path)).toEqual({ settings: GOOD });
  });

  it('missing file (first start): defaults, no notice', () => {
    const loaded = loadSettings(path);
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS });
    expect(loaded.notice).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"version": 1, "recentFiles": [', /not JSON/],
    ['binary garbage', '\u0000\u00ff\u0001garbage', /not JSON/],
    ['empty file', '', /not JSON/],
    ['a JSON array', '[1, 2, 3]', /invalid/],
    ['null', 'null', /invalid/],
    ['wrong version', JSON.stringify({ ...GOOD, version: 2 }), /invalid/],
    ['wrong field type', JSON.stringify({ ...GOOD, recentFiles: 'a.json' }), /invalid/],
    ['unknown field', JSON.stringify({ ...GOOD, evil: true }), /invalid/],
    ['absurd window', JSON.stringify({ ...GOOD, window: { x: 0, y: 0, width: 5, height: 5 } }), /invalid/],
    [
      'too many recent files',
      JSON.stringify({ ...GOOD, recentFiles: Array.from({ length: 500 }, (_, i) => `/r/${i}.json`) }),
      /invalid/,
    ],
  ])('corrupted (%s): defaults and a notice', (_name, text, why) => {
    writeFileSync(path, text);
    expectDefaultsWithNotice(loadSettings(path), why);
  });

  it('unreadable (permission denied, a folder, an I/O error): defaults and a notice naming the reason', () => {
    const fail = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expectDefaultsWithNotice(loadSettings(path, fail('EACCES')), /EACCES/);
    expectDefaultsWithNotice(loadSettings(path, fail('EIO')), /EIO/);
    expectDefaultsWithNotice(loadSettings(dir), /EISDIR/);
  });

  it('returns a fresh defaults object each time (no shared mutable state)', () => {
    const a = loadSettings(path).settings;
    a.recentFiles.push('x');
    expect(loadSettings(path).settings.recentFiles).toEqual([]);
    expect(DEFAULT_SETTINGS.recentFiles).toEqual([]);
  });
});

describe('saveSettings', () => {
  it('writes atomically and reads back', () => {
    saveSettings(path, GOOD);
    expect(loadSettings(path)).toEqual({ settings: GOOD });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(GOOD);
  });
});

describe('withRecent', () => {
  it('puts the file first and removes its earlier entry', () => {
    const s = withRecent({ ...DEFAULT_SETTINGS, recentFiles: ['/a.json', '/b.json', '/c.json'] }, '/b.json');
    expect(s.recentFiles).toEqual(['/b.json', '/a.json', '/c.json']);
  });

  it('never holds duplicates and keeps at most MAX_RECENT, newest first', () => {
    let s: Settings = { ...DEFAULT_SETTINGS, recentFiles: [] };
    for (let i = 0; i < 3 * MAX_RECENT; i++) s = withRecent(s, `/r/${i % (MAX_RECENT + 5)}.json`);
    expect(s.recentFiles).toHaveLength(MAX_RECENT);
    expect(new Set(s.recentFiles).size).toBe(s.recentFiles.length);
    expect(s.recentFiles[0]).toBe(`/r/${(3 * MAX_RECENT - 1) % (MAX_RECENT + 5)}.json`);
  });

  it('cleans up duplicates already in a loaded list', () => {
    const s = withRecent({ ...DEFAULT_SETTINGS, recentFiles: ['/a.json', '/a.json', '/b.json', '/b.json'] }, '/c.json');
    expect(s.recentFiles).toEqual(['/c.json', '/a.json', '/b.json']);
  });

  it('does not change the settings it was given', () => {
    const before: Settings = { ...DEFAULT_SETTINGS, recentFiles: ['/a.json'] };
    withRecent(before, '/b.json');
    expect(before.recentFiles).toEqual(['/a.json']);
  });

  it('the capped list always fits the settings schema (it can be saved and loaded back)', () => {
    let s: Settings = { ...DEFAULT_SETTINGS, recentFiles: [] };
    for (let i = 0; i < 50; i++) s = withRecent(s, `/r/${i}.json`);
    saveSettings(path, s);
    expect(loadSettings(path)).toEqual({ settings: s });
  });
});
