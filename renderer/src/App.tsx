// The presenting app (issue 4) grows from here. For now it proves the wiring: the bundled
// report is loaded and validated by core/report in the renderer.
import { useMemo } from 'react';
import { bundledReports } from './bundled-reports';

export function App() {
  const reports = useMemo(() => bundledReports(), []);
  return (
    <main>
      <h1>政报演示</h1>
      <ul>
        {reports.map((r) => (
          <li key={r.file}>{r.result.ok ? r.result.report.title : `${r.file}: ${r.result.errors.length} 个错误`}</li>
        ))}
      </ul>
    </main>
  );
}
