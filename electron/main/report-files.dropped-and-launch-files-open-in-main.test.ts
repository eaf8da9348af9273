/**
 * Report files open in main: a dropped file (by the path the preload found for it), a file from
 * the dialog or the recent list, and the file named on the command line are validated in Node
 * with their source text, remembered in the recent list and watched; reloads go to the editor.
 * The launch file is pulled: the renderer gets it when it asks (after its fonts load), never
 * pushed before it listens; a second launch before that replaces it, after that it is sent.
 * When the editor window reloads (Ctrl+R in development, or after its renderer crashed) and asks
 * again, it gets the report it was showing: the file main opened for it, or the bundled report
 * it switched to (main follows which report the editor shows from the deck it publishes).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportFiles } from './report-files';
import { type OpenedReport, openReportFile } from './report-watch';
import { copyBundledReports } from '../../tests/support/bundled-copy';

const REPO = resolve(import.meta.dirname, '../..');
const SHANXI = join(REPO, 'data/reports/shanxi-2025.json');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the bundled reports, each source text inside the report folder (reports/sources/). */
function copyOfShanxi(): { report: string; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-files-'));
  dirs.push(dir);
  copyBundledReports(dir);
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
      bundledPath: (id) => {
        const path = join(REPO, 'data/reports', `${id}.json`);
        return existsSync(path) ? path : undefined;
      },
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
    // Checked against its source text (no source-file-missing warning below), which stays in main.
    expect(opened.result.sourceText, 'the source text is not sent').toBeUndefined();
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

const CHINA = join(REPO, 'data/reports/china-2025.json');

describe('reloading the editor window reopens the report it showed, not the default', () => {
  it('the launch file: every reload gets it again, read afresh, still watched, not remembered twice', () => {
    const { report } = copyOfShanxi();
    const { files, sent, remembered, active } = setup(report);
    expect(files.initial()?.file).toBe(report);
    files.editorShows('shanxi-2025');
    const again = files.initial();
    expect(again?.file, 'a reload of the window reopens the launch file').toBe(report);
    expect(again?.result.ok).toBe(true);
    expect(files.initial()?.file).toBe(report);
    expect(remembered).toEqual([report]);
    expect(active()).toEqual([report]);
    expect(sent).toEqual([]);
  });

  it('a reload reads the file as it is now', () => {
    const { report } = copyOfShanxi();
    const { files } = setup(report);
    files.initial();
    const text = readFileSync(report, 'utf8').replace('"title": "', '"title": "（修订）');
    writeFileSync(report, text);
    const again = files.initial();
    expect(again?.result.ok && again.result.report.title.startsWith('（修订）')).toBe(true);
  });

  it('a file opened later (dialog, drop, recent, second launch) is what a reload gets', () => {
    const { report } = copyOfShanxi();
    const { files } = setup();
    expect(files.initial()).toBeUndefined();
    files.open(report);
    expect(files.initial()?.file).toBe(report);
    files.openAndSend(CHINA);
    expect(files.initial()?.file).toBe(CHINA);
    files.fromOtherLaunch(report);
    expect(files.initial()?.file).toBe(report);
  });

  it('an invalid file the user tried to open changes nothing: the reload gets the last good one', () => {
    const { report, broken } = copyOfShanxi();
    const { files } = setup();
    files.open(report);
    files.open(broken);
    expect(files.initial()?.file).toBe(report);
  });

  it('the editor switched to a bundled report: the reload gets that report, and the old file is no longer pushed to it', () => {
    const { report } = copyOfShanxi();
    const { files, sent, watching } = setup();
    files.open(report);
    files.editorShows('china-2025');
    const again = files.initial();
    expect(again?.file).toBe(CHINA);
    expect(again?.result.ok && again.result.report.id).toBe('china-2025');
    watching[0]!.reload(openReportFile(report));
    expect(sent, 'a save of a file the editor no longer shows does not switch it back').toEqual([]);
  });

  it('a late deck of the report shown before a file was opened does not lose the file', () => {
    const { report } = copyOfShanxi();
    const { files, sent, watching } = setup();
    files.editorShows('china-2025');
    files.open(report);
    files.editorShows('china-2025'); // published before the editor took the file
    files.editorShows('shanxi-2025'); // the file's deck
    expect(files.initial()?.file).toBe(report);
    const reloaded = openReportFile(report);
    watching.at(-1)!.reload(reloaded);
    expect(sent).toEqual([reloaded]);
  });

  it('a report main did not open and cannot find (read in the page): the reload opens the default', () => {
    const { report } = copyOfShanxi();
    const { files } = setup(report);
    files.initial();
    files.editorShows('guangdong-2025');
    expect(files.initial()).toBeUndefined();
  });

  it('the file saved with a new report id stays the one shown (its reload is sent, the editor follows)', () => {
    const { report } = copyOfShanxi();
    const { files, sent, watching } = setup();
    files.open(report);
    writeFileSync(report, readFileSync(report, 'utf8').replace('"id": "shanxi-2025"', '"id": "shanxi-2025-rev"'));
    const reloaded = openReportFile(report);
    expect(reloaded.result.ok && reloaded.result.report.id).toBe('shanxi-2025-rev');
    watching[0]!.reload(reloaded);
    expect(sent).toEqual([reloaded]);
    files.editorShows('shanxi-2025-rev');
    expect(files.initial()?.file).toBe(report);
  });
});

/**
 * macOS hands files over with open-file (Open With, a double-click, a drop on the Dock icon), not
 * on the command line; before the app is ready when the file launched it. Other platforms start a
 * second instance, which passes its command line to the running one (second-instance).
 */
