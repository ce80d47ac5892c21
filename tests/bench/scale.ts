// bench:scale: several Bedside instances share one Postgres database while simulated learners converse through
// the HTTP API. Every request goes to an instance picked at random, so one session's turns arrive at all of them.
// It measures throughput and latency at the client, and checks the two promises sharing makes: each ended
// session is graded exactly once (counted from the `session graded` log lines of every instance), and a session
// takes one turn at a time (turns sent at the same moment to different instances: one answered, the rest 409).
// Everything it starts (a throwaway cluster, the servers) listens on 127.0.0.1 and is stopped at the end.
// Usage: npm run bench:scale [-- --instances 2 --learners 200 --turns 10 --think-ms 1000 --simultaneous 20 --json]

import { parseArgs } from 'node:util';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { type PostgresDatabases, startPostgres } from '../support/postgres-server.ts';
import { percentile, type ServerProcess, startServerProcess } from '../support/server-process.ts';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    learners: { type: 'string', default: '200' },
    turns: { type: 'string', default: '10' },
    'think-ms': { type: 'string', default: '1000' },
    /** Sessions in the simultaneous-turns check; 0 skips it. */
    simultaneous: { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
  },
});
const instances = Number(values.instances);
const learnerCount = Number(values.learners);
const turnsPerLearner = Number(values.turns);
const thinkMs = Number(values['think-ms']);
const simultaneousSessions = Number(values.simultaneous);
const log = (line: string) => {
  if (!values.json) console.log(line);
};

/** Requests sent at once to one session in the simultaneous-turns check. */
const SIMULTANEOUS_TURNS = 5;
const REQUEST_TIMEOUT_MS = 30_000;
const REPORT_WAIT_MS = 120_000;
/** The whole run's bound: start-up, the turn phase at its slowest plausible pace, the report wait, the rest. */
const RUN_BUDGET_MS = 90_000 + turnsPerLearner * (thinkMs * 1.5 + 10_000) + REPORT_WAIT_MS + 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: any;
  /** Time inside the server, from its Server-Timing header. */
  serverMs: number;
}

/** One learner's sign-in cookie, sent to whichever instance a request goes to: they share the database. */
class Learner {
  private cookie = '';

  async send(baseUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    const timing = /app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
    const answer = {
      status: response.status,
      body: text as unknown,
      serverMs: Number(timing?.[1] ?? Number.NaN),
    };
    try {
      answer.body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return answer;
  }
}

/** What the run counts; errors are any unexpected status and any request that threw. */
class Tally {
  errors = 0;
  readonly errorKinds = new Map<string, number>();
  readonly latencies: number[] = [];
  readonly serverMs: number[] = [];
  readonly turnsByInstance: number[] = Array.from({ length: instances }, () => 0);

  error(kind: string): void {
    this.errors += 1;
    this.errorKinds.set(kind, (this.errorKinds.get(kind) ?? 0) + 1);
  }

  /** Sends a request and counts it as an error unless it answers one of `expected`; null when it failed. */
  async call(what: string, send: () => Promise<Answer>, expected: readonly number[]): Promise<Answer | null> {
    try {
      const answer = await send();
      if (expected.includes(answer.status)) return answer;
      this.error(`${what} ${answer.status} ${answer.body?.error?.code ?? ''}`.trim());
      return null;
    } catch (error) {
      this.error(`${what} threw ${(error as Error).name}`);
      return null;
    }
  }
}

/** `session graded` (and lease-lost) log lines of every instance, by session. */
class GradeLog {
  readonly graded = new Map<string, number>();
  leaseLost = 0;

  see(entry: Record<string, unknown>): void {
    if (entry.message === 'session graded' && typeof entry.sessionId === 'string')
      this.graded.set(entry.sessionId, (this.graded.get(entry.sessionId) ?? 0) + 1);
    else if (entry.message === 'grading lease lost; report dropped') this.leaseLost += 1;
    else if (entry.level === 'error') process.stderr.write(`server: ${JSON.stringify(entry)}\n`);
  }

