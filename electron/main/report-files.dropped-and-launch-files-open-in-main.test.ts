/**
 * Report files open in main: a dropped file (by the path the preload found for it), a file from
 * the dialog or the recent list, and the file named on the command line are validated in Node
 * with their source text, remembered in the recent list and watched; reloads go to the editor.
 * The launch file is pulled: the renderer gets it when it asks (after its fonts load), never
 * pushed before it listens; a second launch before that replaces it, after that it is sent.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportFiles } from './report-files';
import { type OpenedReport, openReportFile } from './report-watch';

const REPO = resolve(import.meta.dirname, '../..');
const SHANXI = join(REPO, 'data/reports/shanxi-2025.json');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder laid out like data/: reports/ beside sources/, so the report finds its source text. */
function copyOfShanxi(): { report: string; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-files-'));
  dirs.push(dir);
  cpSync(join(REPO, 'data/reports'), join(dir, 'reports'), { recursive: true });
  cpSync(join(REPO, 'data/sources'), join(dir, 'sources'), { recursive: true });
  const broken = join(dir, 'reports', 'broken.json');
  writeFileSync(broken, '{ "schemaVersion": 1, ');
  return { report: join(dir, 'reports', 'shanxi-2025.json'), broken };
}

function setup(launchFile?: string) {
  const remembered: string[] = [];
  const sent: OpenedReport[] = [];
  const watching: { path: string; reload: (o: OpenedReport) => void; stopped: boolean }[] = [];
  const files = new ReportFiles(
    {
      open: openReportFile,
      watch: (path, reload) => {
        const w = { path, reload, stopped: false };
        watching.push(w);
        return () => (w.stopped = true);
      },
      remember: (path) => remembered.push(path),
      send: (opened) => sent.push(opened),
    },
    launchFile,
  );
  const active = () => watching.filter((w) => !w.stopped).map((w) => w.path);
  return { files, remembered, sent, watching, active };
}

describe('a dropped report opens in main', () => {
  it('validated with its source text (no web-only warning), remembered and watched', () => {
    const { report } = copyOfShanxi();
    const { files, remembered, active } = setup();
    const opened = files.open(report);
    expect(opened.file).toBe(report);
    expect(opened.result.ok).toBe(true);
    if (!opened.result.ok) return;
    expect(opened.result.sourceText, 'the source text was read').toBeTruthy();
    const codes = opened.result.warnings.map((w) => w.code);
    expect(codes).not.toContain('source-file-missing');
    expect(JSON.stringify(opened.result.warnings)).not.toContain('web version');
    expect(remembered).toEqual([report]);
    expect(active()).toEqual([report]);
  });

  it('its reloads go to the editor', () => {
    const { report } = copyOfShanxi();
    const { files, sent, watching } = setup();
    files.open(report);
    const reloaded = openReportFile(report);
    watching[0]!.reload(reloaded);
    expect(sent).toEqual([reloaded]);
  });

  it('an invalid file shows its errors and changes nothing: not remembered, the old file still watched', () => {
    const { report, broken } = copyOfShanxi();
    const { files, remembered, active } = setup();
    files.open(report);
    const opened = files.open(broken);
    expect(opened.result.ok).toBe(false);
    if (!opened.result.ok) expect(opened.result.errors[0]!.code).toBe('json-syntax');
    expect(remembered).toEqual([report]);
    expect(active()).toEqual([report]);
  });

  it('a second valid file replaces the watched one', () => {
    const { report } = copyOfShanxi();
    const { files, active } = setup();
    files.open(report);
    files.open(SHANXI);
    expect(active()).toEqual([SHANXI]);
    files.stop();
    expect(active()).toEqual([]);
  });
});

describe('the report named on the command line', () => {
  it('is not sent before the renderer asks; when it asks it gets the file, opened and watched, once', () => {
    const { report } = copyOfShanxi();
    const { files, sent, remembered, active } = setup(report);
    expect(sent).toEqual([]);
    expect(active()).toEqual([]);
    const first = files.initial();
    expect(first?.file).toBe(report);
    expect(first?.result.ok).toBe(true);
    expect(remembered).toEqual([report]);
    expect(active()).toEqual([report]);
    expect(files.initial(), 'a reload of the window opens the default report').toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('no file on the command line: the renderer opens its default', () => {
    const { files } = setup();
    expect(files.initial()).toBeUndefined();
  });

  it('an invalid launch file comes back with its errors (the renderer shows them)', () => {
    const { broken } = copyOfShanxi();
    const { files, remembered } = setup(broken);
    const first = files.initial();
    expect(first?.result.ok).toBe(false);
    expect(remembered).toEqual([]);
  });

  it('a second launch before the renderer asked replaces the launch file; after, it is sent', () => {
    const { report } = copyOfShanxi();
    const { files, sent } = setup(report);
    files.fromOtherLaunch(SHANXI);
    expect(sent).toEqual([]);
    expect(files.initial()?.file).toBe(SHANXI);
    files.fromOtherLaunch(report);
    expect(sent.map((o) => o.file)).toEqual([report]);
    expect(sent[0]!.result.ok).toBe(true);
  });
});

describe('the recent list (menu)', () => {
  it('opens and sends the file to the editor', () => {
    const { report } = copyOfShanxi();
    const { files, sent, active } = setup();
    files.openAndSend(report);
    expect(sent.map((o) => o.file)).toEqual([report]);
    expect(active()).toEqual([report]);
  });
});
