import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      'tests/faults/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-setup.ts'],
    // The CLI's tests run the built CLI: build it (if stale) once, before any test file.
    globalSetup: ['tests/support/build-cli-once.ts'],
    // Property-based tests run 1,000 cases each; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
