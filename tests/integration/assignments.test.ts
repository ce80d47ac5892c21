// Assignments over HTTP, for every role: set by a cohort's instructors and admins, listed to each learner of the
// cohort with where they stand on it, as their sessions go.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CohortPeople,
  cohortPeople,
  createCohort,
  gradedSession,
  join,
  signUp,
} from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let p: CohortPeople;

beforeAll(async () => {
  server = await startServer();
  p = await cohortPeople(server.url);
});
afterAll(async () => {
  await server.stop();
});

const assign = (client: CohortPeople['admin']['client'], cohortId: string, body: Record<string, unknown>) =>
  client.post(`/api/cohorts/${cohortId}/assignments`, body);

describe('POST /api/cohorts/:id/assignments', () => {
  it('sets a scenario for the cohort, by its instructor or an admin', async () => {
    const res = await assign(p.instructorA.client, p.cohortA.id, {
      scenarioId: 'agitated-young-person',
      difficulty: 3,
      dueAt: '2099-05-01T09:00:00+01:00',
    });
    expect(res.status).toBe(201);
    expect(res.body.assignment).toEqual({
      id: expect.any(String),
      cohortId: p.cohortA.id,
      scenarioId: 'agitated-young-person',
      difficulty: 3,
      dueAt: '2099-05-01T08:00:00.000Z',
      createdAt: expect.any(String),
    });
    const byAdmin = await assign(p.admin.client, p.cohortA.id, { scenarioId: 'breaking-news-cancer' });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.assignment).toMatchObject({ difficulty: null, dueAt: null });
  });

  it('is 404 for an instructor of another cohort and for learners, 401 signed out', async () => {
    const body = { scenarioId: 'breaking-news-cancer' };
    expect((await assign(p.instructorB.client, p.cohortA.id, body)).status).toBe(404);
    expect((await assign(p.learnerA.client, p.cohortA.id, body)).status).toBe(404);
    expect((await assign(p.outsider.client, p.cohortA.id, body)).status).toBe(404);
    expect((await assign(p.anonymous, p.cohortA.id, body)).status).toBe(401);
    expect((await assign(p.instructorA.client, 'no-such-cohort', body)).status).toBe(404);
  });

  it('refuses an unknown scenario (404), a level other than 1-3 or a date that is not one (422)', async () => {
    const unknown = await assign(p.instructorA.client, p.cohortA.id, { scenarioId: 'no-such-scenario' });
    expect(unknown.status).toBe(404);
    for (const body of [
      { scenarioId: 'breaking-news-cancer', difficulty: 4 },
      { scenarioId: 'breaking-news-cancer', dueAt: 'next Tuesday' },
      { scenarioId: 'breaking-news-cancer', extra: true },
      {},
    ]) {
      const res = await assign(p.instructorA.client, p.cohortA.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
  });
});

describe('GET /api/cohorts/:id/assignments', () => {
  it("lists the cohort's assignments to its instructors and admins only", async () => {
    const cohort = await createCohort(p.instructorB, 'Listing cohort');
    await assign(p.instructorB.client, cohort.id, { scenarioId: 'breaking-news-cancer' });
    const listed = await p.instructorB.client.get(`/api/cohorts/${cohort.id}/assignments`);
    expect(listed.status).toBe(200);
    expect(listed.body.assignments.map((a: { scenarioId: string }) => a.scenarioId)).toEqual([
      'breaking-news-cancer',
    ]);
    expect((await p.admin.client.get(`/api/cohorts/${cohort.id}/assignments`)).status).toBe(200);
    expect((await p.instructorA.client.get(`/api/cohorts/${cohort.id}/assignments`)).status).toBe(404);
    expect((await p.learnerB.client.get(`/api/cohorts/${cohort.id}/assignments`)).status).toBe(404);
    expect((await p.anonymous.get(`/api/cohorts/${cohort.id}/assignments`)).status).toBe(401);
  });
});

describe('GET /api/assignments', () => {
  it("follows a learner's sessions: not started, in progress, completed; overdue past the date", async () => {
    const instructor = p.instructorA;
    const cohort = await createCohort(instructor, 'Status cohort');
    const learner = await signUp(server.url, 'Stella Status');
    await join(learner, cohort.inviteCode);
    const news = (
      await assign(instructor.client, cohort.id, {
        scenarioId: 'breaking-news-cancer',
        dueAt: '2099-01-01T00:00:00Z',
      })
    ).body.assignment;
    const late = (
      await assign(instructor.client, cohort.id, {
        scenarioId: 'dementia-diagnosis',
        dueAt: '2020-01-01T00:00:00Z',
      })
    ).body.assignment;
    const statusOf = async () =>
      Object.fromEntries(
        (await learner.client.get('/api/assignments')).body.assignments.map(
          (a: { id: string; status: string }) => [a.id, a.status],
        ),
      );

    const listed = await learner.client.get('/api/assignments');
    expect(listed.status).toBe(200);
    expect(listed.body.assignments).toEqual([
      {
        ...news,
        cohortName: 'Status cohort',
        scenarioTitle: expect.any(String),
        status: 'not_started',
        sessions: 0,
      },
      expect.objectContaining({ id: late.id, status: 'overdue', sessions: 0 }),
    ]);

    const started = (await learner.client.post('/api/sessions', { scenarioId: 'breaking-news-cancer' })).body
      .session.id;
    expect(await statusOf()).toEqual({ [news.id]: 'in_progress', [late.id]: 'overdue' });
    await learner.client.post(`/api/sessions/${started}/end`, { optOut: true });
    expect(await statusOf()).toEqual({ [news.id]: 'in_progress', [late.id]: 'overdue' });

    await gradedSession(learner, 'breaking-news-cancer');
    await gradedSession(learner, 'dementia-diagnosis');
    expect(await statusOf()).toEqual({ [news.id]: 'completed', [late.id]: 'completed' });
    const sessions = (await learner.client.get('/api/assignments')).body.assignments.map(
      (a: { sessions: number }) => a.sessions,
    );
    expect(sessions).toEqual([2, 1]);
  });

  it('counts no session from before the assignment was set, nor one at another level than it names', async () => {
    const cohort = await createCohort(p.instructorA, 'Level cohort');
    const learner = await signUp(server.url, 'Lev Level');
    await join(learner, cohort.inviteCode);
    await gradedSession(learner, 'breaking-news-cancer');
    const levelled = (
      await assign(p.instructorA.client, cohort.id, { scenarioId: 'breaking-news-cancer', difficulty: 3 })
    ).body.assignment;
    await gradedSession(learner, 'breaking-news-cancer');
    const [row] = (await learner.client.get('/api/assignments')).body.assignments;
    expect(row).toMatchObject({ id: levelled.id, status: 'not_started', sessions: 0 });
  });

  it("shows a learner only their cohorts' assignments; none to an instructor; 401 signed out", async () => {
    await assign(p.instructorB.client, p.cohortB.id, { scenarioId: 'delirium-with-wife' });
    const learnerA = (await p.learnerA.client.get('/api/assignments')).body.assignments;
    expect(learnerA.length).toBeGreaterThan(0);
    expect(learnerA.every((a: { cohortId: string }) => a.cohortId === p.cohortA.id)).toBe(true);
    const learnerB = (await p.learnerB.client.get('/api/assignments')).body.assignments;
    expect(learnerB.map((a: { scenarioId: string }) => a.scenarioId)).toEqual(['delirium-with-wife']);
    expect((await p.outsider.client.get('/api/assignments')).body.assignments).toEqual([]);
    expect((await p.instructorA.client.get('/api/assignments')).body.assignments).toEqual([]);
    expect((await p.admin.client.get('/api/assignments')).body.assignments).toEqual([]);
    expect((await p.anonymous.get('/api/assignments')).status).toBe(401);
  });
});
