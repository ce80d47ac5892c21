// bench:dashboard: how fast an instructor's cohort overview and CSV export answer for a large cohort. Seeds a cohort
// of --learners learners with --sessions graded sessions each straight through the stores (each session started,
// ended, its grading job claimed and finished with a report, and the "session graded" subscribers run, as the worker
// would), then starts the real server on that SQLite file and times, over HTTP as the cohort's instructor, the
// overview (p50 of --calls calls, after one warm-up) and the CSV export. Targets: overview p50 ≤ 300 ms, export ≤ 2 s.
// Usage: npm run bench:dashboard [-- --learners 200 --sessions 20 --calls 20 --json]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPassword } from '../../server/auth/passwords.ts';
import { readConfig } from '../../server/config.ts';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { loadScenariosOrThrow } from '../../server/content/load-scenarios.ts';
import type { Rubric } from '../../server/content/rubric-schema.ts';
import { openSqlite } from '../../server/db/open-sqlite.ts';
import type { GradingReport } from '../../server/grading/report-types.ts';
import { recordReportScores } from '../../server/instruction/report-scores.ts';
import { launch } from '../../server/launch.ts';
import { applyGradedSession } from '../../server/learning/progress.ts';
import { jsonLogger } from '../../server/ports.ts';
import { createStores } from '../../server/stores/drizzle/create-stores.ts';
import type { Stores } from '../../server/stores/ports.ts';
import { ApiClient } from '../support/api-client.ts';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '200' },
    sessions: { type: 'string', default: '20' },
    calls: { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
  },
});
const learners = Number(values.learners);
const perLearner = Number(values.sessions);
const calls = Number(values.calls);
const log = (line: string) => {
  if (!values.json) console.log(line);
};

const PASSWORD = 'bench password not secret';
const DAY = 24 * 3600_000;
const START = Date.parse('2026-01-05T09:00:00.000Z');

/** A small seeded generator (mulberry32), so every run seeds the same cohort. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(2026);

/** A report of the size the grader writes: every item scored on its scale, with a quote and a suggestion. */
function syntheticReport(rubrics: readonly Rubric[], skill: number): GradingReport {
  return {
    version: 1,
    mode: 'offline',
    note: null,
    metrics: {} as GradingReport['metrics'],
    rubrics: rubrics.map((rubric) => {
      const items = rubric.items.map((item) => {
        const roll = Math.min(1, Math.max(0, skill + (random() - 0.5) * 0.8));
        const score = item.scale === 'binary' ? (roll >= 0.5 ? 1 : 0) : Math.round(roll * 2) / 2;
        return {
          id: item.id,
          title: item.title,
          scale: item.scale,
          weight: item.weight,
          score,
          assessedBy: 'detector' as const,
          evidence: [
            { turn: 1, quote: 'I can see this is a lot to take in; what worries you most right now?' },
          ],
          suggestion: score < 1 ? item.advice : null,
          notAssessed: null,
        };
      });
      const weight = items.reduce((n, i) => n + i.weight, 0);
      return {
        rubricId: rubric.id,
        title: rubric.title,
        source: rubric.source,
        overall: items.reduce((n, i) => n + i.weight * i.score, 0) / weight,
        items,
      };
    }),
  };
}

