// Instructing a cohort over real HTTP, for every role (the learner, an instructor of their cohort, an instructor of
// another, an admin, another learner, the signed out): comments on a learner's turns, reviews of the grader's item
// scores and the grader's agreement, a cohort's overview and its CSV export, and the audit of each.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import {
  type CohortPeople,
  cohortPeople,
  gradedSession,
  join,
  type Person,
  signUp,
} from '../support/cohort-people.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let p: CohortPeople;
/** Graded sessions of learner A (cohort A) and learner B (cohort B). */
let sessionA: string;
let sessionB: string;
/** A learner of cohort A whose name needs quoting in CSV. */
let quoted: Person;
let reportA: any;
/** An item of session A's report, and the one after it. */
let item: { rubricId: string; id: string; scale: string; score: number | null };

beforeAll(async () => {
  server = await startServer();
  p = await cohortPeople(server.url);
  quoted = await signUp(server.url, 'Doe, Jane "JJ"');
  await join(quoted, p.cohortA.inviteCode);
  [sessionA, sessionB] = await Promise.all([gradedSession(p.learnerA), gradedSession(p.learnerB)]);
  await gradedSession(quoted, 'agitated-young-person');
  reportA = await p.learnerA.client.waitForReport(sessionA);
  const rubric = reportA.rubrics[0];
  item = { rubricId: rubric.rubricId, ...rubric.items[0] };
});
afterAll(async () => {
  await server.stop();
});

const statusOf = async (client: ApiClient, method: string, path: string, body?: unknown) =>
  (await client.request(method, path, body)).status;

