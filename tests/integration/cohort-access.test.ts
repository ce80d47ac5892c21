// Who reads a learner's sessions, reports and progress, for every role: the learner, an instructor of their cohort,
// an instructor of another cohort, an admin, another learner, and the signed out. Anyone not allowed is told the
// thing does not exist (404), never that it is forbidden. Writes to a session stay the learner's own.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
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
/** Graded sessions: one of learner A (in cohort A), one of learner B (cohort B), one of a learner in no cohort. */
let sessionA: string;
let sessionB: string;
let outsiderSession: string;

beforeAll(async () => {
  server = await startServer();
  p = await cohortPeople(server.url);
  [sessionA, sessionB, outsiderSession] = await Promise.all([
    gradedSession(p.learnerA),
    gradedSession(p.learnerB),
    gradedSession(p.outsider),
  ]);
});
afterAll(async () => {
  await server.stop();
});

const status = async (client: ApiClient, path: string) => (await client.get(path)).status;

describe('GET /api/sessions/:id and /report', () => {
  for (const [what, suffix] of [
    ['session', ''],
    ['report', '/report'],
  ] as const) {
    it(`lets a learner read only their own ${what}`, async () => {
      expect(await status(p.learnerA.client, `/api/sessions/${sessionA}${suffix}`)).toBe(200);
      expect(await status(p.learnerA.client, `/api/sessions/${sessionB}${suffix}`)).toBe(404);
      expect(await status(p.learnerB.client, `/api/sessions/${sessionA}${suffix}`)).toBe(404);
      expect(await status(p.outsider.client, `/api/sessions/${sessionA}${suffix}`)).toBe(404);
    });

    it(`lets an instructor read the ${what} of a learner in their cohort, and no one else's (404)`, async () => {
      expect(await status(p.instructorA.client, `/api/sessions/${sessionA}${suffix}`)).toBe(200);
      expect(await status(p.instructorA.client, `/api/sessions/${sessionB}${suffix}`)).toBe(404);
      expect(await status(p.instructorA.client, `/api/sessions/${outsiderSession}${suffix}`)).toBe(404);
      expect(await status(p.instructorB.client, `/api/sessions/${sessionA}${suffix}`)).toBe(404);
      expect(await status(p.instructorB.client, `/api/sessions/${sessionB}${suffix}`)).toBe(200);
    });

    it(`lets an admin read any ${what}; the signed out get 401, unknown ids 404`, async () => {
      for (const id of [sessionA, sessionB, outsiderSession]) {
        expect(await status(p.admin.client, `/api/sessions/${id}${suffix}`)).toBe(200);
      }
      expect(await status(p.anonymous, `/api/sessions/${sessionA}${suffix}`)).toBe(401);
      expect(await status(p.instructorA.client, `/api/sessions/no-such-session${suffix}`)).toBe(404);
    });
  }

  it('shows the instructor what the learner sees', async () => {
    const own = await p.learnerA.client.get(`/api/sessions/${sessionA}`);
    const instructor = await p.instructorA.client.get(`/api/sessions/${sessionA}`);
    expect(instructor.body).toEqual(own.body);
    const ownReport = await p.learnerA.client.get(`/api/sessions/${sessionA}/report`);
    expect((await p.instructorA.client.get(`/api/sessions/${sessionA}/report`)).body).toEqual(ownReport.body);
  });

  it('keeps the same 404 for a session the caller may not read as for one that does not exist', async () => {
    const hidden = await p.instructorB.client.get(`/api/sessions/${sessionA}`);
    const missing = await p.instructorB.client.get('/api/sessions/no-such-session');
    expect(hidden.body).toEqual(missing.body);
  });
});

