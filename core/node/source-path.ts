/**
 * Where a report's `source.textFile` may point. The text is read, sent to the renderer and quoted
 * in messages, so a report (mailed by anyone) must not name `../../../../etc/passwd`,
 * `/etc/shadow` or `\\server\share\x` and have it read. Allowed: a relative path into
 *   - the report's folder or a subfolder of it ("原文.txt", "sources/原文.txt"),
 *   - a folder the caller trusts (the app's bundled source texts, data/sources, which the bundled
 *     reports in data/reports name as "../sources/…": the app's own files, not a mailed report's),
 * checked on the path as written and again after resolving symbolic links (a link inside the
 * folder that points outside is refused too). Absolute, UNC and drive-relative paths are refused
 * on every system: a report is shared between Windows and other machines.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { projectDir } from './project-dir';
import type { Bilingual } from '../report/problems';

/** Further folders (absolute) the source text may be in. */
export type SourceRoots = readonly string[];

/**
 * The source texts bundled with the app: data/sources in the project folder (found from this
 * module wherever it is bundled: core/node/, out/main/, the built CLI's out/cli/chunks/).
 */
export function bundledSourceRoots(): SourceRoots {
  return [join(projectDir(), 'data', 'sources')];
}

export type SourcePath = { ok: true; path: string } | { ok: false; reason: Bilingual };

/** Why a path as written is refused, before any file is looked at; undefined if it is relative. */
export function refusedForm(textFile: string): Bilingual | undefined {
  if (textFile.includes('\0')) return { zh: '路径中有空字符', en: 'the path contains a NUL character' };
  if (/^[\\/]{2}/.test(textFile))
    return {
      zh: '这是网络路径（UNC，\\\\服务器\\共享）；原文须放在报告所在文件夹中，写相对路径',
      en: 'it is a network (UNC) path, \\\\server\\share; put the source text in the report’s folder and give a relative path',
    };
  if (/^[A-Za-z]:[\\/]/.test(textFile) || textFile.startsWith('/') || textFile.startsWith('\\'))
    return {
      zh: '这是绝对路径；原文须放在报告所在文件夹中，写相对路径（如 "sources/原文.txt"）',
      en: 'it is an absolute path; put the source text in the report’s folder and give a relative path (like "sources/text.txt")',
    };
  if (/^[A-Za-z]:/.test(textFile))
    return {
      zh: '这是相对于某个盘符当前目录的路径（如 "C:原文.txt"），在每台电脑上含义不同；写相对于报告文件夹的路径',
      en: 'it is relative to a drive’s current folder (like "C:text.txt"), which differs on every computer; give a path relative to the report’s folder',
    };
  return undefined;
}

const OUTSIDE: Bilingual = {
  zh: '路径指向报告所在文件夹之外；原文须放在报告文件夹或其子文件夹中（如 "原文.txt" 或 "sources/原文.txt"）',
  en: 'the path leads outside the report’s folder; put the source text in that folder or a subfolder of it (like "text.txt" or "sources/text.txt")',
};

const LINK_OUTSIDE: Bilingual = {
  zh: '路径经符号链接指向报告所在文件夹之外；把原文文件本身复制到报告文件夹中',
  en: 'the path leads, through a symbolic link, outside the report’s folder; copy the source text itself into the folder',
};

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function real(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** The file a report's textFile names, if the report may name it; never reads it. */
export function resolveSourcePath(reportPath: string, textFile: string, extraRoots: SourceRoots = []): SourcePath {
  const form = refusedForm(textFile);
  if (form) return { ok: false, reason: form };
  const folder = dirname(resolve(reportPath));
  const roots = [folder, ...extraRoots, ...bundledSourceRoots()].map((r) => resolve(r));
  const target = resolve(folder, textFile);
  // As written: refused without touching the file system (no probing whether /etc/shadow exists).
  if (!roots.some((r) => inside(r, target))) return { ok: false, reason: OUTSIDE };
  const realTarget = real(target);
  // A missing file is reported by the read (file not found), at the path as written.
  if (realTarget === undefined) return { ok: true, path: target };
  const realRoots = roots.map(real).filter((r): r is string => r !== undefined);
  if (!realRoots.some((r) => inside(r, realTarget))) return { ok: false, reason: LINK_OUTSIDE };
  return { ok: true, path: realTarget };
}
