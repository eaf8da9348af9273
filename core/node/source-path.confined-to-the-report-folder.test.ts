/**
 * A report's source.textFile is read only from the report's folder or a subfolder of it, after
 * resolving symbolic links: `../../../../etc/passwd`,
 * `/etc/shadow`, a UNC path to a network share or a drive-relative `C:x` were read, sent to the
 * renderer and quoted in messages. Each refusal says why.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportFile } from './report-file';
import { refusedForm, resolveSourcePath } from './source-path';

const MINIMAL = join(import.meta.dirname, '../../tests/fixtures/good-reports/minimal.json');
let root: string;
let reportDir: string;
let report: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'govbrief-source-path-'));
  reportDir = join(root, 'reports');
  mkdirSync(join(reportDir, 'sub'), { recursive: true });
  mkdirSync(join(root, 'sources'));
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'elsewhere', 'secret.txt'), 'PRIVATE-CONTENT');
  for (const p of [
    join(reportDir, 'here.txt'),
    join(reportDir, 'sub', 'deep.txt'),
    join(root, 'sources', 'beside.txt'),
  ])
    writeFileSync(p, 'text');
  report = join(reportDir, 'r.json');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The source-file problem of the report with `textFile`, if any. */
function sourceProblem(textFile: string) {
  const r = JSON.parse(readFileSync(MINIMAL, 'utf8'));
  r.source.textFile = textFile;
  writeFileSync(report, JSON.stringify(r, null, 2));
  const loaded = loadReportFile(report);
  return (loaded.ok ? [] : loaded.errors).find((e) => e.code === 'source-file-missing');
}

describe('where source.textFile may point', () => {
  it('the report folder and its subfolders are allowed', () => {
    for (const ok of ['here.txt', 'sub/deep.txt', './sub/../here.txt'])
      expect(resolveSourcePath(report, ok), ok).toMatchObject({ ok: true });
  });

  it('a sources folder beside the report folder is outside it, and refused', () => {
    const e = sourceProblem('../sources/beside.txt');
    expect(e).toBeDefined();
    expect(e!.message.en).toMatch(/leads outside the report’s folder/);
  });

  it('the app’s own bundled source texts stay readable for the bundled reports', () => {
    const bundled = join(import.meta.dirname, '../../data/reports/shanxi-2025.json');
    expect(resolveSourcePath(bundled, '../sources/shanxi-2025.txt')).toMatchObject({ ok: true });
  });

  it('`../../../../etc/passwd` and a path into a sibling folder are refused as outside the folder', () => {
    for (const bad of ['../../../../etc/passwd', '../elsewhere/secret.txt', 'sub/../../elsewhere/secret.txt']) {
      const e = sourceProblem(bad);
      expect(e, bad).toBeDefined();
      expect(e!.message.en).toMatch(/leads outside the report’s folder/);
      expect(e!.message.zh).toMatch(/报告所在文件夹之外/);
      expect(e!.path).toBe('source.textFile');
      expect(JSON.stringify(e)).not.toMatch(/PRIVATE-CONTENT/);
    }
  });

  it('absolute paths are refused, POSIX and Windows alike', () => {
    for (const bad of ['/etc/shadow', 'C:\\Windows\\win.ini', 'C:/x.txt', '\\Windows\\x.txt'])
      expect(refusedForm(bad)?.en, bad).toMatch(/absolute path/);
    expect(sourceProblem('/etc/shadow')!.message.en).toMatch(/it is an absolute path/);
  });

  it('UNC paths to a network share are refused as such', () => {
    for (const bad of ['\\\\server\\share\\x.txt', '//server/share/x.txt'])
      expect(refusedForm(bad)?.en, bad).toMatch(/network \(UNC\) path/);
  });

  it('drive-relative paths (C:x.txt) are refused: they mean something else on every computer', () => {
    expect(refusedForm('C:x.txt')?.en).toMatch(/relative to a drive’s current folder/);
    expect(refusedForm('C:x.txt')?.zh).toMatch(/盘符/);
  });

  it.runIf(process.platform !== 'win32')('a symbolic link inside the folder that points outside is refused', () => {
    symlinkSync(join(root, 'elsewhere', 'secret.txt'), join(reportDir, 'link.txt'));
    symlinkSync(join(root, 'elsewhere'), join(reportDir, 'linked-dir'));
    for (const bad of ['link.txt', 'linked-dir/secret.txt']) {
      const e = sourceProblem(bad);
      expect(e!.message.en, bad).toMatch(/through a symbolic link, outside the report’s folder/);
    }
  });

  it('a missing file inside the folder is still "file not found"', () => {
    expect(sourceProblem('missing.txt')!.message.en).toMatch(/file not found/);
  });
});
