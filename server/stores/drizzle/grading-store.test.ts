import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import type { Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:01:00.000Z';
const T2 = '2026-01-01T00:02:00.000Z';
const T3 = '2026-01-01T00:03:00.000Z';

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  await stores.accounts.createAccount({ id: 'u1', email: 'sam@example.org', name: 'Sam', passwordHash: 'x' });
  for (const id of ['s1', 's2']) {
    await stores.sessions.createSession({
      id,
      userId: 'u1',
      scenarioId: 'agitated-young-person',
      difficulty: 2,
      status: 'active',
      presentCharacters: ['reece'],
      initialAffect: {},
      createdAt: T0,
    });
    await stores.sessions.appendTurn({
      sessionId: id,
      index: 0,
      speaker: 'learner',
      text: 'Hello.',
      acts: [],
      affect: {},
      source: 'typed',
      createdAt: T0,
      completedAt: T0,
    });
    await stores.sessions.endSession(id, id === 's1' ? T0 : T1, () => null);
  }
});
afterEach(() => opened.close());

const report = { report: { mode: 'offline' }, promptTokens: 0, completionTokens: 0 };

describe('grading jobs', () => {
  it('go to one worker each, oldest first, however many ask at once', async () => {
    const claims = await Promise.all(
      ['a', 'b', 'c', 'd'].map((owner) => stores.grading.claimNextJob(owner, T1, T2)),
    );
    const taken = claims.filter((job) => job !== undefined);
    expect(taken.map((job) => job.sessionId).sort()).toEqual(['s1', 's2']);
    expect(new Set(taken.map((job) => job.leaseOwner)).size).toBe(2);
  });

  it('are taken over when a lease runs out, and the late worker can no longer store its report', async () => {
    const first = await stores.grading.claimNextJob('a', T1, T2);
    expect(first?.sessionId).toBe('s1');
    // Still leased: the next worker gets the other job.
    expect((await stores.grading.claimNextJob('b', T1, T2))?.sessionId).toBe('s2');
    expect(await stores.grading.claimNextJob('c', T1, T2)).toBeUndefined();
    // a's lease ran out (a died): c takes s1, and a lapsed lease is not a failed attempt.
    const taken = await stores.grading.claimNextJob('c', T3, '2026-01-01T00:04:00.000Z');
    expect(taken).toMatchObject({ sessionId: 's1', leaseOwner: 'c', attempts: 0 });
    const lateLease = { sessionId: 's1', owner: 'a', until: T3 };
    expect(await stores.grading.renewLease(lateLease)).toBe(false);
    expect(await stores.grading.finishJob(lateLease, report, T3)).toBe(false);
    expect(await stores.grading.finishJob({ ...lateLease, owner: 'c' }, report, T3)).toBe(true);
    expect(await stores.grading.jobFor('s1')).toMatchObject({ status: 'done', report: { mode: 'offline' } });
  });

  it('count a failure as an attempt and go back to the queue, or fail for good', async () => {
    await stores.grading.claimNextJob('a', T1, T2);
    await stores.grading.failJob({ sessionId: 's1', owner: 'a', until: T2 }, 'boom', false, T1);
    expect(await stores.grading.jobFor('s1')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'boom',
    });
    await stores.grading.claimNextJob('a', T1, T2);
    await stores.grading.failJob({ sessionId: 's1', owner: 'a', until: T2 }, 'boom again', true, T1);
    expect(await stores.grading.jobFor('s1')).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('go back to the queue uncounted when released (the report could not be stored for a busy database)', async () => {
    await stores.grading.claimNextJob('a', T1, T2);
    await stores.grading.releaseJob({ sessionId: 's1', owner: 'a', until: T2 }, T1);
    expect(await stores.grading.jobFor('s1')).toMatchObject({
      status: 'pending',
      attempts: 0,
      leaseOwner: null,
    });
    expect((await stores.grading.claimNextJob('b', T1, T2))?.sessionId).toBe('s1');
  });

  it('store the report and what it moves together, or neither', async () => {
    const lease = { sessionId: 's1', owner: 'a', until: T2 };
    await stores.grading.claimNextJob('a', T1, T2);
    await expect(
      stores.atomically(async (tx) => {
        await tx.grading.finishJob(lease, report, T1);
        throw new Error('the learner model failed');
      }),
    ).rejects.toThrow('the learner model failed');
    expect(await stores.grading.jobFor('s1')).toMatchObject({ status: 'running', report: null });
  });
});
