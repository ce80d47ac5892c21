// Two Bedside instances on one database behave as one: a session's turns may reach either, simultaneous turns on
// one session give exactly one answer and 409 for the rest (a hold in the database, not in one process), and each
// session is graded exactly once, a job whose worker died being taken over. Runs on SQLite (two connections to one
// file) and, in the suite's Postgres project, on Postgres.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger, LogLevel } from '../../server/ports.ts';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase, testDatabase } from '../support/test-database.ts';

/** Fifteen tokens a second: a reply takes about a second, so the turns sent at once all overlap it. */
const SLOW_REPLY = {
  reply: 'I am listening, go on, tell me what the scan showed please.',
  tokensPerSecond: 15,
};

function recordingLogger(
  entries: { level: LogLevel; message: string; fields: Record<string, unknown> }[],
): Logger {
  return { log: (level, message, fields = {}) => entries.push({ level, message, fields }) };
}

describe('two instances on one database, taking turns', () => {
  let fake: FakeOpenAI;
  let a: TestServer;
  let b: TestServer;
  let onA: ApiClient;
  let onB: ApiClient;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setDefault(SLOW_REPLY);
    const env = {
      OPENAI_API_KEY: 'test-key-not-secret',
      OPENAI_BASE_URL: fake.url,
      BEDSIDE_TRANSCRIBE_MODEL: 'off',
      BEDSIDE_SPEECH_MODEL: 'off',
    };
    a = await startServer({ env });
    b = await startServer({ ...sameDatabase(a), env });
    onA = new ApiClient(a.url);
    expect((await onA.register('both@example.org', 'Bo')).status).toBe(201);
    onB = onA.at(b.url);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await fake?.close();
  });

  it('signs in on one and is known on the other', async () => {
    expect((await onB.get('/api/me')).body.user.email).toBe('both@example.org');
  });

  it('answers exactly one of six turns sent at once to either instance, and 409 to the rest', async () => {
    const id = (await onA.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 })).body
      .session.id;
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? onA : onB).post(`/api/sessions/${id}/turns`, { text: `Hello, I am Dr Lee (${i}).` }),
      ),
    );
    const statuses = sent.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    for (const res of sent.filter((r) => r.status === 409))
      expect(res.body.error.code).toBe('turn_in_progress');
    const session = (await onB.get(`/api/sessions/${id}`)).body.session;
    expect(session.turns.filter((t: { speaker: string }) => t.speaker === 'learner')).toHaveLength(1);
  });

  it('carries a conversation across both: each turn follows the one the other instance stored', async () => {
    const id = (await onB.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 })).body
      .session.id;
    const lines = [
      'Hello, I am Dr Lee.',
      'What do you understand so far?',
      'I am afraid the scan shows cancer.',
    ];
    for (const [i, text] of lines.entries()) {
      const res = await (i % 2 === 0 ? onA : onB).post(`/api/sessions/${id}/turns`, { text });
      expect(res.status).toBe(200);
    }
    const turns = (await onA.get(`/api/sessions/${id}`)).body.session.turns as {
      index: number;
      speaker: string;
    }[];
    expect(turns.map((t) => t.index)).toEqual(turns.map((_, i) => i));
    expect(turns.filter((t) => t.speaker === 'learner')).toHaveLength(3);
  });
});

describe('two instances on one database, grading', () => {
  const logs: { level: LogLevel; message: string; fields: Record<string, unknown> }[] = [];
  let c: TestServer;
  let d: TestServer;
  let onC: ApiClient;
  let onD: ApiClient;

  beforeAll(async () => {
    c = await startServer({ logger: recordingLogger(logs) });
    d = await startServer({ ...sameDatabase(c), logger: recordingLogger(logs) });
    onC = new ApiClient(c.url);
    expect((await onC.register('graded@example.org', 'Gail')).status).toBe(201);
    onD = onC.at(d.url);
  });
  afterAll(async () => {
    await c?.stop();
    await d?.stop();
  });

  const gradedLines = (id: string) =>
    logs.filter((entry) => entry.message === 'session graded' && entry.fields.sessionId === id);

  async function spokenSession(client: ApiClient): Promise<string> {
    const id = (await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 }))
      .body.session.id;
    for (const text of ['Hello, I am Dr Lee.', 'What do you understand about why you are here?'])
      expect((await client.post(`/api/sessions/${id}/turns`, { text })).status).toBe(200);
    return id;
  }

  it('grades each session exactly once when both workers are after the same jobs', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await spokenSession(i % 2 === 0 ? onC : onD));
    // Ended together, half on each: both workers are woken and compete for the same queue.
    await Promise.all(ids.map((id, i) => (i % 2 === 0 ? onD : onC).post(`/api/sessions/${id}/end`)));
    for (const id of ids) await onC.waitForReport(id, 20_000);
    for (const id of ids) expect(gradedLines(id)).toHaveLength(1);
    const history = await testDatabase(c).rows<{ session_id: string; skill: string }>(
      'select session_id, skill from skill_rating_history where session_id is not null',
    );
    // The learner model moved once per session and skill, never twice.
    const keys = history.map((row) => `${row.session_id}/${row.skill}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(history.map((row) => row.session_id))).toEqual(new Set(ids));
  });

  it('takes over a job whose worker died (its lease ran out), without counting that as a failed attempt', async () => {
    const id = await spokenSession(onC);
    await onC.post(`/api/sessions/${id}/end`);
    await onC.waitForReport(id, 20_000);
    // As if a third instance had taken the job and died mid-way: running, leased to it, the lease long run out.
    const db = testDatabase(c);
    await db.run(
      "update grading_jobs set status = 'running', report = null, lease_owner = 'dead-instance', lease_until = ? where session_id = ?",
      '2000-01-01T00:00:00.000Z',
      id,
    );
    await db.run('delete from skill_rating_history where session_id = ?', id);
    // Any worker that looks for work (here: woken by another session ending) takes it over.
    const other = await spokenSession(onD);
    await onD.post(`/api/sessions/${other}/end`);
    await onD.waitForReport(other, 20_000);
    const report = await onC.waitForReport(id, 20_000);
    expect(report.rubrics.length).toBeGreaterThan(0);
    const [job] = await db.rows<{ status: string; attempts: number; lease_owner: string | null }>(
      'select status, attempts, lease_owner from grading_jobs where session_id = ?',
      id,
    );
    expect(job).toEqual({ status: 'done', attempts: 0, lease_owner: null });
    expect(gradedLines(id)).toHaveLength(2);
  });

  it('does not take a job whose lease is still running', async () => {
    const id = await spokenSession(onC);
    await onC.post(`/api/sessions/${id}/end`);
    await onC.waitForReport(id, 20_000);
    const db = testDatabase(c);
    await db.run(
      "update grading_jobs set status = 'running', report = null, lease_owner = 'busy-instance', lease_until = ? where session_id = ?",
      '2999-01-01T00:00:00.000Z',
      id,
    );
    const other = await spokenSession(onD);
    await onD.post(`/api/sessions/${other}/end`);
    await onD.waitForReport(other, 20_000);
    expect((await onC.get(`/api/sessions/${id}/report`)).status).toBe(202);
  });
});
