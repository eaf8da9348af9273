/**
 * The CLI's help text and its output channel, shared by every command (core/cli.ts dispatches,
 * core/cli-*.ts run the commands). Nothing here loads a report, a schema or an exporter.
 */
import { THEME_IDS } from './deck/themes';
import { EXPORT_FORMATS } from './export/names';
import { HANDOUTS_PER_PAGE } from './export/pdf/per-page';

export const DEFAULT_REPORT = 'data/reports/shanxi-2025.json';
/** Longest --date-line: it shares a header line with the deck title. */
export const MAX_DATE_LINE_CHARS = 40;

export const USAGE = `govbrief — 政报演示 command line

  govbrief validate <report.json> [more.json …]      (npm run validate -- …)
      Check report files: JSON syntax, the data format, ids, figures and source quotes.
      Prints errors and warnings as file:line:column; exits 1 if any file has errors.

  govbrief export --format F[,F…] --out DIR|FILE [options]      (npm run export -- …)
      Export the deck of a report. F is ${EXPORT_FORMATS.join('|')}; several (pdf,pptx,memo)
      and several reports (--report a.json b.json …) export in one run, one line per file.
      One file prints a progress line per slide and the written path.
      --out DIR writes <deck title>.pptx|pdf into DIR (made if missing); --out FILE.pptx or
      FILE.pdf (the format's extension, not an existing folder) writes that one file.
      --report FILE …   the report(s) (default ${DEFAULT_REPORT})
      --theme T         ${THEME_IDS.join(' | ')} (default official)
      --compare FILE    set this report's targets beside those of another report
      --font NAME       PPTX: the font named in the file (default 微软雅黑)
      --per-page N      handouts: ${HANDOUTS_PER_PAGE.join(', ')} slides a page (default 3)
      --watermark TEXT  PDF: a diagonal watermark on every page, e.g. 内部资料
      --date-line TEXT  PDF: a date line, e.g. 2025年3月5日印发 (page headers, the memo's title
                        block, under the first slide; at most ${MAX_DATE_LINE_CHARS} characters)
      --briefing FILE   a saved briefing (.govbrief.json): its slides, order, notes, cover and
                        theme; its report is --report or the bundled report with its id

Options:
  -h, --help    this text
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: CliIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
};

/** A command: its arguments (after the command name) → the exit code. */
export type Command = (argv: string[], io: CliIo) => number | Promise<number>;