  duplicates(): number {
    return [...this.graded.values()].filter((count) => count > 1).length;
  }
}

const pick = (urls: readonly string[]) => Math.floor(Math.random() * urls.length);

/** One learner's conversation: a session per script's length of turns, each request to a random instance. */
async function converse(
  learner: Learner,
  n: number,
  urls: readonly string[],
  tally: Tally,
): Promise<string[]> {
  const scenarioIds = Object.keys(SCRIPTS);
  const scenarioId = scenarioIds[n % scenarioIds.length] as string;
  const script = SCRIPTS[scenarioId] as string[];
  const ended: string[] = [];
  let sessionId = '';
  const end = async () => {
    const url = urls[pick(urls)] as string;
    const done = await tally.call(
      'end',
      () => learner.send(url, 'POST', `/api/sessions/${sessionId}/end`),
      [200],
    );
    if (done) ended.push(sessionId);
  };
  for (let turn = 0; turn < turnsPerLearner; turn++) {
    if (turn % script.length === 0) {
      if (sessionId) await end();
      const url = urls[pick(urls)] as string;
      const created = await tally.call(
        'start',
        () => learner.send(url, 'POST', '/api/sessions', { scenarioId }),
        [201],
      );
      if (!created) return ended;
      sessionId = created.body.session.id;
    }
    await sleep(thinkMs * (0.5 + Math.random()));
    const at = pick(urls);
    const text = script[turn % script.length];
    const started = performance.now();
    const answered = await tally.call(
      'turn',
      () => learner.send(urls[at] as string, 'POST', `/api/sessions/${sessionId}/turns`, { text }),
      [200],
    );
    if (answered) {
      tally.latencies.push(performance.now() - started);
      tally.serverMs.push(answered.serverMs);
      tally.turnsByInstance[at] = (tally.turnsByInstance[at] ?? 0) + 1;
    }
  }
  if (sessionId) await end();
  return ended;
}

/** Polls every ended session's report (202 while grading) until all are ready or the wait runs out. */
async function waitForReports(
  sessions: ReadonlyArray<{ learner: Learner; sessionId: string }>,
  urls: readonly string[],
  tally: Tally,
): Promise<Set<string>> {
  const ready = new Set<string>();
  const until = Date.now() + REPORT_WAIT_MS;
  let pending = [...sessions];
  while (pending.length > 0 && Date.now() < until) {
    const answers = await Promise.all(
      pending.map(({ learner, sessionId }) =>
        tally.call(
          'report',
          () => learner.send(urls[pick(urls)] as string, 'GET', `/api/sessions/${sessionId}/report`),
          [200, 202],
        ),
      ),
    );
    pending = pending.filter(({ sessionId }, i) => {
      const answer = answers[i];
      if (answer?.status === 200) ready.add(sessionId);
      return answer?.status === 202;
    });
    if (pending.length > 0) await sleep(500);
  }
  return ready;
}

/**
 * Sessions that each receive several turns at the same moment, spread over the instances. Then each session's
 * stored transcript is read back: it must hold exactly the learner turns that were answered, each followed by its
 * replies before the next (`transcriptMismatches` counts sessions where not). A request that reaches a server after
 * the first turn is already answered is rightly answered too, so `ok` may exceed `sessions` by a little.
 */
async function simultaneousTurns(learners: readonly Learner[], urls: readonly string[]) {
  const result = {
    sessions: 0,
    ok: 0,
    conflicts: 0,
    other: 0,
    sessionsWithOneOk: 0,
    transcriptMismatches: 0,
  };
  const [scenarioId, script] = Object.entries(SCRIPTS)[0] as [string, string[]];
  // One session at a time: the race is between one session's requests, not a queue of a hundred.
  for (let i = 0; i < Math.min(simultaneousSessions, learners.length); i++) {
    const learner = learners[i] as Learner;
    const home = urls[i % urls.length] as string;
    const created = await learner.send(home, 'POST', '/api/sessions', { scenarioId });
    if (created.status !== 201) throw new Error(`simultaneous: session start answered ${created.status}`);
    const path = `/api/sessions/${created.body.session.id}`;
    result.sessions += 1;
    const answers = await Promise.allSettled(
      Array.from({ length: SIMULTANEOUS_TURNS }, (_, k) =>
        learner.send(urls[k % urls.length] as string, 'POST', `${path}/turns`, { text: script[k] }),
      ),
    );
    let answered = 0;
    for (const settled of answers) {
      const answer = settled.status === 'fulfilled' ? settled.value : null;
      if (answer?.status === 200) answered += 1;
      else if (answer?.status === 409 && answer.body?.error?.code === 'turn_in_progress')
        result.conflicts += 1;
      else result.other += 1;
    }
    result.ok += answered;
    if (answered === 1) result.sessionsWithOneOk += 1;
    const stored = await learner.send(home, 'GET', path);
    const speakers: string[] =
      stored.body?.session?.turns?.map((turn: { speaker: string }) => turn.speaker) ?? [];
    const learnerTurns = speakers.filter((speaker) => speaker === 'learner').length;
    const backToBack = speakers.some((speaker, n) => speaker === 'learner' && speakers[n + 1] === 'learner');
    if (stored.status !== 200 || learnerTurns !== answered || backToBack) result.transcriptMismatches += 1;
  }
  return result;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

const servers: ServerProcess[] = [];
let cluster: PostgresDatabases | undefined;
let stopping: Promise<void> | undefined;

/** Stops the servers (waiting for each to exit, killing any that will not) and then the cluster; once. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all(
      servers.map(async (server) => {
        const { child } = server;
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        server.stop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await cluster?.stop();
  })();
  return stopping;
}

const abandon = (why: string, code: number) => {
  process.stderr.write(`bench:scale: ${why}; stopping\n`);
  void stopAll().finally(() => process.exit(code));
};
process.once('SIGINT', () => abandon('interrupted', 130));
process.once('SIGTERM', () => abandon('terminated', 143));
setTimeout(
  () => abandon(`still running after ${Math.round(RUN_BUDGET_MS / 1000)} s`, 1),
  RUN_BUDGET_MS,
).unref();

try {
  const gradeLog = new GradeLog();
  cluster = await startPostgres();
  const databaseUrl = await cluster.createDatabase();
  // Started one after another: the first applies the migrations, the rest find them done.
  for (let i = 0; i < instances; i++) {
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' };
    servers.push(await startServerProcess(env, { onLogEntry: (entry) => gradeLog.see(entry) }));
  }
  const urls = servers.map((server) => server.url);
  log(
    `${instances} instances on one Postgres database (${urls.join(', ')}); registering ${learnerCount} learners…`,
  );

  const tally = new Tally();
  const learners = await Promise.all(
    Array.from({ length: learnerCount }, async (_, i) => {
      const learner = new Learner();
      const url = urls[i % urls.length] as string;
      const res = await learner.send(url, 'POST', '/api/auth/register', {
        email: `scale-${i}@example.org`,
        password: 'correct horse battery',
        name: `Scale ${i}`,
      });
      if (res.status !== 201) throw new Error(`register answered ${res.status}: ${JSON.stringify(res.body)}`);
      return learner;
    }),
  );
  // Warm-up, not measured: one turn in each scenario on each instance, so first-use costs are paid.
  const warm = learners[0] as Learner;
  for (const url of urls) {
    for (const [scenarioId, script] of Object.entries(SCRIPTS)) {
      const id = (await warm.send(url, 'POST', '/api/sessions', { scenarioId })).body.session.id;
      await warm.send(url, 'POST', `/api/sessions/${id}/turns`, { text: script[0] });
    }
  }

  const started = performance.now();
  const endedByLearner = await Promise.all(learners.map((learner, i) => converse(learner, i, urls, tally)));
  const seconds = (performance.now() - started) / 1000;
  const ended = endedByLearner.flatMap((ids, i) =>
    ids.map((sessionId) => ({ learner: learners[i] as Learner, sessionId })),
  );
  log(`turn phase done in ${seconds.toFixed(1)} s; waiting for ${ended.length} reports…`);
  const reportsFrom = performance.now();
  const ready = await waitForReports(ended, urls, tally);
  const reportSeconds = (performance.now() - reportsFrom) / 1000;
  // A report is readable a moment before its worker writes the log line: wait (briefly) for the lines too.
  const logsUntil = Date.now() + 5_000;
  while (Date.now() < logsUntil && ![...ready].every((id) => gradeLog.graded.has(id))) await sleep(100);

  const simultaneous = simultaneousSessions > 0 ? await simultaneousTurns(learners, urls) : null;
  const turns = tally.latencies.length;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const serverSorted = [...tally.serverMs].sort((a, b) => a - b);
  const result = {
    instances,
    learners: learnerCount,
    turnsPerLearner,
    thinkMs,
    turns,
    turnsPerSecond: round(turns / seconds, 1),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    serverP50Ms: round(percentile(serverSorted, 50)),
    serverP99Ms: round(percentile(serverSorted, 99)),
    errors: tally.errors,
    errorKinds: Object.fromEntries(tally.errorKinds),
    sessions: ended.length,
    graded: ready.size,
    reportWaitSeconds: round(reportSeconds, 1),
    duplicateGrades: gradeLog.duplicates(),
    gradedLogLines: [...gradeLog.graded.values()].reduce((sum, count) => sum + count, 0),
    leaseLost: gradeLog.leaseLost,
    instanceShares: tally.turnsByInstance.map((count) => round(turns ? count / turns : 0, 3)),
    peakRssMb: servers.map((server) => server.peakRssMb()),
    simultaneous,
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    log(`${turns} turns by ${learnerCount} learners (think time ~${thinkMs} ms) in ${seconds.toFixed(1)} s`);
    log(
      `turns/s ${result.turnsPerSecond}  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  errors ${result.errors}`,
    );
    log(`inside the servers (Server-Timing): p50 ${result.serverP50Ms} ms  p99 ${result.serverP99Ms} ms`);
    for (const [kind, count] of tally.errorKinds) log(`  ${count} × ${kind}`);
    log(
      `share of turns by instance: ${result.instanceShares.map((s) => `${round(s * 100, 1)}%`).join(' / ')}`,
    );
    log(
      `${result.sessions} sessions ended, ${result.graded} graded within ${result.reportWaitSeconds} s; ` +
        `duplicate grades ${result.duplicateGrades} (log lines ${result.gradedLogLines}, leases lost ${result.leaseLost})`,
    );
    log(`server peak RSS: ${result.peakRssMb.map((mb) => `${mb} MB`).join(' / ')}`);
    if (simultaneous)
      log(
        `simultaneous turns: ${simultaneous.sessions} sessions × ${SIMULTANEOUS_TURNS} requests: ` +
          `${simultaneous.ok} answered, ${simultaneous.conflicts} turn_in_progress, ${simultaneous.other} other ` +
          `(${simultaneous.sessionsWithOneOk} sessions with exactly one answered); ` +
          `transcripts not as answered: ${simultaneous.transcriptMismatches}`,
      );
  }
} finally {
  await stopAll();
}
