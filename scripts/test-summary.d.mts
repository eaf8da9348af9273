// Types for scripts/test-summary.mjs (plain JS so `npm test` runs it without a build step).
export interface SkipGroup {
  runner: 'playwright' | 'vitest';
  file: string;
  reason: string;
  count: number;
}
export function playwrightSkips(report: unknown): SkipGroup[];
export function vitestSkips(report: unknown, rootDir: string): SkipGroup[];
export function formatSkips(groups: readonly SkipGroup[]): string[];
