import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHistory } from '../sim/scene-history.ts';
import { openInMemoryStores } from '../stores/drizzle/in-memory-stores.ts';
import type { SessionStore, TurnRow } from '../stores/ports.ts';
import { createSessionMemoryCache, type SessionMemoryCache, TRANSCRIPT_WINDOW } from './session-memory.ts';

let opened: ReturnType<typeof openInMemoryStores>;
let store: SessionStore;
let loads: number;
let cache: SessionMemoryCache;

const affect = { reece: { distress: 0.7, anger: 0.4, trust: 0.2, openness: 0.3 } };
const at = '2026-01-01T00:00:00.000Z';

beforeEach(async () => {
  opened = openInMemoryStores();
  const real = opened.stores.sessions;
  await opened.stores.accounts.createAccount({
    id: 'u1',
    email: 'sam@example.org',
    name: 'Sam',
    passwordHash: 'x',
  });
  await real.createSession({
    id: 's1',
    userId: 'u1',
    scenarioId: 'agitated-young-person',
    difficulty: 2,
    status: 'active',
    presentCharacters: ['reece'],
    initialAffect: affect,
    createdAt: at,
  });
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

async function insert(
  index: number,
  speaker: string,
  text: string,
  meta: Record<string, unknown> = {},
): Promise<TurnRow> {
  return (await store.appendTurn({
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
  })) as TurnRow;
}

/** Takes a round through the cache, as a turn does: recall, then store and record each line. */
async function round(index: number): Promise<void> {
  const memory = await cache.recall('s1', affect);
  cache.record(
    memory,
    await insert(index, 'learner', `Hello, this is line ${index}.`, { topic: `t${index % 3}` }),
  );
  cache.record(
    memory,
    await insert(index + 1, 'reece', `Reply number ${index + 1}. What now?`, { lines: [`l.${index % 5}`] }),
  );
}

describe('the memory a session keeps between turns', () => {
  it('reads the stored turns once, then remembers, and matches what the stored turns rebuild to', async () => {
    for (let i = 0; i < 120; i += 2) await round(i);
    expect(loads).toBe(1);
    const memory = await cache.recall('s1', affect);
    expect(loads).toBe(1);
    expect(memory.history).toEqual(buildHistory(affect, await store.loadTurns('s1')));
    expect(memory.learnerTurns).toBe(60);
    expect(memory.recentLines).toHaveLength(TRANSCRIPT_WINDOW);
    expect(memory.recentLines.at(-1)).toEqual({ speaker: 'reece', text: 'Reply number 119. What now?' });
  });

  it('rebuilds when the last reply was cut to what the learner heard', async () => {
    await round(0);
    const last = (await store.lastTurn('s1')) as TurnRow;
    await store.updateTurn(last.id, {
      text: 'Reply',
      meta: { ...last.meta, cutOff: { fullText: last.text, heardMs: 300 } },
    });
    const memory = await cache.recall('s1', affect);
    expect(loads).toBe(2);
    expect(memory.recentLines.at(-1)?.text).toBe('Reply');
    expect(memory.history.cutOffSpeaker).toBe('reece');
  });

  it('rebuilds when replies were dropped, or a turn was stored by another path', async () => {
    await round(0);
    await store.deleteTurnsAfter('s1', 0);
    expect((await cache.recall('s1', affect)).history.nextIndex).toBe(1);
    await insert(1, 'reece', 'Stored elsewhere.');
    const memory = await cache.recall('s1', affect);
    expect(memory.history.nextIndex).toBe(2);
    expect(memory.recentLines.at(-1)?.text).toBe('Stored elsewhere.');
  });

  it('forgets the least recently used session past its capacity', async () => {
    const small = createSessionMemoryCache(store, 1);
    await small.recall('s1', affect);
    await small.recall('s2', affect);
    const before = loads;
    await small.recall('s1', affect);
    expect(loads).toBe(before + 1);
  });
});
