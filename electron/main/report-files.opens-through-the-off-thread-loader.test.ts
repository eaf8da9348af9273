/**
 * With an off-thread loader (deps.load, report-loader.ts), every open that answers later goes
 * through it, never through main's synchronous open: the recent-list menu, another launch's file,
 * and the editor's first ask (the launch file, or the report it showed, read afresh).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFiles } from './report-files';
import { type OpenedReport, openReportFile } from './report-watch';

const MINIMAL = join(resolve(import.meta.dirname, '../..'), 'tests/fixtures/good-reports/minimal.json');

function setup(launchFile?: string) {
  const loaded: string[] = [];
  const sent: OpenedReport[] = [];
  const remembered: string[] = [];
  const files = new ReportFiles(
    {
      open: () => {
        throw new Error('main’s synchronous open was used');
      },
      load: async (path) => {
        loaded.push(path);
        return openReportFile(path);
      },
      watch: () => () => {},
      remember: (path) => remembered.push(path),
      send: (opened) => sent.push(opened),
      bundledPath: () => undefined,
    },
    launchFile,
  );
  return { files, loaded, sent, remembered };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ReportFiles with an off-thread loader', () => {
  it('the launch file is opened through it when the editor first asks, and remembered', async () => {
    const { files, loaded, remembered } = setup(MINIMAL);
    const opened = await files.initialLoaded();
    expect(opened?.result.ok).toBe(true);
    expect(loaded).toEqual([MINIMAL]);
    expect(remembered).toEqual([MINIMAL]);
  });

  it('the editor asking again reads the report it shows afresh, through it', async () => {
    const { files, loaded } = setup(MINIMAL);
    await files.initialLoaded();
    const again = await files.initialLoaded();
    expect(again?.result.ok).toBe(true);
    expect(loaded).toEqual([MINIMAL, MINIMAL]);
  });

  it('the recent-list menu and another launch open through it and send the result', async () => {
    const { files, loaded, sent } = setup();
    await files.initialLoaded();
    files.openAndSend(MINIMAL);
    files.fromOtherLaunch(MINIMAL);
    await settle();
    expect(loaded).toEqual([MINIMAL, MINIMAL]);
    expect(sent.map((o) => o.result.ok)).toEqual([true, true]);
  });
});
