import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import type { Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;

const assignment = (id: string, cohortId: string, createdAt: string) => ({
  id,
  cohortId,
  scenarioId: 'breaking-news-cancer',
  difficulty: null,
  dueAt: null,
  createdBy: 'ivy',
  createdAt,
});

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  for (const [id, name] of [
    ['ivy', 'Ivy'],
    ['lea', 'Lea'],
  ] as const) {
    await stores.accounts.createAccount({ id, email: `${id}@example.org`, name, passwordHash: 'x' });
  }
  for (const id of ['a', 'b']) {
    await stores.cohorts.createCohort({ id, name: `Cohort ${id}`, inviteCode: id, createdAt: 'x' }, 'ivy');
  }
  await stores.cohorts.join('a', 'lea', 'x');
});
afterEach(() => opened.close());

describe('the assignment store', () => {
  it("stores every field, and lists a cohort's, and a learner's from the cohorts they joined, oldest first", async () => {
    const full = {
      ...assignment('as1', 'a', '2026-02-02T00:00:00.000Z'),
      scenarioId: 'agitated-young-person',
      difficulty: 3,
      dueAt: '2026-03-01T00:00:00.000Z',
    };
    expect(await stores.assignments.createAssignment(full)).toEqual(full);
    await stores.assignments.createAssignment(assignment('as0', 'a', '2026-02-01T00:00:00.000Z'));
    await stores.assignments.createAssignment(assignment('other', 'b', '2026-02-01T00:00:00.000Z'));
    const listed = await stores.assignments.forLearner('lea');
    expect(listed.map((a) => a.id)).toEqual(['as0', 'as1']);
    expect(listed[1]).toEqual({ ...full, cohortName: 'Cohort a' });
    expect(await stores.assignments.forLearner('ivy')).toEqual([]);
    expect((await stores.assignments.forCohort('a')).map((a) => a.id)).toEqual(['as0', 'as1']);
    expect((await stores.assignments.forCohort('b')).map((a) => a.id)).toEqual(['other']);
  });
});
