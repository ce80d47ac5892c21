// Ending a session while a character's reply is still streaming, over real HTTP (SSE) and the live WebSocket,
// with a slow fake model: the reply is stored before the end or not at all, never after it.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { openLive } from '../support/live-client.ts';
import { parseTurnEvents } from '../support/sse.ts';
import { startServerOnFake, type TestServer } from '../support/start-server.ts';

/** Ten words a second: the reply takes about two seconds to stream, so the end lands in the middle of it. */
const SLOW_REPLY = {
  reply:
    'I do not know what you mean by that, doctor, and I would like you to say it again more slowly please.',
  ttftMs: 50,
  tokensPerSecond: 10,
};

let fake: FakeOpenAI;
let server: TestServer;
let learner: ApiClient;

async function newSession(): Promise<string> {
  const res = await learner.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 });
  expect(res.status).toBe(201);
  return res.body.session.id;
}

async function storedSession(id: string): Promise<any> {
  return (await learner.get(`/api/sessions/${id}`)).body.session;
}

/** Every stored turn was complete by the time the session ended. */
function expectNothingStoredAfterEnd(session: any): void {
  expect(session.status).toBe('ended');
  for (const turn of session.turns) expect(turn.completedAt <= session.endedAt).toBe(true);
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startServerOnFake(fake, {
    BEDSIDE_TRANSCRIBE_MODEL: 'off',
    BEDSIDE_SPEECH_MODEL: 'off',
    BEDSIDE_LLM_TIMEOUT_MS: '10000',
  });
  learner = new ApiClient(server.url);
  await learner.register('ending@example.org', 'Enid');
});
afterAll(async () => {
  await server.stop();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.setDefault(SLOW_REPLY);
});

describe('ending a session while a reply streams', () => {
  it('over SSE: the reply being streamed is retracted and not stored, and the stream still ends cleanly', async () => {
    const id = await newSession();
    const response = await fetch(`${server.url}/api/sessions/${id}/turns`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        cookie: learner.cookieHeader(),
      },
      body: JSON.stringify({
        text: 'Hello, I am Dr Osei. What do you understand about why we did the scan?',
      }),
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // Read until the first words of the reply have arrived, then end the session mid-reply.
    while (!text.includes('event: delta')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended before any reply streamed: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    const ended = await learner.post(`/api/sessions/${id}/end`);
    expect(ended.status).toBe(200);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const events = parseTurnEvents(text);
    const streamedIndex = events.find((e) => e.type === 'delta')?.index;
    expect(events).toContainEqual({ type: 'retract', speaker: expect.any(String), index: streamedIndex });
    expect(events.at(-1)).toEqual({ type: 'done', replies: 0 });

    const session = await storedSession(id);
    expect(session.turns.map((t: any) => t.speaker)).toEqual(['learner']);
    expectNothingStoredAfterEnd(session);
  });

  it('over the live channel: the same, and the ended session takes no more turns', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    await live.waitFor('ready');
    live.send({ type: 'text', text: 'Hello, I am Dr Osei. Is it all right if I sit down?' });
    const delta = await live.waitFor('delta');
    expect((await learner.post(`/api/sessions/${id}/end`)).status).toBe(200);
    const done = await live.waitFor('done');
    expect(done.replies).toBe(0);
    expect(live.events).toContainEqual({ type: 'retract', speaker: delta.speaker, index: delta.index });

    const session = await storedSession(id);
    expect(session.turns.map((t: any) => t.speaker)).toEqual(['learner']);
    expectNothingStoredAfterEnd(session);

    const from = live.events.length;
    live.send({ type: 'text', text: 'Are you still there?' });
    const refused = await live.waitFor('error', undefined, { from });
    expect(refused.error.code).toBe('session_ended');
    await live.close();
  });

  it('a reply finished before the end is kept', async () => {
    fake.setDefault({ reply: 'Yes, please sit down.' });
    const id = await newSession();
    const turn = await learner.post(`/api/sessions/${id}/turns`, { text: 'Hello, may I sit down?' });
    expect(turn.status).toBe(200);
    expect(turn.body.replies.length).toBeGreaterThan(0);
    expect((await learner.post(`/api/sessions/${id}/end`)).status).toBe(200);
    const session = await storedSession(id);
    expect(session.turns.length).toBe(1 + turn.body.replies.length);
    expectNothingStoredAfterEnd(session);
  });

  it('a cut-off that arrives after the end changes nothing: the transcript is final', async () => {
    fake.setDefault({
      reply: 'Yes, please sit down, I have been waiting for someone to tell me what is going on.',
    });
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    live.send({ type: 'text', text: 'Hello, may I sit down?' });
    await live.waitFor('done');
    const before = (await storedSession(id)).turns;
    expect((await learner.post(`/api/sessions/${id}/end`)).status).toBe(200);
    live.send({ type: 'heard', index: 1, ms: 200 });
    // The next frame's answer shows the cut was handled first (frames are handled in order).
    const from = live.events.length;
    live.send({ type: 'text', text: 'Still there?' });
    expect((await live.waitFor('error', undefined, { from })).error.code).toBe('session_ended');
    const session = await storedSession(id);
    expect(session.turns).toEqual(before);
    expectNothingStoredAfterEnd(session);
    await live.close();
  });
});
