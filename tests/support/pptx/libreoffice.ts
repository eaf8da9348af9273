/**
 * LibreOffice as a test instrument: converts PPTX files to PDF (one soffice run for many files)
 * and reads where each word landed (pdftotext -bbox), so tests compare LibreOffice's rendering
 * with the deck's boxes.
 *
 * Fonts: LibreOffice gets a fontconfig file of its own that adds the bundled Noto Sans SC (the
 * font the deck was measured with) and maps 微软雅黑 / Microsoft YaHei to it, so a check does not
 * depend on which CJK fonts the machine happens to have; 微软雅黑 itself is never installed.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { notoSansScFontPath } from '../../../core/node/font-files';

const run = promisify(execFile);

const onPath = (tool: string) =>
  (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, tool)));

export const hasSoffice = onPath('soffice');
export const hasPdftotext = onPath('pdftotext');
export const SKIP_REASON =
  'soffice (LibreOffice) or pdftotext is not installed: apt-get install --no-install-recommends libreoffice-impress poppler-utils';

export const CONVERT_TIMEOUT_MS = 300_000;
const PDF_FILTER = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}';

/** A fontconfig file in `dir` adding Noto Sans SC and mapping 微软雅黑 / Microsoft YaHei to it. */
export function fontconfig(dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const w of ['regular', 'bold'] as const) copyFileSync(notoSansScFontPath(w), join(fonts, `NotoSansSC-${w}.ttf`));
  const alias = (family: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`;
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'fc-cache')}</cachedir>
  ${alias('微软雅黑')}
  ${alias('Microsoft YaHei')}
</fontconfig>
`,
  );
  return conf;
}

/**
 * Converts each file (paths to .pptx in one directory) to PDF with a single soffice run, hidden
 * slides included, and returns the PDF paths in the same order. A fresh profile per work
 * directory: parallel runs do not share (or lock) one.
 */
export async function convertToPdf(files: readonly string[], work: string): Promise<string[]> {
  const out = join(work, 'pdf');
  mkdirSync(out, { recursive: true });
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      PDF_FILTER,
      '--outdir',
      out,
      ...files,
    ],
    {
      timeout: CONVERT_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, FONTCONFIG_FILE: fontconfig(work), HOME: work },
    },
  );
  return files.map((f) => {
    const pdf = join(out, f.replace(/^.*[\\/]/, '').replace(/\.pptx$/i, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${f}`);
    return pdf;
  });
}

/** A word LibreOffice drew, in PDF points from the page's top left. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly words: PdfWord[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page's words with their boxes (pdftotext -bbox). */
export async function pdfWords(pdf: string): Promise<PdfPage[]> {
  const html = join(pdf.replace(/\.pdf$/i, '') + '.bbox.html');
  await run('pdftotext', ['-bbox', pdf, html], { timeout: CONVERT_TIMEOUT_MS });
  const text = readFileSync(html, 'utf8');
  const pages: PdfPage[] = [];
  for (const page of text.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: PdfWord[] = [];
    for (const w of page[3]!.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g,
    )) {
      words.push({ text: unescape(w[5]!), xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]! });
    }
    pages.push({ widthPt: +page[1]!, heightPt: +page[2]!, words });
  }
  return pages;
}
