// When another connection holds SQLite's write lock past the request connection's wait (a long checkpoint, the
// command line, a second process), a turn answers 503 `busy` with Retry-After, says truly what was and was not
// saved, and the wait never stalls the server's event loop for seconds.

import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { parseTurnEvents } from '../support/sse.ts';
import { startServerOnFake, type TestServer } from '../support/start-server.ts';

let fake: FakeOpenAI;
let server: TestServer;
let learner: ApiClient;
/** Another connection to the server's database file, to hold its write lock. */
let other: Database.Database;

async function newSession(): Promise<string> {
  const res = await learner.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 });
  expect(res.status).toBe(201);
  return res.body.session.id;
}

async function storedSpeakers(id: string): Promise<string[]> {
  return (await learner.get(`/api/sessions/${id}`)).body.session.turns.map((t: any) => t.speaker);
}

/** Runs `work` while timing the longest gap between ticks of a 5 ms timer: how long the event loop stalled. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startServerOnFake(fake, { BEDSIDE_TRANSCRIBE_MODEL: 'off', BEDSIDE_SPEECH_MODEL: 'off' });
  learner = new ApiClient(server.url);
  await learner.register('busy@example.org', 'Bea');
  other = new Database(server.databasePath);
});
afterAll(async () => {
  other.close();
  await server.stop();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  if (other.inTransaction) other.exec('ROLLBACK');
});

describe('a database locked by another connection', () => {
  it('refuses a turn with 503 busy and Retry-After, saves nothing, says so, and the loop keeps turning', async () => {
    const id = await newSession();
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    const { result: res, stallMs } = await longestStall(() =>
      learner.post(`/api/sessions/${id}/turns`, { text: 'Hello, I am Dr Bell.' }),
    );
    const elapsedMs = performance.now() - started;
    other.exec('ROLLBACK');

    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('busy');
    expect(res.body.error.message).toMatch(/not save/i);
    expect(res.body.error.message).not.toMatch(/kept/i);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(elapsedMs).toBeLessThan(1500);
    expect(stallMs).toBeLessThan(1000);
    expect(await storedSpeakers(id)).toEqual([]);

    const again = await learner.post(`/api/sessions/${id}/turns`, { text: 'Hello, I am Dr Bell.' });
    expect(again.status).toBe(200);
    expect((await storedSpeakers(id))[0]).toBe('learner');
  });

  it('while a reply is being stored: the stream says the words were saved and the reply was not', async () => {
    const id = await newSession();
    // The lock is taken while the model answers, after the learner's words were stored.
    fake.setDefault(() => {
      if (!other.inTransaction) other.exec('BEGIN IMMEDIATE');
      return { reply: 'I see. Go on.' };
    });
    const res = await learner.post(
      `/api/sessions/${id}/turns`,
      { text: 'Hello, I am Dr Bell. Is now a good time to talk?' },
      { accept: 'text/event-stream' },
    );
    other.exec('ROLLBACK');
    expect(res.status).toBe(200);
    const events = parseTurnEvents(res.body as string);
    const error = events.find((e) => e.type === 'error');
    expect(error?.type === 'error' && error.error.code).toBe('busy');
    expect(error?.type === 'error' && error.error.message).toMatch(/words were saved/i);
    expect(await storedSpeakers(id)).toEqual(['learner']);
  });
});
