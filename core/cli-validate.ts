/** `govbrief validate <report.json> …`: every problem of each file, positioned; exit 1 on errors. */
import { type CliIo, USAGE } from './cli-usage';
import { loadReportFile } from './node/report-file';
import { formatProblem } from './report/problems';

export function validateCommand(files: string[], io: CliIo): number {
  if (files.includes('-h') || files.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (files.length === 0) {
    io.err('validate: name at least one report file.\n');
    io.err(USAGE);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = loadReportFile(file, { provenance: 'error' });
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    for (const p of problems) io.err(formatProblem(p));
    if (result.ok) {
      io.out(
        `${file}: OK — ${result.report.title}${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}`,
      );
    } else {
      failed = true;
      io.out(
        `${file}: ${result.errors.length} error(s), ${result.warnings.length} warning(s) / ${result.errors.length} 个错误`,
      );
    }
  }
  return failed ? 1 : 0;
}
