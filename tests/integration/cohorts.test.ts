// Cohorts over HTTP, for every role: creating one, listing the caller's, joining with the invite code, the cohort's
// summary for its instructors, and adding an instructor.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CohortPeople,
  cohortPeople,
  createCohort,
  gradedSession,
  join,
  setRole,
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

describe('POST /api/cohorts', () => {
  it('creates a cohort with an unguessable, URL-safe invite code for an instructor or an admin', async () => {
    const byInstructor = await p.instructorA.client.post('/api/cohorts', {
      name: '  Palliative care module ',
    });
    expect(byInstructor.status).toBe(201);
    const cohort = byInstructor.body.cohort;
    expect(cohort).toEqual({
      id: expect.any(String),
      name: 'Palliative care module',
      inviteCode: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/),
      createdAt: expect.any(String),
    });
    const byAdmin = await p.admin.client.post('/api/cohorts', { name: 'Admin cohort' });
    expect(byAdmin.status).toBe(201);
    const codes = new Set([cohort.inviteCode, byAdmin.body.cohort.inviteCode, p.cohortA.inviteCode]);
    expect(codes.size).toBe(3);
  });

  it('is refused to a learner (403), to the signed out (401), and without a name (422)', async () => {
    expect((await p.learnerA.client.post('/api/cohorts', { name: 'Mine' })).status).toBe(403);
    expect((await p.anonymous.post('/api/cohorts', { name: 'Mine' })).status).toBe(401);
    const blank = await p.instructorA.client.post('/api/cohorts', { name: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error.code).toBe('validation_failed');
  });
});

describe('GET /api/cohorts', () => {
  const ids = (res: { body: { cohorts: { id: string }[] } }) => res.body.cohorts.map((c) => c.id);

  it("lists an instructor's own, with their codes", async () => {
    const res = await p.instructorB.client.get('/api/cohorts');
    expect(res.status).toBe(200);
    expect(res.body.cohorts).toEqual([
      {
        id: p.cohortB.id,
        name: 'Nursing, autumn',
        inviteCode: p.cohortB.inviteCode,
        createdAt: expect.any(String),
      },
    ]);
    expect(ids(await p.instructorA.client.get('/api/cohorts'))).toContain(p.cohortA.id);
    expect(ids(await p.instructorA.client.get('/api/cohorts'))).not.toContain(p.cohortB.id);
  });

  it("lists a learner's joined cohorts without the invite code, and none for a learner in none", async () => {
    const res = await p.learnerA.client.get('/api/cohorts');
    expect(res.body.cohorts).toEqual([
      { id: p.cohortA.id, name: 'Foundation year, spring', createdAt: expect.any(String) },
    ]);
    expect((await p.outsider.client.get('/api/cohorts')).body.cohorts).toEqual([]);
  });

  it('lists every cohort, with codes, for an admin; none for the signed out (401)', async () => {
    const res = await p.admin.client.get('/api/cohorts');
    expect(ids(res)).toEqual(expect.arrayContaining([p.cohortA.id, p.cohortB.id]));
    expect(res.body.cohorts.every((c: { inviteCode?: string }) => typeof c.inviteCode === 'string')).toBe(
      true,
    );
    expect((await p.anonymous.get('/api/cohorts')).status).toBe(401);
  });
});

describe('POST /api/cohorts/join', () => {
  it('joins a learner to the cohort of the code; joining twice is harmless', async () => {
    const learner = await signUp(server.url, 'Jo Joiner');
    const first = await learner.client.post('/api/cohorts/join', { inviteCode: p.cohortB.inviteCode });
    expect(first.status).toBe(200);
    expect(first.body.cohort).toEqual({
      id: p.cohortB.id,
      name: 'Nursing, autumn',
      createdAt: expect.any(String),
    });
    expect(
      (await learner.client.post('/api/cohorts/join', { inviteCode: p.cohortB.inviteCode })).status,
    ).toBe(200);
    const detail = await p.instructorB.client.get(`/api/cohorts/${p.cohortB.id}`);
    expect(detail.body.learners.filter((l: { id: string }) => l.id === learner.id)).toHaveLength(1);
  });

  it('answers 404 for a code that belongs to no cohort', async () => {
    const res = await p.outsider.client.post('/api/cohorts/join', { inviteCode: 'not-a-real-code-at-all' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await p.outsider.client.get('/api/cohorts')).body.cohorts).toEqual([]);
  });

  it('is for learners: instructors and admins 403, the signed out 401', async () => {
    const body = { inviteCode: p.cohortA.inviteCode };
    expect((await p.instructorB.client.post('/api/cohorts/join', body)).status).toBe(403);
    expect((await p.admin.client.post('/api/cohorts/join', body)).status).toBe(403);
    expect((await p.anonymous.post('/api/cohorts/join', body)).status).toBe(401);
  });
});

