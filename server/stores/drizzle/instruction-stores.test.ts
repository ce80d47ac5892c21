// The stores behind instructing a cohort and the learner's own data, on SQLite and (in the suite's Postgres project)
// on Postgres: comments, reviews and agreement, report scores and a cohort's aggregates, what a cohort keeps of a
// learner who deleted their account, and the xAPI outbox's leases.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import { scoreBand } from '../instruction-ports.ts';
import type { Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;

const account = (id: string, name: string) =>
  stores.accounts.createAccount({ id, email: `${id}@example.org`, name, passwordHash: 'x' });

/** A session of `userId`, ended and graded with the given item scores on one rubric. */
async function gradedSession(
  id: string,
  userId: string,
  createdAt: string,
  items: Record<string, number | null>,
) {
  await stores.sessions.createSession({
    id,
    userId,
    scenarioId: 'agitated-young-person',
    difficulty: 2,
    status: 'active',
    presentCharacters: [],
    initialAffect: {},
    createdAt,
  });
  await stores.sessions.appendTurn({
    sessionId: id,
    index: 0,
    speaker: 'learner',
    text: 'Hello',
    acts: [],
    affect: {},
    source: 'typed',
    createdAt,
    completedAt: createdAt,
  });
  await stores.sessions.endSession(id, createdAt, () => null);
  const scores = Object.values(items).filter((s): s is number => s !== null);
  await stores.scores.saveReportScores(id, [
    {
      rubricId: 'beta',
      overall: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      items: Object.entries(items).map(([itemId, score]) => ({ itemId, score })),
    },
  ]);
}

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  await account('admin', 'Ada');
  await account('ivy', 'Ivy');
  await account('lea', 'Lea');
  await account('kit', 'Kit');
  await stores.cohorts.createCohort(
    { id: 'a', name: 'A', inviteCode: 'code-a', createdAt: '2026-01-01' },
    'ivy',
  );
  await stores.cohorts.join('a', 'lea', '2026-01-02');
  await stores.cohorts.join('a', 'kit', '2026-01-02');
});
afterEach(() => opened.close());

