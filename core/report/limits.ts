/**
 * Documented input limits (README "Limits and guarantees"). A report beyond them is rejected
 * with a positioned message instead of freezing the window.
 *
 * Chosen from measurements (tests/bench/cases/limits.ts, `npx tsx tests/bench/cases/limits.ts`;
 * 2-core machine): load and compileDeck run on the UI side (main process, renderer) and grow
 * linearly with the slides a report makes; exports run in a worker and grow likewise (~5 ms and
 * ~0.2 MB a slide for PPTX). At the former 5 MiB file limit a report could make 5,000–7,000
 * slides of text (compile 3–13 s, PPTX 26–37 s, 1.5–2 GB), and 5 MiB of minimal projects
 * (174 bytes each, 1,000 to a list, in 30 sections) 38,000 slides. With 1 MiB and at most 2,000
 * list entries in all, the worst report measured makes ~3,000 slides: load ≤ 0.3 s,
 * compile ≤ 2.1 s, PPTX ≤ 11 s, PDF ≤ 5 s, peak memory ≤ 0.7 GB.
 */
export const LIMITS = {
  /** Largest report file accepted, in bytes (the Shanxi report is ~48 KB; 1 MiB was 5 MiB). */
  fileBytes: 1024 * 1024,
  /** Deepest JSON nesting accepted; a valid report nests at most ~10 levels. */
  nestingDepth: 64,
  /** Longest text of one item (highlight, project, point, quote), in UTF-16 units. */
  textChars: 4000,
  /** Longest short text (title, label, figure display), in UTF-16 units. */
  labelChars: 200,
  /** Longest id or key. */
  idChars: 64,
  /** Most items in any one list (targets, themes, highlights, projects, points…). */
  itemsPerList: 1000,
  /**
   * Most entries of all lists of a report together (sections, targets, themes, highlights,
   * figures, charts and their figure references, projects, work areas, groups, points, notes,
   * compilers): ~10× the Shanxi digest's 193. Each list may hold 1,000, but 30 lists of 1,000
   * minimal projects made 38,000 slides; KPI charts repeating 1,000 figures 11,000.
   */
  itemsTotal: 2000,
  /** Longest inline source text, in UTF-16 units. */
  sourceTextChars: 2_000_000,
  /**
   * Largest source text file read (source.textFile), in bytes: sourceTextChars of Chinese in
   * UTF-8. Before, any file was read whole into main, and checked against every quote.
   */
  sourceFileBytes: 6_000_000,
} as const;
