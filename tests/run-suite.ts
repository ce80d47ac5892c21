// The whole suite in two lanes at once. One lane: the browser files that start at once (one file at a time). The
// other: the server tests, then the rest of the browser files (tests/support/browser-lanes.ts says which).
// Why: vitest runs a project limited to one worker as its own group, after every other group has finished, so in one
// process the browser files (most of the suite's time) only started once the rest was done; and with the server tests
// done in a few minutes, the browser files alone in one lane left a core idle for the rest. With arguments, this is
// plain `vitest run` with them, for running a single file or project.
//
// The processes' JSON reports are merged, and written to VITEST_JSON_REPORT when it names a file (.ci/run).

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LATE_BROWSER_FILES } from './support/browser-lanes.ts';

const CONFIG = ['--config', 'tests/vitest.config.ts'];

interface Run {
  label: string;
  args: string[];
  /** Environment on top of ours. */
  env: Record<string, string>;
}

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numTotalTests: number;
  numPassedTestSuites?: number;
  numFailedTestSuites?: number;
  numTotalTestSuites?: number;
  startTime: number;
  success: boolean;
  testResults: unknown[];
}

function runVitest(run: Run, report: string | undefined): Promise<number> {
  const env = { ...process.env, ...run.env };
  if (report) env.VITEST_JSON_REPORT = report;
  else delete env.VITEST_JSON_REPORT;
  const child = spawn('npx', ['vitest', 'run', ...CONFIG, ...run.args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Each line carries its process's label, so the two interleaved logs stay readable.
  for (const stream of [child.stdout, child.stderr]) {
    const out = stream === child.stdout ? process.stdout : process.stderr;
    createInterface({ input: stream }).on('line', (line) => out.write(`[${run.label}] ${line}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

function mergeReports(paths: string[]): JsonReport | undefined {
  const reports: JsonReport[] = [];
  for (const path of paths) {
    try {
      reports.push(JSON.parse(readFileSync(path, 'utf8')) as JsonReport);
    } catch {
      return undefined; // a process died before writing its report: .ci/run then counts the run as failed
    }
  }
  const sum = (key: keyof JsonReport) => reports.reduce((total, r) => total + (Number(r[key]) || 0), 0);
  return {
    numPassedTests: sum('numPassedTests'),
    numFailedTests: sum('numFailedTests'),
    numPendingTests: sum('numPendingTests'),
    numTodoTests: sum('numTodoTests'),
    numTotalTests: sum('numTotalTests'),
    numPassedTestSuites: sum('numPassedTestSuites'),
    numFailedTestSuites: sum('numFailedTestSuites'),
    numTotalTestSuites: sum('numTotalTestSuites'),
    startTime: Math.min(...reports.map((r) => r.startTime)),
    success: reports.every((r) => r.success),
    testResults: reports.flatMap((r) => r.testResults),
  };
}

async function main(): Promise<number> {
  const passThrough = process.argv.slice(2);
  if (passThrough.length > 0) {
    return runVitest({ label: 'vitest', args: passThrough, env: {} }, process.env.VITEST_JSON_REPORT);
  }
  const e2e = readdirSync('tests/e2e').filter((name) => name.endsWith('.test.ts'));
  const early = e2e.filter((name) => !LATE_BROWSER_FILES.includes(name));
  const late = e2e.filter((name) => LATE_BROWSER_FILES.includes(name));
  const browser = (label: string, files: string[]): Run => ({
    label,
    args: ['--project', 'browser', ...files.map((name) => `tests/e2e/${name}`)],
    // The browser files need no Postgres cluster.
    env: { BEDSIDE_TEST_NO_POSTGRES: '1' },
  });
  // Two workers, not three: the browser lane has the machine's other core, and its tests time speech.
  const server: Run = {
    label: 'server',
    args: ['--project', 'sqlite', '--project', 'postgres', '--maxWorkers', '2'],
    env: {},
  };
  const lanes: Run[][] = [[browser('browser', early)], [server, browser('browser-late', late)]];
  const dir = mkdtempSync(join(tmpdir(), 'bedside-suite-'));
  const reportOf = (run: Run) => join(dir, `${run.label}.json`);
  const codes = (
    await Promise.all(
      lanes.map(async (lane) => {
        const laneCodes: number[] = [];
        for (const run of lane) laneCodes.push(await runVitest(run, reportOf(run)));
        return laneCodes;
      }),
    )
  ).flat();
  const reports = lanes.flat().map(reportOf);
  const merged = mergeReports(reports);
  if (merged) {
    console.log(`Whole suite: ${merged.numPassedTests} passed, ${merged.numFailedTests} failed`);
    const target = process.env.VITEST_JSON_REPORT;
    if (target) writeFileSync(target, JSON.stringify(merged));
  }
  return codes.every((code) => code === 0) ? 0 : 1;
}

process.exitCode = await main();
