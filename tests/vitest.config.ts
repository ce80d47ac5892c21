import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BrowserTimedFilesLast } from './support/browser-files-last.ts';

// CI sets VITEST_JSON_REPORT to a file path so .ci/run can count passes and failures.
const jsonReport = process.env.VITEST_JSON_REPORT;

/**
 * Run a second time on Postgres: the stores' own tests and every integration test that reaches the database only
 * through the server. Left out: those about SQLite itself (its log, its locks) and those that touch no database.
 */
const ON_POSTGRES = ['server/stores/**/*.test.ts', 'tests/integration/**/*.test.ts'];
const SQLITE_ONLY_OR_NO_DATABASE = [
  'tests/integration/wal-bounded.test.ts',
  'tests/integration/database-busy.test.ts',
  'tests/integration/postgres-open.test.ts',
  'tests/integration/client-imports.test.ts',
  'tests/integration/content-validation.test.ts',
  'tests/integration/vad-assets.test.ts',
  'tests/integration/xr-profiles.test.ts',
  'tests/integration/openapi.test.ts',
  'tests/integration/grade-cli.test.ts',
];

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    exclude: ['**/node_modules/**', 'client/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    // Most tests wait on servers, sockets and browsers rather than compute: more files at once than cores (vitest
    // would run one at a time on two).
    maxWorkers: 3,
    // A worker keeps the modules it has loaded from one file to the next: most of the suite's CPU went to loading the
    // server, its content and its models again for every file (the server tests took 85 s instead of 194 s on two
    // cores). No test file mocks modules or changes the process's environment, so nothing leaks between files.
    isolate: false,
    // One throwaway Postgres cluster for the run (tests that need one make their own databases on it).
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    sequence: { sequencer: BrowserTimedFilesLast },
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: [
            'server/**/*.test.ts',
            'client/**/*.test.{ts,tsx}',
            'evals/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', 'tests/e2e/**'],
        },
      },
      {
        // Headless Chromium renders in software and times speech: one browser at a time.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          maxWorkers: 1,
          // A whole browser story (sign-up to feedback) takes 10–35 s alone and up to three times that beside the
          // server tests on two cores. What a test promises about speed it asserts in its own waits; the overall
          // limit only stops a hung test.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ON_POSTGRES,
          exclude: ['**/node_modules/**', ...SQLITE_ONLY_OR_NO_DATABASE],
          env: { BEDSIDE_TEST_DATABASE: 'postgres' },
        },
      },
    ],
  },
});