async function seed(
  stores: Stores,
  rubrics: readonly Rubric[],
): Promise<{ instructorEmail: string; cohortId: string }> {
  const scenarios = loadScenariosOrThrow('./prompts/scenarios');
  const hash = await hashPassword(PASSWORD);
  await stores.accounts.createAccount({
    id: 'admin',
    email: 'admin@bench.invalid',
    name: 'Admin',
    passwordHash: hash,
  });
  const instructorEmail = 'instructor@bench.invalid';
  await stores.accounts.createAccount({
    id: 'instructor',
    email: instructorEmail,
    name: 'Instructor',
    passwordHash: hash,
  });
  await stores.accounts.setRole('admin', 'instructor', 'instructor');
  const cohortId = 'bench-cohort';
  await stores.cohorts.createCohort(
    {
      id: cohortId,
      name: 'Bench cohort',
      inviteCode: 'bench-invite-code',
      createdAt: new Date(START - DAY).toISOString(),
    },
    'instructor',
  );
  for (const [i, scenario] of scenarios.slice(0, 3).entries()) {
    await stores.assignments.createAssignment({
      id: `assignment-${i}`,
      cohortId,
      scenarioId: scenario.id,
      difficulty: null,
      dueAt: new Date(START + (i + 2) * 7 * DAY).toISOString(),
      createdBy: 'instructor',
      createdAt: new Date(START - DAY).toISOString(),
    });
  }
  const owner = 'bench-seeder';
  for (let l = 0; l < learners; l++) {
    const userId = `learner-${l}`;
    const skill = 0.3 + random() * 0.4;
    await stores.atomically(async (tx) => {
      await tx.accounts.createAccount({
        id: userId,
        email: `${userId}@bench.invalid`,
        name: `Learner ${l}`,
        passwordHash: 'x',
      });
      await tx.cohorts.join(cohortId, userId, new Date(START).toISOString());
      for (let s = 0; s < perLearner; s++) {
        const scenario = scenarios[(l + s) % scenarios.length];
        if (!scenario) throw new Error('no scenarios to seed with');
        // Spread over ten weeks, a few hours apart per learner.
        const at = new Date(START + Math.floor((s / perLearner) * 70 * DAY) + l * 60_000).toISOString();
        const sessionId = `${userId}-s${s}`;
        await tx.sessions.createSession({
          id: sessionId,
          userId,
          scenarioId: scenario.id,
          difficulty: 1 + (s % 3),
          status: 'active',
          presentCharacters: [],
          initialAffect: {},
          createdAt: at,
        });
        await tx.sessions.appendTurn({
          sessionId,
          index: 0,
          speaker: 'learner',
          text: 'Hello, I am one of the doctors. What have you been told so far?',
          acts: [],
          affect: {},
          source: 'typed',
          createdAt: at,
          completedAt: at,
        });
        const session = await tx.sessions.endSession(sessionId, at, () => null);
        if (!session) throw new Error('the seeded session was not ended');
        const lease = { sessionId, owner, until: '9999-01-01T00:00:00.000Z' };
        const job = await tx.grading.claimNextJob(owner, at, lease.until);
        if (job?.sessionId !== sessionId) throw new Error('the seeded job was not the one claimed');
        const report = syntheticReport(
          rubrics.filter((r) => scenario.rubrics.includes(r.id)),
          Math.min(1, skill + s * 0.015),
        );
        await tx.grading.finishJob(
          lease,
          { report: report as unknown as Record<string, unknown>, promptTokens: 0, completionTokens: 0 },
          at,
        );
        await applyGradedSession(tx, session, report, at);
        await recordReportScores(tx, session, report);
      }
    });
  }
  return { instructorEmail, cohortId };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bedside-dashboard-bench-'));
  const path = join(dir, 'bedside.db');
  try {
    const rubrics = loadRubricsOrThrow('./rubrics');
    const database = openSqlite(path);
    const seedStarted = performance.now();
    const { instructorEmail, cohortId } = await seed(createStores(database), rubrics);
    const seedMs = performance.now() - seedStarted;
    await database.close();
    log(`seeded ${learners} learners × ${perLearner} graded sessions in ${(seedMs / 1000).toFixed(1)} s`);

    const server = await launch(
      readConfig({
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_PATH: path,
        LOG_LEVEL: 'silent',
        CLIENT_DIST: join(dir, 'no-client'),
      }),
      jsonLogger('silent'),
    );
    try {
      const instructor = new ApiClient(server.url);
      const login = await instructor.post('/api/auth/login', { email: instructorEmail, password: PASSWORD });
      if (login.status !== 200) throw new Error(`signing in answered ${login.status}`);
      const timed = async (path: string) => {
        const started = performance.now();
        const res = await fetch(`${server.url}${path}`, { headers: { cookie: instructor.cookieHeader() } });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 200)}`);
        return { ms: performance.now() - started, body };
      };
      const warm = await timed(`/api/cohorts/${cohortId}/overview`);
      const overview = JSON.parse(warm.body);
      if (overview.learners !== learners)
        throw new Error(`the overview counts ${overview.learners} learners`);
      const times: number[] = [];
      for (let i = 0; i < calls; i++) times.push((await timed(`/api/cohorts/${cohortId}/overview`)).ms);
      times.sort((a, b) => a - b);
      const csv = await timed(`/api/cohorts/${cohortId}/export.csv`);
      const rows = csv.body.split('\r\n').filter(Boolean).length - 1;
      if (rows !== learners * perLearner) throw new Error(`the export has ${rows} rows`);
      const result = {
        learners,
        sessions: learners * perLearner,
        seedMs: Math.round(seedMs),
        overviewP50Ms: Number(percentile(times, 50).toFixed(1)),
        overviewP95Ms: Number(percentile(times, 95).toFixed(1)),
        overviewBytes: warm.body.length,
        exportMs: Number(csv.ms.toFixed(1)),
        exportRows: rows,
        exportBytes: csv.body.length,
        targets: { overviewP50Ms: 300, exportMs: 2000 },
      };
      log(
        `overview: p50 ${result.overviewP50Ms} ms, p95 ${result.overviewP95Ms} ms over ${calls} calls (${(result.overviewBytes / 1024).toFixed(0)} KiB); target p50 ≤ 300 ms`,
      );
      log(
        `CSV export: ${result.exportMs} ms for ${rows} rows (${(result.exportBytes / 1024).toFixed(0)} KiB); target ≤ 2000 ms`,
      );
      if (values.json) console.log(JSON.stringify(result));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The SQLite WAL checkpointer's worker does not hold the process open while it stops (closing a database, here and
// in the server's close), so without this timer the process could end with that wait unfinished (exit code 13).
const keepAlive = setInterval(() => undefined, 1000);
try {
  await main();
} finally {
  clearInterval(keepAlive);
}
