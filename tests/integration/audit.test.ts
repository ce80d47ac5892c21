// The audit log over HTTP: every read of another person's data (a learner's session, report, progress or sessions,
// a cohort's summary) is recorded with who, what, whose and when; admins read the log, newest first, a page at a time.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CohortPeople, cohortPeople, gradedSession } from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let p: CohortPeople;
let sessionA: string;

beforeAll(async () => {
  server = await startServer();
  p = await cohortPeople(server.url);
  sessionA = await gradedSession(p.learnerA);
});
afterAll(async () => {
  await server.stop();
});

const newest = async (limit = 200) => (await p.admin.client.get(`/api/audit?limit=${limit}`)).body.events;

describe('recording reads', () => {
  it("records an instructor's reads of a learner's data, with who, what, whose and when", async () => {
    const started = new Date().toISOString();
    const base = `/api/cohorts/${p.cohortA.id}/learners/${p.learnerA.id}`;
    for (const path of [
      `/api/cohorts/${p.cohortA.id}`,
      `${base}/sessions`,
      `/api/sessions/${sessionA}`,
      `/api/sessions/${sessionA}/report`,
      `${base}/progress`,
    ]) {
      expect((await p.instructorA.client.get(path)).status, path).toBe(200);
    }
    const events = (await newest(5)).reverse();
    const actor = { id: p.instructorA.id, name: 'Ines Instructor' };
    const learner = { id: p.learnerA.id, name: 'Lena Learner' };
    expect(events).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(String),
        action: 'cohort_viewed',
        actor,
        subject: null,
        targetId: p.cohortA.id,
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        action: 'sessions_listed',
        actor,
        subject: learner,
        targetId: p.cohortA.id,
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        action: 'session_viewed',
        actor,
        subject: learner,
        targetId: sessionA,
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        action: 'report_viewed',
        actor,
        subject: learner,
        targetId: sessionA,
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        action: 'progress_viewed',
        actor,
        subject: learner,
        targetId: p.cohortA.id,
      },
    ]);
    for (const event of events) expect(event.at >= started).toBe(true);
  });

  it("records an admin's reads too", async () => {
    await p.admin.client.get(`/api/sessions/${sessionA}`);
    const [last] = await newest(1);
    expect(last).toMatchObject({
      action: 'session_viewed',
      actor: { id: p.admin.id },
      subject: { id: p.learnerA.id },
    });
  });

  it('records nothing for reading your own data, or for a read that was refused', async () => {
    const before = (await newest()).length;
    await p.learnerA.client.get(`/api/sessions/${sessionA}`);
    await p.learnerA.client.get(`/api/sessions/${sessionA}/report`);
    await p.learnerA.client.get(`/api/cohorts/${p.cohortA.id}/learners/${p.learnerA.id}/progress`);
    expect((await p.instructorB.client.get(`/api/sessions/${sessionA}`)).status).toBe(404);
    expect((await p.instructorB.client.get(`/api/cohorts/${p.cohortA.id}`)).status).toBe(404);
    expect((await p.learnerB.client.get(`/api/sessions/${sessionA}/report`)).status).toBe(404);
    expect((await newest()).length).toBe(before);
  });
});

describe('GET /api/audit', () => {
  it('pages newest first: `next` fetches the page after, null at the end', async () => {
    for (let i = 0; i < 3; i++) await p.instructorA.client.get(`/api/sessions/${sessionA}`);
    const all = await newest();
    const first = await p.admin.client.get('/api/audit?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.events).toEqual(all.slice(0, 2));
    expect(first.body.next).toBe(all[1].id);
    const second = await p.admin.client.get(`/api/audit?limit=2&before=${first.body.next}`);
    expect(second.body.events).toEqual(all.slice(2, 4));
    const rest = await p.admin.client.get(`/api/audit?before=${all.at(-1).id + 1}`);
    expect(rest.body).toEqual({ events: [all.at(-1)], next: null });
    const ids = all.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('refuses a limit or cursor that is not a positive whole number (422)', async () => {
    for (const query of ['limit=0', 'limit=abc', 'limit=1000', 'before=-3', 'before=x']) {
      const res = await p.admin.client.get(`/api/audit?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('is for admins only: 403 for instructors and learners, 401 signed out', async () => {
    expect((await p.instructorA.client.get('/api/audit')).status).toBe(403);
    expect((await p.learnerA.client.get('/api/audit')).status).toBe(403);
    expect((await p.anonymous.get('/api/audit')).status).toBe(401);
  });
});