describe('comments', () => {
  it('are read per session and per learner, oldest first, with the author kept nameless once their account goes', async () => {
    await gradedSession('s1', 'lea', '2026-01-03T00:00:00.000Z', { calm: 1 });
    const comment = (id: string, at: string, authorId: string | null) => ({
      id,
      sessionId: 's1',
      authorId,
      turnIndex: 0,
      text: `note ${id}`,
      createdAt: at,
    });
    await stores.comments.addComment(comment('c2', '2026-01-05T00:00:00.000Z', 'ivy'));
    await stores.comments.addComment(comment('c1', '2026-01-04T00:00:00.000Z', 'admin'));
    expect((await stores.comments.forSession('s1')).map((c) => [c.id, c.authorName])).toEqual([
      ['c1', 'Ada'],
      ['c2', 'Ivy'],
    ]);
    expect((await stores.comments.forLearner('lea')).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(await stores.comments.forLearner('kit')).toEqual([]);
    expect(await stores.learnerData.deleteAccount('ivy')).toBe('deleted');
    expect((await stores.comments.forSession('s1')).map((c) => [c.id, c.authorId, c.authorName])).toEqual([
      ['c1', 'admin', 'Ada'],
      ['c2', null, null],
    ]);
  });
});

describe('reviews', () => {
  it('keep one per item per reviewer, replaced when sent again, and count agreement per item', async () => {
    await gradedSession('s1', 'lea', '2026-01-03T00:00:00.000Z', { calm: 1, limits: 0 });
    const review = (id: string, reviewerId: string, itemId: string, agree: boolean, at: string) => ({
      id,
      sessionId: 's1',
      rubricId: 'beta',
      itemId,
      reviewerId,
      agree,
      automaticScore: 1,
      score: agree ? null : 0.5,
      note: null,
      createdAt: at,
      updatedAt: at,
    });
    await stores.reviews.saveReview(review('r1', 'ivy', 'calm', false, '2026-01-04'));
    const replaced = await stores.reviews.saveReview(review('r2', 'ivy', 'calm', true, '2026-01-05'));
    expect(replaced).toMatchObject({
      id: 'r1',
      agree: true,
      score: null,
      createdAt: '2026-01-04',
      updatedAt: '2026-01-05',
    });
    await stores.reviews.saveReview(review('r3', 'admin', 'calm', false, '2026-01-06'));
    await stores.reviews.saveReview(review('r4', 'admin', 'limits', true, '2026-01-06'));
    expect((await stores.reviews.forSession('s1')).map((r) => [r.id, r.reviewerName, r.agree])).toEqual([
      ['r1', 'Ivy', true],
      ['r3', 'Ada', false],
      ['r4', 'Ada', true],
    ]);
    expect(await stores.reviews.forLearner('lea')).toHaveLength(3);
    expect(await stores.reviews.agreement()).toEqual([
      { rubricId: 'beta', itemId: 'calm', reviewed: 2, agreed: 1 },
      { rubricId: 'beta', itemId: 'limits', reviewed: 1, agreed: 1 },
    ]);
  });
});

describe('report scores and cohort aggregates', () => {
  it('aggregate a cohort in SQL: sessions with mean overall, item bands, scores and skill history', async () => {
    await gradedSession('s1', 'lea', '2026-01-03T00:00:00.000Z', { calm: 1, limits: 0 });
    await gradedSession('s2', 'kit', '2026-01-04T00:00:00.000Z', { calm: 0.5, limits: null });
    await account('out', 'Outsider');
    await gradedSession('s3', 'out', '2026-01-05T00:00:00.000Z', { calm: 0 });
    // Saving a report's scores twice changes nothing.
    await stores.scores.saveReportScores('s1', [{ rubricId: 'beta', overall: 0.9, items: [] }]);

    const sessions = await stores.scores.cohortSessions('a');
    expect(sessions.map((s) => [s.id, s.userId, s.status, s.meanOverall])).toEqual([
      ['s1', 'lea', 'ended', 0.5],
      ['s2', 'kit', 'ended', 0.5],
    ]);
    const bands = await stores.scores.cohortItemBands('a');
    expect(bands.sort((x, y) => `${x.itemId}${x.band}`.localeCompare(`${y.itemId}${y.band}`))).toEqual([
      { rubricId: 'beta', itemId: 'calm', band: 2, sessions: 1, scoreSum: 0.5 },
      { rubricId: 'beta', itemId: 'calm', band: 4, sessions: 1, scoreSum: 1 },
      { rubricId: 'beta', itemId: 'limits', band: 0, sessions: 1, scoreSum: 0 },
    ]);
    const { rubrics, items } = await stores.scores.cohortScores('a');
    expect(rubrics).toHaveLength(2);
    expect(items).toHaveLength(4);
    await stores.ratings.saveSkillRating(
      {
        userId: 'lea',
        skill: 'empathy',
        rating: 1,
        uncertainty: 1,
        sessions: 1,
        updatedAt: '2026-01-03T01:00:00.000Z',
      },
      { sessionId: 's1', outcome: 1 },
    );
    expect(await stores.scores.cohortSkillHistory('a')).toEqual([
      { userId: 'lea', skill: 'empathy', rating: 1, at: '2026-01-03T01:00:00.000Z' },
    ]);
  });

  it('bands scores by fifths the same way in SQL and in code', async () => {
    const scores = [0, 0.19, 0.2, 0.5, 0.6, 0.79, 0.8, 1];
    for (const [i, score] of scores.entries()) {
      await gradedSession(`b${i}`, 'lea', `2026-01-0${(i % 9) + 1}T00:00:00.000Z`, { [`i${i}`]: score });
    }
    const bands = await stores.scores.cohortItemBands('a');
    for (const [i, score] of scores.entries()) {
      expect(bands.find((b) => b.itemId === `i${i}`)?.band, String(score)).toBe(scoreBand(score));
    }
  });

  it('keep only anonymised aggregates of a learner who deleted their account', async () => {
    await gradedSession('s1', 'lea', '2026-01-03T00:00:00.000Z', { calm: 1, limits: 0 });
    await gradedSession('s2', 'lea', '2026-01-04T00:00:00.000Z', { calm: 0.9, limits: null });
    await gradedSession('s3', 'kit', '2026-01-04T00:00:00.000Z', { calm: 1 });
    const before = await stores.scores.cohortItemBands('a');
    await stores.atomically(async (tx) => {
      await tx.scores.retainAnonymised('lea');
      expect(await tx.learnerData.deleteAccount('lea')).toBe('deleted');
    });
    expect(await stores.accounts.findById('lea')).toBeUndefined();
    expect(await stores.sessions.findSession('s1')).toBeUndefined();
    expect((await stores.scores.cohortSessions('a')).map((s) => s.id)).toEqual(['s3']);
    // The distribution is as it was: the departed learner's scores count, nameless and sessionless.
    const sorted = (rows: typeof before) =>
      rows
        .map((r) => ({ ...r, scoreSum: Math.round(r.scoreSum * 1000) / 1000 }))
        .sort((x, y) => `${x.itemId}${x.band}`.localeCompare(`${y.itemId}${y.band}`));
    expect(sorted(await stores.scores.cohortItemBands('a'))).toEqual(sorted(before));
    expect(await stores.learnerData.reports('lea')).toEqual([]);
    expect(await stores.comments.forLearner('lea')).toEqual([]);
  });

  it('finds reports stored before their scores were copied out', async () => {
    await gradedSession('s1', 'lea', '2026-01-03T00:00:00.000Z', { calm: 1 });
    await stores.sessions.createSession({
      id: 'old',
      userId: 'kit',
      scenarioId: 'agitated-young-person',
      difficulty: 1,
      status: 'active',
      presentCharacters: [],
      initialAffect: {},
      createdAt: '2026-01-02T00:00:00.000Z',
    });
    await stores.sessions.appendTurn({
      sessionId: 'old',
      index: 0,
      speaker: 'learner',
      text: 'Hi',
      acts: [],
      affect: {},
      source: 'typed',
      createdAt: '2026-01-02T00:00:00.000Z',
      completedAt: '2026-01-02T00:00:00.000Z',
    });
    await stores.sessions.endSession('old', '2026-01-02T00:01:00.000Z', () => null);
    const lease = { sessionId: 'old', owner: 'w', until: '2099-01-01T00:00:00.000Z' };
    // s1's job is older in the queue only if created first: claim until we hold 'old'.
    for (;;) {
      const job = await stores.grading.claimNextJob('w', '2026-01-02T00:02:00.000Z', lease.until);
      if (!job || job.sessionId === 'old') break;
    }
    await stores.grading.finishJob(
      lease,
      { report: { rubrics: [] }, promptTokens: 0, completionTokens: 0 },
      'x',
    );
    expect(await stores.scores.reportsWithoutScores(10)).toEqual([
      { sessionId: 'old', report: { rubrics: [] } },
    ]);
  });
});

describe('the last admin', () => {
  it('cannot delete their account; another admin can be deleted', async () => {
    expect(await stores.learnerData.deleteAccount('admin')).toBe('last_admin');
    await stores.accounts.setRole('admin', 'ivy', 'admin');
    expect(await stores.learnerData.deleteAccount('admin')).toBe('deleted');
    expect(await stores.learnerData.deleteAccount('nobody')).toBe('not_found');
  });
});

describe('the xAPI outbox', () => {
  const statement = (id: string, at: string) => ({ id, userId: 'lea', statement: { id }, createdAt: at });

  it('leases each due statement to one sender, oldest first, and takes back a lapsed lease', async () => {
    await stores.xapiOutbox.enqueue([
      statement('x2', '2026-01-01T00:00:02.000Z'),
      statement('x1', '2026-01-01T00:00:01.000Z'),
    ]);
    const now = '2026-01-01T00:01:00.000Z';
    const a = await stores.xapiOutbox.claimDue({ owner: 'a', until: '2026-01-01T00:02:00.000Z' }, now, 10);
    const b = await stores.xapiOutbox.claimDue({ owner: 'b', until: '2026-01-01T00:02:00.000Z' }, now, 10);
    expect(a.map((row) => row.id)).toEqual(['x1', 'x2']);
    expect(b).toEqual([]);
    // A's lease runs out: B takes the statements, and A can no longer mark one delivered.
    const later = '2026-01-01T00:03:00.000Z';
    const taken = await stores.xapiOutbox.claimDue(
      { owner: 'b', until: '2026-01-01T00:04:00.000Z' },
      later,
      1,
    );
    expect(taken.map((row) => row.id)).toEqual(['x1']);
    expect(await stores.xapiOutbox.delivered('x1', 'a', later)).toBe(false);
    expect(await stores.xapiOutbox.delivered('x1', 'b', later)).toBe(true);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 1, delivered: 1, rejected: 0 });
  });

  it('retries a failed statement only once its backoff has passed, and rejects for good when told', async () => {
    await stores.xapiOutbox.enqueue([
      statement('x1', '2026-01-01T00:00:00.000Z'),
      statement('x2', '2026-01-01T00:00:00.000Z'),
    ]);
    const lease = { owner: 'a', until: '2026-01-01T00:10:00.000Z' };
    await stores.xapiOutbox.claimDue(lease, '2026-01-01T00:00:01.000Z', 10);
    await stores.xapiOutbox.failed('x1', 'a', {
      error: '500',
      nextAttemptAt: '2026-01-01T00:00:30.000Z',
      reject: false,
    });
    await stores.xapiOutbox.failed('x2', 'a', {
      error: '400',
      nextAttemptAt: '2026-01-01T00:00:30.000Z',
      reject: true,
    });
    expect(await stores.xapiOutbox.claimDue(lease, '2026-01-01T00:00:10.000Z', 10)).toEqual([]);
    const retried = await stores.xapiOutbox.claimDue(lease, '2026-01-01T00:00:31.000Z', 10);
    expect(retried.map((row) => [row.id, row.attempts, row.lastError])).toEqual([['x1', 1, '500']]);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 1, delivered: 0, rejected: 1 });
    await stores.xapiOutbox.delivered('x1', 'a', '2026-01-01T00:00:32.000Z');
    await stores.xapiOutbox.pruneDelivered('2026-01-02T00:00:00.000Z');
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 0, delivered: 0, rejected: 1 });
  });

  it("goes with the learner's account", async () => {
    await stores.xapiOutbox.enqueue([statement('x1', '2026-01-01T00:00:00.000Z')]);
    await stores.learnerData.deleteAccount('lea');
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 0, delivered: 0, rejected: 0 });
  });
});
