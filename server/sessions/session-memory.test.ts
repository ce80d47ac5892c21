import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../db/open-database.ts';
import { practiceSessions, type TurnRow, users } from '../db/schema.ts';
import { buildHistory } from '../sim/scene-history.ts';
import { createSessionMemoryCache, type SessionMemoryCache, TRANSCRIPT_WINDOW } from './session-memory.ts';
import { createSessionStore, type SessionStore } from './session-store.ts';

let opened: OpenedDatabase;
let store: SessionStore;
let loads: number;
let cache: SessionMemoryCache;

const affect = { reece: { distress: 0.7, anger: 0.4, trust: 0.2, openness: 0.3 } };
const at = '2026-01-01T00:00:00.000Z';

beforeEach(() => {
  opened = openDatabase(':memory:');
  opened.db
    .insert(users)
    .values({
      id: 'u1',
      email: 'sam@example.org',
      name: 'Sam',
      passwordHash: 'x',
      role: 'learner',
      createdAt: at,
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
      initialAffect: affect,
      createdAt: at,
    })
    .run();
  const real = createSessionStore(opened.db);
  loads = 0;
  // Counts the full reads, the cost the memory exists to avoid.
  store = {
    ...real,
    loadTurns: (id) => {
      loads++;
      return real.loadTurns(id);
    },
  };
  cache = createSessionMemoryCache(store);
});
afterEach(() => opened.close());

function insert(index: number, speaker: string, text: string, meta: Record<string, unknown> = {}): TurnRow {
  return store.insertTurn({
    sessionId: 's1',
    index,
    speaker,
    text,
    acts: [],
    affect,
    source: 'typed',
    meta,
    createdAt: at,
    completedAt: at,
  });
}

/** Takes a round through the cache, as a turn does: recall, then store and record each line. */
function round(index: number): void {
  const memory = cache.recall('s1', affect);
  cache.record(memory, insert(index, 'learner', `Hello, this is line ${index}.`, { topic: `t${index % 3}` }));
  cache.record(
    memory,
    insert(index + 1, 'reece', `Reply number ${index + 1}. What now?`, { lines: [`l.${index % 5}`] }),
  );
}

describe('the memory a session keeps between turns', () => {
  it('reads the stored turns once, then remembers, and matches what the stored turns rebuild to', () => {
    for (let i = 0; i < 120; i += 2) round(i);
    expect(loads).toBe(1);
    const memory = cache.recall('s1', affect);
    expect(loads).toBe(1);
    expect(memory.history).toEqual(buildHistory(affect, store.loadTurns('s1')));
    expect(memory.learnerTurns).toBe(60);
    expect(memory.recentLines).toHaveLength(TRANSCRIPT_WINDOW);
    expect(memory.recentLines.at(-1)).toEqual({ speaker: 'reece', text: 'Reply number 119. What now?' });
  });

  it('rebuilds when the last reply was cut to what the learner heard', () => {
    round(0);
    const last = store.lastTurn('s1') as TurnRow;
    store.updateTurn(last.id, {
      text: 'Reply',
      meta: { ...last.meta, cutOff: { fullText: last.text, heardMs: 300 } },
    });
    const memory = cache.recall('s1', affect);
    expect(loads).toBe(2);
    expect(memory.recentLines.at(-1)?.text).toBe('Reply');
    expect(memory.history.cutOffSpeaker).toBe('reece');
  });

  it('rebuilds when replies were dropped, or a turn was stored by another path', () => {
    round(0);
    store.deleteTurnsAfter('s1', 0);
    expect(cache.recall('s1', affect).history.nextIndex).toBe(1);
    insert(1, 'reece', 'Stored elsewhere.');
    const memory = cache.recall('s1', affect);
    expect(memory.history.nextIndex).toBe(2);
    expect(memory.recentLines.at(-1)?.text).toBe('Stored elsewhere.');
  });

  it('forgets the least recently used session past its capacity', () => {
    const small = createSessionMemoryCache(store, 1);
    small.recall('s1', affect);
    small.recall('s2', affect);
    const before = loads;
    small.recall('s1', affect);
    expect(loads).toBe(before + 1);
  });
});
