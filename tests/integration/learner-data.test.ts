// The learner's own data over real HTTP, for every role: everything about me as JSON (`GET /api/me/export`), and
// deleting my account (`DELETE /api/me`), after which I cannot sign in, my sessions are gone for my instructors too,
// and my cohort keeps only anonymised aggregates. The last admin cannot delete themselves.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type CohortPeople, cohortPeople, gradedSession, join, signUp } from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { testDatabase } from '../support/test-database.ts';

let server: TestServer;
let p: CohortPeople;
let sessionA: string;

const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  server = await startServer();
  p = await cohortPeople(server.url);
  sessionA = await gradedSession(p.learnerA);
  await p.instructorA.client.post(`/api/sessions/${sessionA}/comments`, {
    turnIndex: 0,
    text: 'Warm opening.',
  });
  const report = await p.learnerA.client.waitForReport(sessionA);
  const item = report.rubrics[0].items[0];
  await p.instructorA.client.request('PUT', `/api/sessions/${sessionA}/report/items/${item.id}/review`, {
    agree: true,
  });
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/me/export', () => {
  it('gives the learner everything about them: account (no password hash), sessions with turns, reports, comments, reviews, ratings, cohorts', async () => {
    const res = await p.learnerA.client.get('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const data = res.body;
    expect(data.account).toMatchObject({ id: p.learnerA.id, name: 'Lena Learner', role: 'learner' });
    expect(data.account.email).toMatch(/@example\.org$/);
    expect(JSON.stringify(data)).not.toMatch(/scrypt|passwordHash|password_hash/);
    expect(data.sessions).toHaveLength(1);
    const [session] = data.sessions;
    expect(session.id).toBe(sessionA);
    expect(session.turns.length).toBeGreaterThan(1);
    expect(session.report.rubrics.length).toBeGreaterThan(0);
    expect(session.comments).toEqual([
      expect.objectContaining({ text: 'Warm opening.', authorName: 'Ines Instructor' }),
    ]);
    expect(session.reviews).toEqual([
      expect.objectContaining({ agree: true, reviewerName: 'Ines Instructor' }),
    ]);
    expect(data.ratings.skills.length).toBeGreaterThan(0);
    expect(data.ratings.history.some((h: any) => h.sessionId === sessionA)).toBe(true);
    expect(data.cohorts).toEqual([
      expect.objectContaining({ id: p.cohortA.id, name: 'Foundation year, spring' }),
    ]);
    expect(data.cohorts[0].inviteCode).toBeUndefined();
  });

  it('gives every other role only their own data, and 401 signed out', async () => {
    for (const person of [p.instructorA, p.instructorB, p.admin, p.learnerB, p.outsider]) {
      const res = await person.client.get('/api/me/export');
      expect(res.status).toBe(200);
      expect(res.body.account.id).toBe(person.id);
      expect(res.body.sessions).toEqual([]);
    }
    expect((await p.anonymous.get('/api/me/export')).status).toBe(401);
  });
});

