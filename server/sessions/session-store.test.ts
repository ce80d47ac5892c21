import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../db/open-database.ts';
import { practiceSessions, users } from '../db/schema.ts';
import { createSessionStore, type SessionStore } from './session-store.ts';

let opened: OpenedDatabase;
let store: SessionStore;

beforeEach(() => {
  opened = openDatabase(':memory:');
  const now = '2026-01-01T00:00:00.000Z';
  opened.db
    .insert(users)
    .values({
      id: 'u1',
      email: 'sam@example.org',
      name: 'Sam',
      passwordHash: 'x',
      role: 'learner',
      createdAt: now,
    })
    .run();
  opened.db
    .insert(practiceSessions)
    .values({
      id: 's1',
      userId: 'u1',
      scenarioId: 'agitated-young-person',
      difficulty: 2,
      status: 'active',
      presentCharacters: ['reece'],
      initialAffect: {},
      createdAt: now,
    })
    .run();
  store = createSessionStore(opened.db);
});
afterEach(() => opened.close());

const affect = { reece: { distress: 0.7, anger: 0.4, trust: 0.2, openness: 0.3 } };

describe('the prepared turn writes', () => {
  it('store a turn with the columns left out at their defaults, JSON as objects', () => {
    const row = store.insertTurn({
      sessionId: 's1',
      index: 0,
      speaker: 'learner',
      text: 'Hello, I am Sam.',
      acts: [],
      affect,
      source: 'typed',
      createdAt: 'a',
      completedAt: 'b',
    });
    expect(row).toMatchObject({ index: 0, affect, acts: [], interrupted: false, model: null, meta: {} });
    expect(store.loadTurns('s1')).toEqual([row]);
  });

  it('store every column given, and complete the analysis of a stored turn', () => {
    const row = store.insertTurn({
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
    });
    expect(row).toMatchObject({
      interrupted: true,
      model: 'fake-model',
      firstTokenMs: 250.5,
      meta: { intent: 'deflect' },
    });
    const acts = [{ act: 'open-question' as const, confidence: 0.8 }];
    const done = store.completeAnalysis(row.id, { acts, affect: {}, meta: { addressee: 'reece' } });
    expect(done).toEqual({ ...row, acts, affect: {}, meta: { addressee: 'reece' } });
    expect(store.findTurn('s1', 1)).toEqual(done);
  });
});

describe('whether the learner spoke', () => {
  const turn = (index: number, speaker: string, text: string) =>
    store.insertTurn({
      sessionId: 's1',
      index,
      speaker,
      text,
      acts: [],
      affect,
      source: speaker === 'learner' ? 'typed' : 'offline',
      createdAt: 'a',
      completedAt: 'b',
    });

  it('is false until a learner turn with some text is stored; replies alone do not count', () => {
    expect(store.learnerSpoke('s1')).toBe(false);
    turn(0, 'reece', 'What do you want?');
    turn(1, 'learner', '   ');
    expect(store.learnerSpoke('s1')).toBe(false);
    turn(2, 'learner', 'Hello, I am Sam.');
    expect(store.learnerSpoke('s1')).toBe(true);
    expect(store.learnerSpoke('no-such-session')).toBe(false);
  });
});