describe('GET /api/cohorts/:id', () => {
  it("gives its instructor the cohort and each learner's sessions, last activity and skills", async () => {
    const learner = await signUp(server.url, 'Sami Summary');
    const cohort = await createCohort(p.instructorA, 'Summary cohort');
    await join(learner, cohort.inviteCode);
    const before = await p.instructorA.client.get(`/api/cohorts/${cohort.id}`);
    expect(before.status).toBe(200);
    expect(before.body.cohort).toMatchObject({
      id: cohort.id,
      name: 'Summary cohort',
      inviteCode: cohort.inviteCode,
      instructors: [{ id: p.instructorA.id, name: 'Ines Instructor' }],
    });
    expect(before.body.learners).toEqual([
      { id: learner.id, name: 'Sami Summary', sessions: 0, lastActiveAt: null, skills: expect.any(Array) },
    ]);
    expect(before.body.learners[0].skills.map((s: { skill: string }) => s.skill)).toEqual([
      'delivering-bad-news',
      'responding-to-emotion',
      'de-escalation',
      'listening',
      'sharing-information',
    ]);
    expect(before.body.learners[0].skills.every((s: { rated: boolean }) => !s.rated)).toBe(true);

    await gradedSession(learner);
    const after = (await p.instructorA.client.get(`/api/cohorts/${cohort.id}`)).body.learners[0];
    expect(after.sessions).toBe(1);
    expect(after.lastActiveAt).toEqual(expect.any(String));
    expect(after.skills.some((s: { rated: boolean }) => s.rated)).toBe(true);
  });

  it('is 404 for an instructor of another cohort, for its own learners and for unknown ids; 401 signed out', async () => {
    expect((await p.instructorB.client.get(`/api/cohorts/${p.cohortA.id}`)).status).toBe(404);
    expect((await p.learnerA.client.get(`/api/cohorts/${p.cohortA.id}`)).status).toBe(404);
    expect((await p.outsider.client.get(`/api/cohorts/${p.cohortA.id}`)).status).toBe(404);
    expect((await p.instructorA.client.get('/api/cohorts/no-such-cohort')).status).toBe(404);
    expect((await p.anonymous.get(`/api/cohorts/${p.cohortA.id}`)).status).toBe(401);
  });

  it('is open to an admin', async () => {
    const res = await p.admin.client.get(`/api/cohorts/${p.cohortA.id}`);
    expect(res.status).toBe(200);
    expect(res.body.learners.map((l: { id: string }) => l.id)).toContain(p.learnerA.id);
  });
});

describe('POST /api/cohorts/:id/instructors', () => {
  it('lets an instructor of the cohort add another instructor, who then reads it; adding again is harmless', async () => {
    const cohort = await createCohort(p.instructorA, 'Shared teaching');
    const colleague = await signUp(server.url, 'Cleo Colleague');
    await setRole(p.admin, colleague, 'instructor');
    expect((await colleague.client.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);
    const added = await p.instructorA.client.post(`/api/cohorts/${cohort.id}/instructors`, {
      userId: colleague.id,
    });
    expect(added.status).toBe(201);
    expect(added.body.instructors.map((i: { id: string }) => i.id)).toEqual([p.instructorA.id, colleague.id]);
    expect((await colleague.client.get(`/api/cohorts/${cohort.id}`)).status).toBe(200);
    expect(
      (await colleague.client.get('/api/cohorts')).body.cohorts.map((c: { id: string }) => c.id),
    ).toEqual([cohort.id]);
    const again = await p.instructorA.client.post(`/api/cohorts/${cohort.id}/instructors`, {
      userId: colleague.id,
    });
    expect(again.status).toBe(200);
    expect(again.body.instructors).toHaveLength(2);
  });

  it('lets an admin add one; refuses a learner as instructor (409) and an unknown user (404)', async () => {
    const cohort = await createCohort(p.instructorA, 'Admin-staffed');
    const res = await p.admin.client.post(`/api/cohorts/${cohort.id}/instructors`, {
      userId: p.instructorB.id,
    });
    expect(res.status).toBe(201);
    const learner = await p.admin.client.post(`/api/cohorts/${cohort.id}/instructors`, {
      userId: p.learnerA.id,
    });
    expect(learner.status).toBe(409);
    expect(learner.body.error.code).toBe('not_instructor');
    const nobody = await p.admin.client.post(`/api/cohorts/${cohort.id}/instructors`, { userId: 'nobody' });
    expect(nobody.status).toBe(404);
  });

  it('is 404 for an instructor of another cohort and for a learner; 401 signed out', async () => {
    const body = { userId: p.instructorB.id };
    expect((await p.instructorB.client.post(`/api/cohorts/${p.cohortA.id}/instructors`, body)).status).toBe(
      404,
    );
    expect((await p.learnerA.client.post(`/api/cohorts/${p.cohortA.id}/instructors`, body)).status).toBe(404);
    expect((await p.anonymous.post(`/api/cohorts/${p.cohortA.id}/instructors`, body)).status).toBe(401);
    const detail = await p.instructorA.client.get(`/api/cohorts/${p.cohortA.id}`);
    expect(detail.body.cohort.instructors).toHaveLength(1);
  });
});
