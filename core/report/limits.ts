/**
 * Documented input limits (README "Limits and guarantees"). A report beyond them is rejected
 * with a positioned message instead of freezing the window.
 */
export const LIMITS = {
  /** Largest report file accepted, in bytes (the Shanxi report is ~60 KB). */
  fileBytes: 5 * 1024 * 1024,
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
  /** Longest inline source text, in UTF-16 units. */
  sourceTextChars: 2_000_000,
} as const;
