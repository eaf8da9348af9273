/**
 * Files from outside (command line, second launch, macOS open-file): a `.govbrief.json` opens as
 * a briefing, once the editor shows its first deck; any other `.json` opens as a report (the
 * launch file until the editor asks, else in the editor). During a show nothing opens: the file
 * waits and opens when the show ends. Electron is faked; ReportFiles and the report reads are real.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandLineFile, OutsideFiles, outsideFile } from './outside-files';
import { ReportFiles } from './report-files';
import { type OpenedReport, openReportFile } from './report-watch';
import { LAPTOP, PROJECTOR, setup as showSetup } from './testing/show-fakes';
import { copyBundledReports } from '../../tests/support/bundled-copy';

const REPO = resolve(import.meta.dirname, '../..');
const CHINA = join(REPO, 'data/reports/china-2025.json');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder like data/ with the Shanxi report and a briefing file beside it. */
function files(): { report: string; briefing: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govbrief-outside-'));
  dirs.push(dir);
  copyBundledReports(dir);
  const briefing = join(dir, '常务会议.govbrief.json');
  writeFileSync(briefing, '{"kind":"govbrief-briefing"}');
  return { report: join(dir, 'reports', 'shanxi-2025.json'), briefing };
}

function setup(argv: string[] = ['GovBrief']) {
  const launch = commandLineFile(argv, existsSync);
  const sent: OpenedReport[] = [];
  const watched: string[] = [];
  const reports = new ReportFiles(
    {
      open: openReportFile,
      watch: (path) => {
        watched.push(path);
        return () => {};
      },
      remember: () => {},
      send: (opened) => sent.push(opened),
      bundledPath: () => undefined,
    },
    launch?.kind === 'report' ? launch.path : undefined,
  );
  const briefings: string[] = [];
  const raised: string[] = [];
  const show = { on: false };
  const outside = new OutsideFiles(
    {
      reports,
      sendBriefing: (path) => briefings.push(path),
      exists: existsSync,
      presenting: () => show.on,
      showEditor: () => raised.push('editor'),
    },
    launch,
  );
  return { reports, outside, sent, watched, briefings, raised, show };
}

describe('what a path from outside names', () => {
  it('a .govbrief.json is a briefing, another existing .json a report, anything else nothing', () => {
    const { report, briefing } = files();
    expect(outsideFile(briefing, existsSync)).toEqual({ kind: 'briefing', path: briefing });
    expect(outsideFile(briefing.replace('.govbrief.json', '.GOVBRIEF.JSON'), () => true)?.kind).toBe('briefing');
    expect(outsideFile(report, existsSync)).toEqual({ kind: 'report', path: report });
    expect(outsideFile(report.replace(/\.json$/, '.pptx'), () => true)).toBeUndefined();
    expect(outsideFile(join(report, '..', 'missing.govbrief.json'), existsSync)).toBeUndefined();
  });

  it('a command line names its first existing .json argument, never argv[0]', () => {
    const { report, briefing } = files();
    expect(commandLineFile(['GovBrief.exe', '--flag', '/nowhere/x.json', briefing, report], existsSync)).toEqual({
      kind: 'briefing',
      path: briefing,
    });
    expect(commandLineFile(['GovBrief.exe', report, briefing], existsSync)?.kind).toBe('report');
    expect(commandLineFile([report], existsSync)).toBeUndefined();
  });
});

describe('a report from outside', () => {
  it('before the editor asked (it launched the app): becomes the launch file the editor gets when it asks', () => {
    const { report } = files();
    const { reports, outside, sent, watched } = setup();
    expect(outside.receive(report)).toBe(true);
    expect(sent, 'not pushed before the editor listens').toEqual([]);
    expect(watched).toEqual([]);
    expect(reports.initial()?.file).toBe(report);
    expect(watched).toEqual([report]);
  });

  it('replaces a report named on the command line if the editor has not asked yet', () => {
    const { report } = files();
    const { reports, outside } = setup(['GovBrief', report]);
    outside.receive(CHINA);
    expect(reports.initial()?.file).toBe(CHINA);
  });

  it('while the app runs: opens in the editor (sent, watched) and brings the editor forward', () => {
    const { report } = files();
    const { reports, outside, sent, raised } = setup();
    reports.initial();
    expect(outside.receive(report)).toBe(true);
    expect(sent.map((o) => o.file)).toEqual([report]);
    expect(raised).toEqual(['editor']);
    expect(reports.initial()?.file, 'and a reload keeps it').toBe(report);
  });
});

