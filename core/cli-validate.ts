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
      // Past the cap the count says how many were found: "first 100 of 70000 error(s)".
      const count = result.errorsTotal
        ? `first ${result.errors.length} of ${result.errorsTotal} error(s)`
        : `${result.errors.length} error(s)`;
      const countZh = result.errorsTotal
        ? `共 ${result.errorsTotal} 个错误，列出前 ${result.errors.length} 个`
        : `${result.errors.length} 个错误`;
      io.out(`${file}: ${count}, ${result.warnings.length} warning(s) / ${countZh}`);
    }
  }
  return failed ? 1 : 0;
}
