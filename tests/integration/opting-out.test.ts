// Leaving without penalty, as the pre-brief promises: a session the learner opts out of, or ends before saying a
// word, is stored as left, never graded, and moves nothing in their progress, ratings or the policy's history.
// A session with words is still graded as before.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase, testDatabase } from '../support/test-database.ts';

const SCENARIO = 'agitated-young-person';
const OTHER_SCENARIO = 'breaking-news-cancer';

let server: TestServer;
let client: ApiClient;

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
  await client.register('leaver@example.org', 'Lee');
});
afterAll(async () => {
  await server.stop();
});

/** Reads the server's database directly. */
function query<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return testDatabase(server).rows<T>(sql, ...params);
}

/**
 * Everything a session on SCENARIO could move in the learner model: the learner's ratings and their history (which
 * the policy reads as its history of graded sessions) and the difficulty of SCENARIO's variants. The recommendation
 * is left out, as it also follows other scenarios' difficulty, which the worker-flushing sessions move.
 */
async function learnerModel(c: ApiClient) {
  const { skills, selfRated } = (await c.get('/api/learners/me/progress')).body;
  const userId = (await c.get('/api/me')).body.user.id;
  return {
    skills,
    selfRated,
    history: await query('select * from skill_rating_history where user_id = ? order by id', userId),
    variants: await query(
      'select * from scenario_ratings where scenario_id = ? order by difficulty',
      SCENARIO,
    ),
  };
}

async function startSession(c: ApiClient, lines: readonly string[] = []): Promise<string> {
  const id = (await c.post('/api/sessions', { scenarioId: SCENARIO, difficulty: 2 })).body.session.id;
  for (const text of lines) expect((await c.post(`/api/sessions/${id}/turns`, { text })).status).toBe(200);
  return id;
}

/** Ends a session with words and waits for its report. */
async function gradedSession(c: ApiClient, scenarioId = SCENARIO): Promise<{ id: string; report: any }> {
  const id = (await c.post('/api/sessions', { scenarioId, difficulty: 2 })).body.session.id;
  for (const text of SCRIPTS[scenarioId]?.slice(0, 4) ?? [])
    await c.post(`/api/sessions/${id}/turns`, { text });
  const ended = await c.post(`/api/sessions/${id}/end`);
  expect(ended.body.session.left).toBeNull();
  return { id, report: await c.waitForReport(id) };
}

/**
 * Grades a session on another scenario by another learner. Jobs run one at a time, oldest first, so once its report
 * is there the worker has passed anything queued before it, without moving what `learnerModel` reads.
 */
const flushGrading = () => gradedSession(client, OTHER_SCENARIO);

async function storedSession(id: string) {
  return (
    await query<{ status: string; left_reason: string | null }>(
      'select status, left_reason from practice_sessions where id = ?',
      id,
    )
  )[0];
}

const jobsFor = (id: string) => query('select * from grading_jobs where session_id = ?', id);
const historyFor = (id: string) => query('select * from skill_rating_history where session_id = ?', id);

