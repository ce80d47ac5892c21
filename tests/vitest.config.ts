import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON_REPORT to a file path so .ci/run can count passes and failures.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'evals/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'client/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