describe('a briefing from outside', () => {
  it('on the launch command line: not read as a report; sent once the editor shows its first deck, once', () => {
    const { briefing } = files();
    const { reports, outside, briefings, sent } = setup(['GovBrief', briefing]);
    expect(reports.initial(), 'the editor opens its default report').toBeUndefined();
    expect(briefings, 'not before the editor listens').toEqual([]);
    outside.editorShowsDeck();
    expect(briefings).toEqual([briefing]);
    outside.editorShowsDeck();
    expect(briefings).toEqual([briefing]);
    expect(sent).toEqual([]);
  });

  it('double-clicked before the app is ready (open-file): waits for the editor’s first deck', () => {
    const { briefing } = files();
    const { outside, briefings } = setup();
    expect(outside.receive(briefing)).toBe(true);
    expect(briefings).toEqual([]);
    outside.editorShowsDeck();
    expect(briefings).toEqual([briefing]);
  });

  it('while the app runs (second launch, open-file): sent to the editor, which comes forward', () => {
    const { briefing } = files();
    const { outside, briefings, raised, sent } = setup();
    outside.editorShowsDeck();
    expect(outside.receive(briefing)).toBe(true);
    expect(briefings).toEqual([briefing]);
    expect(raised).toEqual(['editor']);
    expect(sent, 'not opened as a report').toEqual([]);
  });
});

describe('a file from outside during a show waits until the show ends', () => {
  it('a report: not sent, the editor not raised over the audience; opened when the show ends', () => {
    const { report } = files();
    const { reports, outside, sent, watched, raised, show } = setup();
    reports.initial();
    outside.editorShowsDeck();
    show.on = true;
    expect(outside.receive(report)).toBe(true);
    expect(sent).toEqual([]);
    expect(watched).toEqual([]);
    expect(raised).toEqual([]);
    show.on = false;
    outside.showEnded();
    expect(sent.map((o) => o.file)).toEqual([report]);
    expect(watched).toEqual([report]);
    expect(raised).toEqual(['editor']);
  });

  it('several during one show: the last one handed over opens', () => {
    const { report, briefing } = files();
    const { reports, outside, sent, briefings, show } = setup();
    reports.initial();
    outside.editorShowsDeck();
    show.on = true;
    outside.receive(briefing);
    outside.receive(report);
    outside.receive(CHINA);
    show.on = false;
    outside.showEnded();
    expect(sent.map((o) => o.file)).toEqual([CHINA]);
    expect(briefings).toEqual([]);
  });

  it('a briefing: sent when the show ends', () => {
    const { briefing } = files();
    const { outside, briefings, show } = setup();
    outside.editorShowsDeck();
    show.on = true;
    outside.receive(briefing);
    expect(briefings).toEqual([]);
    show.on = false;
    outside.showEnded();
    expect(briefings).toEqual([briefing]);
  });

  it('deleted during the show: nothing opens; a show with nothing handed over ends quietly', () => {
    const { report } = files();
    const { reports, outside, sent, raised, show } = setup();
    reports.initial();
    show.on = true;
    outside.receive(report);
    rmSync(report);
    show.on = false;
    outside.showEnded();
    expect(sent).toEqual([]);
    outside.showEnded();
    expect(raised).toEqual(['editor']);
  });

  it('not a file the app opens: not taken (open-file keeps its default), nothing waits', () => {
    const { report } = files();
    const { outside, sent, show } = setup();
    show.on = true;
    expect(outside.receive(report.replace(/\.json$/, '.pptx'))).toBe(false);
    expect(outside.receive(undefined)).toBe(false);
    show.on = false;
    outside.showEnded();
    expect(sent).toEqual([]);
  });
});

describe('the show controller says when a show ends', () => {
  it('ended by closing the audience window or by 结束放映: the waiting report opens once', () => {
    const { report } = files();
    const s = setup();
    let outside: OutsideFiles | undefined = undefined;
    const { show, byRoute } = showSetup([LAPTOP, PROJECTOR], { ended: () => outside?.showEnded() });
    outside = new OutsideFiles({
      reports: s.reports,
      sendBriefing: () => {},
      exists: existsSync,
      presenting: () => show.presenting,
      showEditor: () => {},
    });
    s.reports.initial();
    show.start(0);
    outside.receive(report);
    expect(s.sent).toEqual([]);
    byRoute('audience')!.close();
    expect(s.sent.map((o) => o.file)).toEqual([report]);
    show.end();
    expect(s.sent).toHaveLength(1);

    show.start(0);
    outside.receive(CHINA);
    show.end();
    expect(s.sent.map((o) => o.file)).toEqual([report, CHINA]);
  });
});