describe('GET /api/cohorts/:id/learners/:userId/progress and /sessions', () => {
  for (const what of ['progress', 'sessions']) {
    const path = (cohortId: string, userId: string) => `/api/cohorts/${cohortId}/learners/${userId}/${what}`;

    it(`gives the ${what} of a learner in the cohort to its instructor, an admin and the learner`, async () => {
      expect(await status(p.instructorA.client, path(p.cohortA.id, p.learnerA.id))).toBe(200);
      expect(await status(p.admin.client, path(p.cohortA.id, p.learnerA.id))).toBe(200);
      expect(await status(p.learnerA.client, path(p.cohortA.id, p.learnerA.id))).toBe(200);
    });

    it(`is 404 for the ${what} of anyone outside the caller's reach, 401 signed out`, async () => {
      // An instructor of another cohort; another learner of another cohort.
      expect(await status(p.instructorB.client, path(p.cohortA.id, p.learnerA.id))).toBe(404);
      expect(await status(p.learnerB.client, path(p.cohortA.id, p.learnerA.id))).toBe(404);
      // A learner outside the cohort, through it, even for its instructor or an admin.
      expect(await status(p.instructorA.client, path(p.cohortA.id, p.outsider.id))).toBe(404);
      expect(await status(p.instructorA.client, path(p.cohortA.id, p.learnerB.id))).toBe(404);
      expect(await status(p.admin.client, path(p.cohortA.id, p.learnerB.id))).toBe(404);
      // Through a cohort the instructor does not run.
      expect(await status(p.instructorA.client, path(p.cohortB.id, p.learnerB.id))).toBe(404);
      expect(await status(p.instructorA.client, path('no-such-cohort', p.learnerA.id))).toBe(404);
      expect(await status(p.anonymous, path(p.cohortA.id, p.learnerA.id))).toBe(401);
    });
  }

  it("answers the learner's own progress and sessions, as they see them", async () => {
    const base = `/api/cohorts/${p.cohortA.id}/learners/${p.learnerA.id}`;
    const progress = await p.instructorA.client.get(`${base}/progress`);
    expect(progress.body).toEqual((await p.learnerA.client.get('/api/learners/me/progress')).body);
    expect(progress.body.skills.some((s: { rated: boolean }) => s.rated)).toBe(true);
    const sessions = await p.instructorA.client.get(`${base}/sessions`);
    expect(sessions.body.sessions.map((s: { id: string }) => s.id)).toEqual([sessionA]);
  });
});

describe('writes to a session', () => {
  it("stay the learner's own: an instructor or admin cannot take a turn in it or end it (404)", async () => {
    const active = (await p.learnerA.client.post('/api/sessions', { scenarioId: 'breaking-news-cancer' }))
      .body.session.id;
    for (const reader of [p.instructorA.client, p.admin.client]) {
      expect((await reader.post(`/api/sessions/${active}/turns`, { text: 'Hello there.' })).status).toBe(404);
      expect((await reader.post(`/api/sessions/${active}/end`)).status).toBe(404);
    }
    const session = (await p.learnerA.client.get(`/api/sessions/${active}`)).body.session;
    expect(session).toMatchObject({ status: 'active', turns: [] });
  });

  it("lists only the caller's own sessions at GET /api/sessions, whoever they instruct", async () => {
    const listed = (await p.instructorA.client.get('/api/sessions')).body.sessions;
    expect(listed).toEqual([]);
  });
});

describe('an instructor who loses the role', () => {
  it('loses the reading of their cohort at once', async () => {
    const instructor = await signUp(server.url, 'Tess Temporary');
    await setRole(p.admin, instructor, 'instructor');
    const cohort = await createCohort(instructor, 'Short-lived');
    const learner = await signUp(server.url, 'Noor Learner');
    await join(learner, cohort.inviteCode);
    const id = await gradedSession(learner);
    expect(await status(instructor.client, `/api/sessions/${id}`)).toBe(200);
    await setRole(p.admin, instructor, 'learner');
    expect(await status(instructor.client, `/api/sessions/${id}`)).toBe(404);
    expect(await status(instructor.client, `/api/cohorts/${cohort.id}`)).toBe(404);
    expect(await status(instructor.client, `/api/cohorts/${cohort.id}/learners/${learner.id}/progress`)).toBe(
      404,
    );
  });
});
