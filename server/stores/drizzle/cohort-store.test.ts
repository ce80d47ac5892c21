import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import type { CohortStore, Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;
let store: CohortStore;

const account = (id: string, name: string) =>
  stores.accounts.createAccount({ id, email: `${id}@example.org`, name, passwordHash: 'x' });
const cohort = (id: string, createdAt: string) => ({
  id,
  name: `Cohort ${id}`,
  inviteCode: `code-${id}`,
  createdAt,
});
const session = (id: string, userId: string, createdAt: string) =>
  stores.sessions.createSession({
    id,
    userId,
    scenarioId: 'agitated-young-person',
    difficulty: 2,
    status: 'active',
    presentCharacters: [],
    initialAffect: {},
    createdAt,
  });

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  store = stores.cohorts;
  await account('admin', 'Ada');
  await account('ivy', 'Ivy');
  await account('olu', 'Olu');
  await account('lea', 'Lea');
  await account('kit', 'Kit');
  await store.createCohort(cohort('a', '2026-02-01T00:00:00.000Z'), 'ivy');
  await store.createCohort(cohort('b', '2026-02-02T00:00:00.000Z'), 'olu');
});
afterEach(() => opened.close());

describe('the cohort store', () => {
  it('stores a cohort with its creator as its instructor, found by id and by invite code', async () => {
    expect(await store.findCohort('a')).toEqual(cohort('a', '2026-02-01T00:00:00.000Z'));
    expect((await store.findByInviteCode('code-b'))?.id).toBe('b');
    expect(await store.findByInviteCode('code-nope')).toBeUndefined();
    expect(await store.instructors('a')).toEqual([{ id: 'ivy', name: 'Ivy' }]);
    expect(await store.isInstructor('a', 'ivy')).toBe(true);
    expect(await store.isInstructor('b', 'ivy')).toBe(false);
  });

  it('refuses a second cohort with the same invite code, storing neither it nor its instructor', async () => {
    await expect(store.createCohort({ ...cohort('c', 'x'), inviteCode: 'code-a' }, 'ivy')).rejects.toThrow();
    expect(await store.findCohort('c')).toBeUndefined();
    expect(await store.listInstructed('ivy')).toHaveLength(1);
  });

  it('lists every cohort, those one instructs and those one joined, oldest first', async () => {
    await store.join('a', 'lea', '2026-02-03T00:00:00.000Z');
    await store.join('b', 'lea', '2026-02-03T00:00:00.000Z');
    expect((await store.listAll()).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await store.listInstructed('olu')).map((c) => c.id)).toEqual(['b']);
    expect((await store.listJoined('lea')).map((c) => c.id)).toEqual(['a', 'b']);
    expect(await store.listJoined('kit')).toEqual([]);
  });

  it('joins once however often a learner joins, and adds an instructor once', async () => {
    await store.join('a', 'lea', '2026-02-03T00:00:00.000Z');
    await store.join('a', 'lea', '2026-02-04T00:00:00.000Z');
    expect(await store.isMember('a', 'lea')).toBe(true);
    expect(await store.isMember('b', 'lea')).toBe(false);
    expect(await store.learners('a')).toHaveLength(1);
    expect(await store.addInstructor('a', 'olu', '2026-02-05T00:00:00.000Z')).toBe(true);
    expect(await store.addInstructor('a', 'olu', '2026-02-06T00:00:00.000Z')).toBe(false);
    expect(await store.instructors('a')).toEqual([
      { id: 'ivy', name: 'Ivy' },
      { id: 'olu', name: 'Olu' },
    ]);
  });

  it('knows which learners an instructor instructs, through any of their cohorts', async () => {
    await store.join('a', 'lea', 'x');
    await store.join('b', 'kit', 'x');
    expect(await store.instructsLearner('ivy', 'lea')).toBe(true);
    expect(await store.instructsLearner('ivy', 'kit')).toBe(false);
    expect(await store.instructsLearner('olu', 'kit')).toBe(true);
    expect(await store.instructsLearner('lea', 'ivy')).toBe(false);
  });

  it("summarises each learner's activity: completed sessions (left ones not counted) and the latest start or end", async () => {
    await store.join('a', 'lea', 'x');
    await store.join('a', 'kit', 'x');
    await session('s1', 'lea', '2026-03-01T10:00:00.000Z');
    await stores.sessions.appendTurn({
      sessionId: 's1',
      index: 0,
      speaker: 'learner',
      text: 'Hello.',
      acts: [],
      affect: {},
      source: 'typed',
      createdAt: 'x',
      completedAt: 'x',
    });
    await stores.sessions.endSession('s1', '2026-03-01T10:20:00.000Z', () => null);
    await session('s2', 'lea', '2026-03-02T09:00:00.000Z');
    await stores.sessions.endSession('s2', '2026-03-02T09:01:00.000Z', () => 'no_words');
    await session('s3', 'lea', '2026-03-01T12:00:00.000Z');
    expect(await store.learners('a')).toEqual([
      { id: 'kit', name: 'Kit', completedSessions: 0, lastActiveAt: null },
      { id: 'lea', name: 'Lea', completedSessions: 1, lastActiveAt: '2026-03-02T09:01:00.000Z' },
    ]);
    expect(await store.learners('b')).toEqual([]);
  });

  it("reads the skill ratings of the cohort's learners only", async () => {
    await store.join('a', 'lea', 'x');
    const rating = { skill: 'listening', rating: 0.5, uncertainty: 1, sessions: 1, updatedAt: 'x' };
    await stores.ratings.saveSkillRating({ ...rating, userId: 'lea' }, { sessionId: null, outcome: null });
    await stores.ratings.saveSkillRating({ ...rating, userId: 'kit' }, { sessionId: null, outcome: null });
    expect((await store.learnerSkillRatings('a')).map((r) => r.userId)).toEqual(['lea']);
  });
});
