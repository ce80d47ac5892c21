// xAPI statements reach the learning record store exactly once, whatever it does: two Bedside instances on one
// database (SQLite file, or Postgres in the suite's Postgres project) queue statements in the same write as each
// session start, end and report, and both send from the shared outbox to a fake store over real HTTP that answers
// 500, drops connections before and after keeping a statement, and answers too slowly. Every statement arrives, each
// once by id, none is made twice, and the actor is the account id, never the email.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type FakeLrs, startFakeLrs } from '../support/fake-lrs.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase, testDatabase } from '../support/test-database.ts';

const USERNAME = 'bedside-test';
const PASSWORD = 'not-a-real-secret';
const BASE = 'https://bedside.invalid/xapi/';
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

interface OutboxRow {
  id: string;
  status: string;
  statement: unknown;
}

let lrs: FakeLrs;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  // Slow answers come after the client's time limit; prompt ones well within it. The limit leaves a busy machine
  // (the browser suite beside this one on 2 cores) seconds to read a prompt answer, which it otherwise timed out on
  // and sent again.
  lrs = await startFakeLrs({
    username: USERNAME,
    password: PASSWORD,
    seed: 14,
    slowMs: 3300,
    answeredWithinMs: 200,
  });
  const env = {
    XAPI_ENDPOINT: `${lrs.url}/xapi/`,
    XAPI_USERNAME: USERNAME,
    XAPI_PASSWORD: PASSWORD,
    XAPI_TIMEOUT_MS: '3000',
    XAPI_RETRY_MIN_MS: '20',
    XAPI_RETRY_MAX_MS: '200',
  };
  a = await startServer({ env });
  b = await startServer({ ...sameDatabase(a), env });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await lrs?.close();
});

const outbox = async (): Promise<OutboxRow[]> =>
  (await testDatabase(a).rows<OutboxRow>('select id, status, statement from xapi_outbox')).map((row) => ({
    ...row,
    statement: typeof row.statement === 'string' ? JSON.parse(row.statement) : row.statement,
  }));

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a session on `client`'s instance, speaks once, and ends it (opting out when asked). */
async function practise(client: ApiClient, optOut = false): Promise<string> {
  const started = await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 2 });
  expect(started.status).toBe(201);
  const id = started.body.session.id as string;
  // Queued in the same write as the start: there the moment the answer is.
  const queued = (await outbox()).filter(
    (row) => (row.statement as any).context?.extensions?.[`${BASE}extensions/session`] === id,
  );
  expect(queued.map((row) => (row.statement as any).verb.id)).toEqual([VERB('initialized')]);
  await client.post(`/api/sessions/${id}/turns`, {
    text: 'Hello, I am the doctor looking after you today. How are you feeling?',
  });
  await client.post(`/api/sessions/${id}/end`, optOut ? { optOut: true } : {});
  return id;
}

describe('the xAPI outbox, sent by two instances to a store that fails sometimes', () => {
  it('delivers every statement exactly once, by id and by content', async () => {
    const learners: { onA: ApiClient; onB: ApiClient; id: string; email: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const onA = new ApiClient(a.url);
      const email = `xapi-learner-${i}@example.org`;
      const res = await onA.register(email, `Learner ${i}`);
      learners.push({ onA, onB: onA.at(b.url), id: res.body.user.id, email });
    }
    const graded: string[] = [];
    const left: string[] = [];
    await Promise.all(
      learners.map(async (learner) => {
        graded.push(await practise(learner.onA));
        graded.push(await practise(learner.onB));
        left.push(await practise(learner.onA, true));
      }),
    );
    const reports = new Map<string, any>();
    for (const learner of learners) {
      for (const id of graded) {
        const res = await learner.onA.get(`/api/sessions/${id}`);
        if (res.status === 200) reports.set(id, await learner.onB.waitForReport(id));
      }
    }
    expect(reports.size).toBe(graded.length);
    const scoredRubrics = (id: string) =>
      reports.get(id).rubrics.filter((r: any) => r.overall !== null).length;
    const expected = graded.reduce((n, id) => n + 2 + scoredRubrics(id), 0) + left.length * 2;

    await until(
      async () => {
        const rows = await outbox();
        return rows.length === expected && rows.every((row) => row.status === 'delivered');
      },
      'every statement delivered',
      40_000,
    );

    const rows = await outbox();
    // Every statement in the outbox reached the store, and the store holds nothing else.
    expect([...lrs.statements.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
    expect(lrs.badRequests).toEqual([]);
    // None was made twice: one statement per session and verb (per rubric for scores).
    const keys = [...lrs.statements.values()].map((s: any) =>
      [s.context.extensions[`${BASE}extensions/session`], s.verb.id, s.object.id].join(' '),
    );
    expect(new Set(keys).size).toBe(keys.length);
    // A statement whose delivery was answered in full was never sent again.
    expect(lrs.counts.needlessResends).toBe(0);
    // The store's failures were all met along the way.
    expect(lrs.counts.serverErrors).toBeGreaterThan(0);
    expect(lrs.counts.dropsBefore).toBeGreaterThan(0);
    expect(lrs.counts.dropsAfter).toBeGreaterThan(0);
    expect(lrs.counts.slow).toBeGreaterThan(0);
    expect(lrs.counts.duplicates).toBeGreaterThan(0);

    // What the statements say.
    const all = [...lrs.statements.values()] as any[];
    const text = JSON.stringify(all);
    for (const learner of learners) expect(text).not.toContain(learner.email);
    const userIds = new Set(learners.map((l) => l.id));
    for (const s of all) {
      expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(s.actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'https://bedside.invalid', name: expect.any(String) },
      });
      expect(userIds.has(s.actor.account.name)).toBe(true);
      expect(s.object.id.startsWith(BASE)).toBe(true);
      expect(s.context.registration).toBe(s.context.extensions[`${BASE}extensions/session`]);
    }
    const verbsOf = (id: string) =>
      all
        .filter((s) => s.context.extensions[`${BASE}extensions/session`] === id)
        .map((s) => s.verb.id.split('/').at(-1))
        .sort();
    for (const id of left) expect(verbsOf(id)).toEqual(['initialized', 'terminated']);
    for (const id of graded) {
      expect(verbsOf(id)).toEqual(['completed', 'initialized', ...Array(scoredRubrics(id)).fill('scored')]);
      const scored = all.filter(
        (s) => s.verb.id === VERB('scored') && s.context.extensions[`${BASE}extensions/session`] === id,
      );
      for (const s of scored) {
        const rubric = reports
          .get(id)
          .rubrics.find((r: any) => s.object.id === `${BASE}rubrics/${r.rubricId}`);
        expect(s.result.score.scaled).toBe(rubric.overall);
        expect(s.context.contextActivities.parent[0].id).toBe(`${BASE}scenarios/breaking-news-cancer`);
      }
    }
  }, 90_000);
});

describe('without XAPI_ENDPOINT', () => {
  it('queues no statements', async () => {
    const server = await startServer();
    try {
      const learner = new ApiClient(server.url);
      await learner.register('no-xapi@example.org', 'Nox');
      const id = (await learner.post('/api/sessions', { scenarioId: 'breaking-news-cancer' })).body.session
        .id;
      await learner.post(`/api/sessions/${id}/end`);
      const rows = await testDatabase(server).rows<{ n: number | string }>(
        'select count(*) as n from xapi_outbox',
      );
      expect(Number(rows[0]?.n)).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
