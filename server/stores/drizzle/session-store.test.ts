import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import type { SessionStore, Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;
let store: SessionStore;

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  store = stores.sessions;
  await stores.accounts.createAccount({ id: 'u1', email: 'sam@example.org', name: 'Sam', passwordHash: 'x' });
  await store.createSession({
    id: 's1',
    userId: 'u1',
    scenarioId: 'agitated-young-person',
    difficulty: 2,
    status: 'active',
    presentCharacters: ['reece'],
    initialAffect: {},
    createdAt: '2026-01-01T00:00:00.000Z',
  });
});
afterEach(() => opened.close());

const affect = { reece: { distress: 0.7, anger: 0.4, trust: 0.2, openness: 0.3 } };

describe('the turn writes', () => {
  it('store a turn with the columns left out at their defaults, JSON as objects', async () => {
    const row = (await store.appendTurn({
      sessionId: 's1',
      index: 0,
      speaker: 'learner',
      text: 'Hello, I am Sam.',
      acts: [],
      affect,
      source: 'typed',
      createdAt: 'a',
      completedAt: 'b',
    })) as NonNullable<Awaited<ReturnType<SessionStore['appendTurn']>>>;
    expect(row).toMatchObject({ index: 0, affect, acts: [], interrupted: false, model: null, meta: {} });
    expect(await store.loadTurns('s1')).toEqual([row]);
  });

  it('store every column given, and complete the analysis of a stored turn', async () => {
    const row = (await store.appendTurn({
      sessionId: 's1',
      index: 1,
      speaker: 'reece',
      text: 'Leave me alone.',
      acts: [],
      affect,
      source: 'llm',
      interrupted: true,
      model: 'fake-model',
      promptTokens: 120,
      completionTokens: 5,
      firstTokenMs: 250.5,
      lastTokenMs: 400,
      meta: { intent: 'deflect' },
      createdAt: 'a',
      completedAt: 'b',
    })) as NonNullable<Awaited<ReturnType<SessionStore['appendTurn']>>>;
    expect(row).toMatchObject({
      interrupted: true,
      model: 'fake-model',
      firstTokenMs: 250.5,
      meta: { intent: 'deflect' },
    });
    const acts = [{ act: 'open-question' as const, confidence: 0.8 }];
    const done = await store.completeAnalysis(row.id, { acts, affect: {}, meta: { addressee: 'reece' } });
    expect(done).toEqual({ ...row, acts, affect: {}, meta: { addressee: 'reece' } });
    expect(await store.findTurn('s1', 1)).toEqual(done);
  });
});

describe('whether the learner spoke', () => {
  it('is false until a learner turn with some text is stored; replies alone do not count', async () => {
    expect(await store.learnerSpoke('s1')).toBe(false);
    await turn(0, 'reece', 'What do you want?');
    await turn(1, 'learner', '   ');
    expect(await store.learnerSpoke('s1')).toBe(false);
    await turn(2, 'learner', 'Hello, I am Sam.');
    expect(await store.learnerSpoke('s1')).toBe(true);
    expect(await store.learnerSpoke('no-such-session')).toBe(false);
  });
});

describe('the turn a session is answering', () => {
  const claim = (holder: string, until: string) => ({ sessionId: 's1', holder, until });

  it('is held by one holder at a time, until released or its time runs out', async () => {
    expect(await store.claimTurn(claim('a', '2026-01-01T00:01:00.000Z'), '2026-01-01T00:00:00.000Z')).toBe(
      true,
    );
    expect(await store.claimTurn(claim('b', '2026-01-01T00:01:30.000Z'), '2026-01-01T00:00:30.000Z')).toBe(
      false,
    );
    // Past a's time, b takes it; a can then neither renew nor release b's hold.
    expect(await store.claimTurn(claim('b', '2026-01-01T00:02:30.000Z'), '2026-01-01T00:01:30.000Z')).toBe(
      true,
    );
    expect(await store.renewTurn(claim('a', '2026-01-01T00:03:00.000Z'))).toBe(false);
    await store.releaseTurn('s1', 'a');
    expect(await store.claimTurn(claim('c', '2026-01-01T00:03:00.000Z'), '2026-01-01T00:01:40.000Z')).toBe(
      false,
    );
    await store.releaseTurn('s1', 'b');
    expect(await store.claimTurn(claim('c', '2026-01-01T00:03:00.000Z'), '2026-01-01T00:01:40.000Z')).toBe(
      true,
    );
  });

  it('goes to exactly one of many claims made at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.claimTurn(claim(`h${i}`, '2026-01-01T00:01:00.000Z'), '2026-01-01T00:00:00.000Z'),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('ending a session', () => {
  it('queues grading in the same write when the learner spoke, and takes no turn after it', async () => {
    await turn(0, 'learner', 'Hello.');
    const ended = await store.endSession('s1', '2026-01-01T00:05:00.000Z', (spoke) =>
      spoke ? null : 'no_words',
    );
    expect(ended).toMatchObject({ status: 'ended', leftReason: null, endedAt: '2026-01-01T00:05:00.000Z' });
    expect(await stores.grading.jobFor('s1')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await turn(1, 'learner', 'Too late.')).toBeNull();
    // Ending again changes nothing.
    expect(await store.endSession('s1', '2026-01-01T00:09:00.000Z', () => 'opted_out')).toMatchObject({
      endedAt: '2026-01-01T00:05:00.000Z',
      leftReason: null,
    });
  });

  it('leaves a session without words ungraded', async () => {
    const ended = await store.endSession('s1', '2026-01-01T00:05:00.000Z', (spoke) =>
      spoke ? null : 'no_words',
    );
    expect(ended?.leftReason).toBe('no_words');
    expect(await stores.grading.jobFor('s1')).toBeUndefined();
  });
});

function turn(index: number, speaker: string, text: string) {
  return store.appendTurn({
    sessionId: 's1',
    index,
    speaker,
    text,
    acts: [],
    affect: {},
    source: speaker === 'learner' ? 'typed' : 'offline',
    createdAt: 'a',
    completedAt: 'b',
  });
}