describe('DELETE /api/me', () => {
  it('refuses a wrong or missing password (401, 422) and the signed out (401), deleting nothing', async () => {
    const wrong = await p.learnerA.client.request('DELETE', '/api/me', {
      password: 'not my password at all',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect((await p.learnerA.client.request('DELETE', '/api/me', {})).status).toBe(422);
    expect((await p.anonymous.request('DELETE', '/api/me', { password: PASSWORD })).status).toBe(401);
    expect((await p.learnerA.client.get('/api/me')).status).toBe(200);
  });

  it('keeps the last admin (409 last_admin)', async () => {
    const res = await p.admin.client.request('DELETE', '/api/me', { password: PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_admin');
    expect((await p.admin.client.get('/api/me')).status).toBe(200);
  });

  it("deletes the learner's account and all that is theirs; their cohort keeps only anonymised aggregates", async () => {
    const before = (await p.instructorA.client.get(`/api/cohorts/${p.cohortA.id}/overview`)).body;
    const email = (await p.learnerA.client.get('/api/me')).body.user.email;

    const res = await p.learnerA.client.request('DELETE', '/api/me', { password: PASSWORD });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/bedside_session=;/);

    // Signed out, and cannot sign in again.
    expect((await p.learnerA.client.get('/api/me')).status).toBe(401);
    const again = new ApiClient(server.url);
    expect((await again.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
    // Their session is gone for everyone.
    for (const reader of [p.instructorA, p.admin]) {
      expect((await reader.client.get(`/api/sessions/${sessionA}`)).status).toBe(404);
    }
    // The cohort no longer names them; its item distributions still count their scores, nameless.
    const after = (await p.instructorA.client.get(`/api/cohorts/${p.cohortA.id}/overview`)).body;
    expect(after.learners).toBe(0);
    expect(after.learnerSummaries).toEqual([]);
    expect(after.items.map((i: any) => [i.itemId, i.sessions, i.bands])).toEqual(
      before.items.map((i: any) => [i.itemId, i.sessions, i.bands]),
    );
    expect(JSON.stringify(after)).not.toContain(p.learnerA.id);
    const csv = await fetch(`${server.url}/api/cohorts/${p.cohortA.id}/export.csv`, {
      headers: { cookie: p.instructorA.client.cookieHeader() },
    });
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(1);
    expect((await p.instructorA.client.get(`/api/cohorts/${p.cohortA.id}`)).body.learners).toEqual([]);

    // Nothing of theirs is left in the database but the audit record of the deletion.
    const db = testDatabase(server);
    for (const table of [
      'practice_sessions',
      'skill_ratings',
      'skill_rating_history',
      'cohort_members',
      'auth_sessions',
    ]) {
      const rows = await db.rows<{ n: number | string }>(
        `select count(*) as n from ${table} where user_id = ?`,
        p.learnerA.id,
      );
      expect(Number(rows[0]?.n), table).toBe(0);
    }
    for (const table of ['turns', 'grading_jobs', 'session_comments', 'item_reviews', 'report_item_scores']) {
      const rows = await db.rows<{ n: number | string }>(
        `select count(*) as n from ${table} where session_id = ?`,
        sessionA,
      );
      expect(Number(rows[0]?.n), table).toBe(0);
    }

    // The deletion is audited: who and when, and nothing of what the account held.
    const audit = (await p.admin.client.get('/api/audit')).body.events;
    const deleted = audit.find((e: any) => e.action === 'account_deleted');
    expect(deleted).toMatchObject({ actor: { id: p.learnerA.id, name: null }, targetId: p.learnerA.id });
    expect(typeof deleted.at).toBe('string');
  });

  it("lets an instructor and a second admin delete their own accounts; the instructor's comments stay, nameless", async () => {
    const learner = await signUp(server.url, 'Nia Learner');
    await join(learner, p.cohortB.inviteCode);
    const session = await gradedSession(learner);
    await p.instructorB.client.post(`/api/sessions/${session}/comments`, {
      turnIndex: 0,
      text: 'Keep going.',
    });
    expect((await p.instructorB.client.request('DELETE', '/api/me', { password: PASSWORD })).status).toBe(
      204,
    );
    const { body } = await learner.client.get(`/api/sessions/${session}`);
    expect(body.session.comments).toEqual([
      expect.objectContaining({ text: 'Keep going.', authorName: null }),
    ]);

    const second = await signUp(server.url, 'Sam Second Admin');
    expect(
      (await p.admin.client.request('PATCH', `/api/users/${second.id}/role`, { role: 'admin' })).status,
    ).toBe(200);
    expect((await second.client.request('DELETE', '/api/me', { password: PASSWORD })).status).toBe(204);
    expect((await p.admin.client.request('DELETE', '/api/me', { password: PASSWORD })).status).toBe(409);
  });

  it('lets a learner in no cohort delete their account', async () => {
    expect((await p.outsider.client.request('DELETE', '/api/me', { password: PASSWORD })).status).toBe(204);
    expect((await p.outsider.client.get('/api/me/export')).status).toBe(401);
  });
});