describe('POST /api/sessions/:id/comments', () => {
  const comment = (turnIndex: number, text: string) => ({ turnIndex, text });

  it("lets the learner's instructor and an admin comment on a turn (201), shown with the session to the learner", async () => {
    const byInstructor = await p.instructorA.client.post(
      `/api/sessions/${sessionA}/comments`,
      comment(0, 'Good open start.'),
    );
    expect(byInstructor.status).toBe(201);
    expect(byInstructor.body.comment).toMatchObject({
      turnIndex: 0,
      text: 'Good open start.',
      authorName: 'Ines Instructor',
    });
    expect(
      (await p.admin.client.post(`/api/sessions/${sessionA}/comments`, comment(1, 'Pause here.'))).status,
    ).toBe(201);

    for (const reader of [p.learnerA, p.instructorA, p.admin]) {
      const { body } = await reader.client.get(`/api/sessions/${sessionA}`);
      expect(body.session.comments.map((c: any) => [c.authorName, c.turnIndex, c.text])).toEqual([
        ['Ines Instructor', 0, 'Good open start.'],
        ['Ada Admin', 1, 'Pause here.'],
      ]);
      expect(body.session.comments[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect((await p.learnerB.client.get(`/api/sessions/${sessionB}`)).body.session.comments).toEqual([]);
  });

  it('is 404 for an instructor of another cohort and other learners, 403 for the learner, 401 signed out', async () => {
    const path = `/api/sessions/${sessionA}/comments`;
    expect(await statusOf(p.instructorB.client, 'POST', path, comment(0, 'x'))).toBe(404);
    expect(await statusOf(p.learnerB.client, 'POST', path, comment(0, 'x'))).toBe(404);
    expect(await statusOf(p.outsider.client, 'POST', path, comment(0, 'x'))).toBe(404);
    expect(await statusOf(p.learnerA.client, 'POST', path, comment(0, 'x'))).toBe(403);
    expect(await statusOf(p.anonymous, 'POST', path, comment(0, 'x'))).toBe(401);
    expect(
      await statusOf(p.instructorA.client, 'POST', '/api/sessions/no-such/comments', comment(0, 'x')),
    ).toBe(404);
  });

  it('refuses a turn the session lacks, empty text and unknown fields (422)', async () => {
    const path = `/api/sessions/${sessionA}/comments`;
    expect(await statusOf(p.instructorA.client, 'POST', path, comment(999, 'x'))).toBe(422);
    expect(await statusOf(p.instructorA.client, 'POST', path, comment(0, '   '))).toBe(422);
    expect(await statusOf(p.instructorA.client, 'POST', path, { ...comment(0, 'x'), extra: 1 })).toBe(422);
  });
});

describe('PUT /api/sessions/:id/report/items/:itemId/review', () => {
  const path = () => `/api/sessions/${sessionA}/report/items/${item.id}/review`;

  it("stores the instructor's review (one per reviewer, replaced when sent again) beside the automatic score", async () => {
    const first = await p.instructorA.client.request('PUT', path(), {
      agree: false,
      score: 0,
      note: 'Missed the cue.',
    });
    expect(first.status).toBe(200);
    expect(first.body.review).toMatchObject({
      rubricId: item.rubricId,
      itemId: item.id,
      agree: false,
      score: 0,
      note: 'Missed the cue.',
      automaticScore: item.score,
      reviewerName: 'Ines Instructor',
    });
    const again = await p.instructorA.client.request('PUT', path(), { agree: true });
    expect(again.status).toBe(200);
    expect(again.body.review).toMatchObject({ agree: true, score: null, note: null });
    expect((await p.admin.client.request('PUT', path(), { agree: false, score: 1 })).status).toBe(200);

    const report = await p.learnerA.client.waitForReport(sessionA);
    const shown = report.rubrics
      .find((r: any) => r.rubricId === item.rubricId)
      .items.find((i: any) => i.id === item.id);
    expect(shown.score).toBe(item.score);
    expect(shown.reviews.map((r: any) => [r.reviewerName, r.agree, r.score])).toEqual([
      ['Ines Instructor', true, null],
      ['Ada Admin', false, 1],
    ]);
    // Every other item carries its (empty) list too.
    expect(report.rubrics.flatMap((r: any) => r.items).every((i: any) => Array.isArray(i.reviews))).toBe(
      true,
    );
    expect(
      (await p.instructorA.client.get(`/api/sessions/${sessionA}/report`)).body.rubrics[0].items[0].reviews,
    ).toHaveLength(2);
  });

  it("refuses a score off the item's scale (422) and an item the report lacks (404)", async () => {
    expect(await statusOf(p.instructorA.client, 'PUT', path(), { agree: false, score: 0.3 })).toBe(422);
    expect(await statusOf(p.instructorA.client, 'PUT', path(), { agree: false, score: 2 })).toBe(422);
    expect(await statusOf(p.instructorA.client, 'PUT', path(), { score: 1 })).toBe(422);
    expect(
      await statusOf(
        p.instructorA.client,
        'PUT',
        `/api/sessions/${sessionA}/report/items/no-such-item/review`,
        {
          agree: true,
        },
      ),
    ).toBe(404);
  });

  it('is 404 for an instructor of another cohort and other learners, 403 for the learner, 401 signed out', async () => {
    expect(await statusOf(p.instructorB.client, 'PUT', path(), { agree: true })).toBe(404);
    expect(await statusOf(p.learnerB.client, 'PUT', path(), { agree: true })).toBe(404);
    expect(await statusOf(p.outsider.client, 'PUT', path(), { agree: true })).toBe(404);
    expect(await statusOf(p.learnerA.client, 'PUT', path(), { agree: true })).toBe(403);
    expect(await statusOf(p.anonymous, 'PUT', path(), { agree: true })).toBe(401);
  });

  it('answers 409 while the session is active', async () => {
    const id = (
      await p.learnerA.client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 })
    ).body.session.id;
    expect(
      await statusOf(p.instructorA.client, 'PUT', `/api/sessions/${id}/report/items/${item.id}/review`, {
        agree: true,
      }),
    ).toBe(409);
    await p.learnerA.client.post(`/api/sessions/${id}/end`, { optOut: true });
  });
});

describe('GET /api/grader/agreement', () => {
  it('gives instructors and admins, per rubric item, how many were reviewed and the share agreed', async () => {
    for (const reader of [p.instructorA, p.instructorB, p.admin]) {
      const res = await reader.client.get('/api/grader/agreement');
      expect(res.status).toBe(200);
      const row = res.body.items.find((i: any) => i.rubricId === item.rubricId && i.itemId === item.id);
      expect(row).toMatchObject({ reviewed: 2, agreedShare: 0.5 });
      expect(typeof row.title).toBe('string');
      expect(res.body.reviewed).toBeGreaterThanOrEqual(2);
    }
  });

  it('is 403 for learners and 401 signed out', async () => {
    expect(await statusOf(p.learnerA.client, 'GET', '/api/grader/agreement')).toBe(403);
    expect(await statusOf(p.anonymous, 'GET', '/api/grader/agreement')).toBe(401);
  });
});

describe('GET /api/cohorts/:id/overview', () => {
  it("gives the cohort's instructors and admins completion, item distributions, the hardest items, skills over time and each learner", async () => {
    const assigned = await p.instructorA.client.post(`/api/cohorts/${p.cohortA.id}/assignments`, {
      scenarioId: 'breaking-news-cancer',
    });
    expect(assigned.status).toBe(201);
    const after = await gradedSession(p.learnerA);
    for (const reader of [p.instructorA, p.admin]) {
      const res = await reader.client.get(`/api/cohorts/${p.cohortA.id}/overview`);
      expect(res.status).toBe(200);
      const o = res.body;
      expect(o.cohort).toEqual({ id: p.cohortA.id, name: 'Foundation year, spring' });
      expect(o.learners).toBe(2);
      expect(o.completion.assignments).toEqual([
        expect.objectContaining({
          scenarioId: 'breaking-news-cancer',
          completed: 1,
          notStarted: 1,
          share: 0.5,
        }),
      ]);
      expect(o.completion.overall).toBe(0.5);
      expect(o.items.length).toBeGreaterThan(0);
      for (const it of o.items) {
        expect(it.bands.reduce((a: number, b: number) => a + b, 0)).toBe(it.sessions);
        expect(it.mean).toBeGreaterThanOrEqual(0);
      }
      // Each item carries its rubric's title, as the rubric files spell it, to head the rubric's chart.
      const spikes = o.items.find((it: any) => it.rubricId === 'spikes');
      expect(spikes).toMatchObject({ rubricTitle: 'Breaking bad news (SPIKES)', title: expect.any(String) });
      expect(o.hardest.every((h: any) => typeof h.rubricTitle === 'string')).toBe(true);
      expect(o.hardest.length).toBeGreaterThan(0);
      expect(o.hardest.length).toBeLessThanOrEqual(5);
      const means = o.hardest.map((h: any) => h.mean);
      expect(means).toEqual([...means].sort((a, b) => a - b));
      expect(o.skillsOverTime.length).toBeGreaterThan(0);
      expect(o.skillsOverTime[0].week).toMatch(/^\d{4}-\d\d-\d\d$/);
      const lena = o.learnerSummaries.find((l: any) => l.id === p.learnerA.id);
      expect(lena).toMatchObject({ name: 'Lena Learner', completed: 2, started: 3 });
      expect(lena.trajectory.map((t: any) => t.sessionId)).toEqual([sessionA, after]);
      expect(typeof lena.trajectory[0].score).toBe('number');
      // Nobody outside the cohort is in it.
      expect(o.learnerSummaries.map((l: any) => l.id).sort()).toEqual([p.learnerA.id, quoted.id].sort());
    }
  });

  it('is 404 for an instructor of another cohort and for learners, 401 signed out', async () => {
    const path = `/api/cohorts/${p.cohortA.id}/overview`;
    expect(await statusOf(p.instructorB.client, 'GET', path)).toBe(404);
    expect(await statusOf(p.learnerA.client, 'GET', path)).toBe(404);
    expect(await statusOf(p.outsider.client, 'GET', path)).toBe(404);
    expect(await statusOf(p.anonymous, 'GET', path)).toBe(401);
    expect(await statusOf(p.admin.client, 'GET', '/api/cohorts/no-such/overview')).toBe(404);
  });
});

describe('GET /api/cohorts/:id/export.csv', () => {
  it('is RFC 4180 CSV with a file name: one row per ended session, a column per rubric overall and item seen', async () => {
    for (const reader of [p.instructorA, p.admin]) {
      const res = await fetch(`${server.url}/api/cohorts/${p.cohortA.id}/export.csv`, {
        headers: { cookie: reader.client.cookieHeader() },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="foundation-year-spring-\d{4}-\d\d-\d\d\.csv"$/,
      );
      const text = await res.text();
      const lines = text.split('\r\n');
      expect(lines.at(-1)).toBe('');
      const header = lines[0]?.split(',') ?? [];
      expect(header.slice(0, 6)).toEqual(['learner', 'scenario', 'level', 'started', 'ended', 'left']);
      expect(header).toContain(`${item.rubricId}:overall`);
      expect(header).toContain(`${item.rubricId}:${item.id}`);
      // Learner A: three ended sessions (one left); the quoted learner one. Learner B is in another cohort.
      const rows = lines.slice(1, -1);
      expect(rows).toHaveLength(4);
      expect(rows.filter((r) => r.startsWith('Lena Learner,'))).toHaveLength(3);
      expect(rows.filter((r) => r.startsWith('"Doe, Jane ""JJ""",agitated-young-person,2,'))).toHaveLength(1);
      expect(rows.some((r) => r.includes('Luca'))).toBe(false);
      const opted = rows.find((r) => r.includes(',opted_out'));
      expect(opted).toBeDefined();
      const graded = rows.find((r) => r.startsWith('Lena Learner,') && !r.includes('opted_out')) ?? '';
      expect(graded.split(',')[header.indexOf(`${item.rubricId}:overall`)]).toMatch(/^\d/);
    }
  });

  it('is 404 for an instructor of another cohort and for learners, 401 signed out', async () => {
    const path = `/api/cohorts/${p.cohortA.id}/export.csv`;
    expect(await statusOf(p.instructorB.client, 'GET', path)).toBe(404);
    expect(await statusOf(p.learnerA.client, 'GET', path)).toBe(404);
    expect(await statusOf(p.anonymous, 'GET', path)).toBe(401);
  });
});

describe('the audit log', () => {
  it('records comments, reviews, overviews and exports with who and whose', async () => {
    const { body } = await p.admin.client.get('/api/audit?limit=200');
    const actions = (action: string) => body.events.filter((e: any) => e.action === action);
    expect(actions('session_commented')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: { id: p.instructorA.id, name: 'Ines Instructor' },
          targetId: sessionA,
        }),
      ]),
    );
    expect(actions('session_commented')[0].subject).toEqual({ id: p.learnerA.id, name: 'Lena Learner' });
    expect(actions('item_reviewed').length).toBeGreaterThanOrEqual(3);
    expect(actions('cohort_exported').map((e: any) => e.targetId)).toContain(p.cohortA.id);
    expect(actions('cohort_viewed').map((e: any) => e.targetId)).toContain(p.cohortA.id);
  });
});