describe('opting out', () => {
  it('ends the session as opted out, even after words were said: no grading, no scores, nothing counted', async () => {
    const id = await startSession(client, ["Hello, I'm Sam, one of the nurses.", 'What has happened today?']);

    const res = await client.post(`/api/sessions/${id}/end`, { optOut: true });
    expect(res.status).toBe(200);
    expect(res.body.session).toMatchObject({ id, status: 'ended', left: 'opted_out' });
    expect(await storedSession(id)).toEqual({ status: 'ended', left_reason: 'opted_out' });

    const report = await client.get(`/api/sessions/${id}/report`);
    expect(report.status).toBe(200);
    expect(report.body).toEqual({ left: 'opted_out', message: expect.stringContaining('You opted out') });
    expect(report.body.message).toContain('not graded');
    expect(report.body).not.toHaveProperty('rubrics');

    // A session graded afterwards proves the worker has run since; the opted-out one never reached it.
    const graded = await flushGrading();
    expect(await jobsFor(id)).toEqual([]);
    expect(await historyFor(id)).toEqual([]);
    expect((await historyFor(graded.id)).length).toBeGreaterThan(0);

    const listed = (await client.get('/api/sessions')).body.sessions.find((s: any) => s.id === id);
    expect(listed).toMatchObject({ status: 'ended', left: 'opted_out' });
    expect((await client.get(`/api/sessions/${id}`)).body.session.left).toBe('opted_out');
  });

  it('leaves the learner model exactly as it was', async () => {
    const fresh = new ApiClient(server.url);
    await fresh.register('opt-out-only@example.org', 'Olu');
    await gradedSession(fresh);
    const before = await learnerModel(fresh);
    const spoke = await startSession(fresh, ['Hi, my name is Sam. Can you tell me what is going on?']);
    const silent = await startSession(fresh);
    expect((await fresh.post(`/api/sessions/${spoke}/end`, { optOut: true })).body.session.left).toBe(
      'opted_out',
    );
    expect((await fresh.post(`/api/sessions/${silent}/end`, { optOut: true })).body.session.left).toBe(
      'opted_out',
    );
    await flushGrading();
    expect(await learnerModel(fresh)).toEqual(before);
    expect(before.skills.some((s: any) => s.sessions === 1)).toBe(true);
    expect(before.history.length).toBeGreaterThan(0);
  });

  it('takes no turns afterwards, and cannot turn a graded session into a left one', async () => {
    const id = await startSession(client);
    await client.post(`/api/sessions/${id}/end`, { optOut: true });
    const refused = await client.post(`/api/sessions/${id}/turns`, { text: 'Are you still there?' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('session_ended');

    const { id: gradedId } = await gradedSession(client);
    const again = await client.post(`/api/sessions/${gradedId}/end`, { optOut: true });
    expect(again.status).toBe(200);
    expect(again.body.session.left).toBeNull();
    expect((await storedSession(gradedId))?.left_reason).toBeNull();
    expect((await client.get(`/api/sessions/${gradedId}/report`)).body.rubrics.length).toBeGreaterThan(0);
  });

  it('checks the body and who is asking', async () => {
    const id = await startSession(client);
    for (const body of [{ optOut: 'yes' }, { optOut: true, reason: 'bored' }, [true]]) {
      const res = await client.post(`/api/sessions/${id}/end`, body);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
    }
    const notJson = await client.post(`/api/sessions/${id}/end`, 'optOut=true', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(415);
    const broken = await client.post(`/api/sessions/${id}/end`, '{"optOut":', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);

    const other = new ApiClient(server.url);
    await other.register('not-yours@example.org', 'Nia');
    const foreign = await other.post(`/api/sessions/${id}/end`, { optOut: true });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
    expect(await storedSession(id)).toEqual({ status: 'active', left_reason: null });
    expect((await other.get(`/api/sessions/${id}/report`)).status).toBe(404);
  });
});

describe('ending before anything was said', () => {
  it('is stored as left with no words, ungraded, and counts nowhere', async () => {
    const fresh = new ApiClient(server.url);
    await fresh.register('silent@example.org', 'Sol');
    const before = await learnerModel(fresh);
    const id = await startSession(fresh);

    // A plain POST with no body at all, as older clients send it.
    const res = await fetch(`${server.url}/api/sessions/${id}/end`, {
      method: 'POST',
      headers: { cookie: fresh.cookieHeader(), accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).session).toMatchObject({ status: 'ended', left: 'no_words' });
    expect(await storedSession(id)).toEqual({ status: 'ended', left_reason: 'no_words' });
    const report = await fresh.get(`/api/sessions/${id}/report`);
    expect(report.body).toEqual({
      left: 'no_words',
      message: expect.stringContaining('ended before anything was said'),
    });

    await flushGrading();
    expect(await jobsFor(id)).toEqual([]);
    expect(await learnerModel(fresh)).toEqual(before);
    expect(before.skills.every((s: any) => s.sessions === 0 && s.history.length === 0)).toBe(true);
    expect((await fresh.get('/api/sessions')).body.sessions).toMatchObject([{ id, left: 'no_words' }]);
  });

  it('still grades a session with words, as before', async () => {
    const fresh = new ApiClient(server.url);
    await fresh.register('speaker@example.org', 'Spe');
    const before = await learnerModel(fresh);
    const { id, report } = await gradedSession(fresh);
    expect(report).toMatchObject({ version: 1, mode: 'offline' });
    expect(report.rubrics.some((r: any) => r.overall !== null)).toBe(true);
    expect(await storedSession(id)).toEqual({ status: 'ended', left_reason: null });
    expect(await jobsFor(id)).toMatchObject([{ status: 'done' }]);
    const after = await learnerModel(fresh);
    expect(after.skills).not.toEqual(before.skills);
    expect(after.variants).not.toEqual(before.variants);
    expect((await historyFor(id)).length).toBeGreaterThan(0);
  });

  it('drops a grading job queued for a wordless session before this rule, at the next start', async () => {
    const id = await startSession(client);
    await client.post(`/api/sessions/${id}/end`);
    await server.stop();
    // As a session ended with no words used to be: queued for grading, not marked left.
    const db = testDatabase(server);
    await db.run('update practice_sessions set left_reason = null where id = ?', id);
    await db.run(
      "insert into grading_jobs (session_id, status, created_at, updated_at) values (?, 'pending', ?, ?)",
      id,
      '2000-01-01T00:00:00.000Z',
      '2000-01-01T00:00:00.000Z',
    );

    server = await startServer(sameDatabase(server));
    client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'leaver@example.org', password: 'correct horse battery' });
    await flushGrading();
    expect(await jobsFor(id)).toEqual([]);
    expect(await historyFor(id)).toEqual([]);
    expect(await storedSession(id)).toEqual({ status: 'ended', left_reason: 'no_words' });
    expect((await client.get(`/api/sessions/${id}/report`)).body.left).toBe('no_words');
  });
});
