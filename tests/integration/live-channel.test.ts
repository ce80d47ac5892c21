// The live channel on the embedded default (no model, no audio providers): typed and browser-recognised turns,
// cutting a reply off, bad frames, and who may open it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { LiveRefused, openLive } from '../support/live-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let learner: ApiClient;

async function newSession(client = learner, scenarioId = 'breaking-news-cancer'): Promise<string> {
  const res = await client.post('/api/sessions', { scenarioId, difficulty: 1 });
  expect(res.status).toBe(201);
  return res.body.session.id;
}

async function storedTurns(id: string): Promise<any[]> {
  return (await learner.get(`/api/sessions/${id}`)).body.session.turns;
}

beforeAll(async () => {
  server = await startServer();
  learner = new ApiClient(server.url);
  await learner.register('live@example.org', 'Lee');
});
afterAll(async () => {
  await server.stop();
});

describe('the live channel on the embedded default', () => {
  it('says what it can do, then answers a typed turn with the same events as the SSE stream', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    expect(await live.waitFor('ready')).toEqual({ type: 'ready', transcription: false, synthesis: false });
    live.send({
      type: 'text',
      text: 'Hello, I am Dr Lee. What do you understand about why we did the scan?',
    });
    const done = await live.waitFor('done');
    const types = live.events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['ready', 'turn', 'affect']);
    expect(types).toContain('delta');
    expect(types).not.toContain('audio');
    const turns = live.events.flatMap((e) => (e.type === 'turn' ? [e.turn] : []));
    expect(turns[0]).toMatchObject({ speaker: 'learner', source: 'typed' });
    expect(turns.length - 1).toBe(done.replies);
    const stored = await storedTurns(id);
    expect(stored.map((t) => t.text)).toEqual(turns.map((t) => t.text));
    await live.close();
  });

  it('stores words the browser recognised as a spoken turn', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    live.send({ type: 'text', text: 'Hello, how are you feeling today?', spoken: true });
    await live.waitFor('done');
    expect((await storedTurns(id))[0]).toMatchObject({ speaker: 'learner', source: 'voice' });
    await live.close();
  });

  it('refuses audio clearly when nothing can transcribe it, stores nothing, and carries on', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    live.sendAudio(new Uint8Array(4000));
    const error = await live.waitFor('error');
    expect(error.error.code).toBe('voice_unavailable');
    expect(error.error.message).toMatch(/type/i);
    expect(await storedTurns(id)).toEqual([]);
    live.send({ type: 'text', text: 'Hello.' });
    await live.waitFor('done');
    expect(await storedTurns(id)).not.toEqual([]);
    await live.close();
  });

  it('keeps only what was heard of a reply the learner cut off, and the character notices', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    live.send({ type: 'text', text: 'Hello, I am Dr Lee. Thank you for coming in today.' });
    await live.waitFor('done');
    const reply = live.events.flatMap((e) => (e.type === 'turn' ? [e.turn] : [])).at(-1);
    expect(reply?.speaker).not.toBe('learner');
    const full: string = reply?.text ?? '';
    const wordStart = full.indexOf(' ') + 1;
    expect(wordStart).toBeGreaterThan(0);

    const from = live.events.length;
    live.send({ type: 'heard', index: reply?.index ?? -1, ms: 400, chars: wordStart });
    const cut = await live.waitFor('turn', (e) => e.turn.index === reply?.index, { from });
    const heard = full.slice(
      0,
      full.indexOf(' ', wordStart) === -1 ? full.length : full.indexOf(' ', wordStart),
    );
    expect(cut.turn.text).toBe(heard.trimEnd());
    expect(cut.turn.cutOff).toEqual({ fullText: full, heardMs: 400 });
    const stored = (await storedTurns(id)).find((t) => t.index === reply?.index);
    expect(stored).toMatchObject({ text: cut.turn.text, cutOff: { fullText: full } });

    const next = live.events.length;
    live.send({ type: 'text', text: 'Sorry to interrupt. How have you been since the scan?' });
    await live.waitFor('done', undefined, { from: next });
    const answer = live.events
      .slice(next)
      .flatMap((e) => (e.type === 'turn' && e.turn.speaker === reply?.speaker ? [e.turn] : []))[0];
    expect(answer?.text).toMatch(/^(Sorry|I hadn't finished)/);
    await live.close();
  });

  it('answers bad frames with a clear error and carries on', async () => {
    const id = await newSession();
    const live = await openLive(server.url, id, learner.cookieHeader());
    live.send({ type: 'heard', index: 7, ms: 100 });
    expect((await live.waitFor('error')).error.code).toBe('invalid_message');
    const from = live.events.length;
    (live as unknown as { send(m: unknown): void }).send({ type: 'shout', text: 'hi' });
    const invalid = await live.waitFor('error', undefined, { from });
    expect(invalid.error).toMatchObject({ code: 'invalid_message' });
    expect(invalid.error.message).not.toMatch(/at .*\.ts/);
    live.send({ type: 'text', text: '   ' });
    expect((await live.waitFor('error', undefined, { from: from + 1 })).error.message).toMatch(/empty/);
    live.send({ type: 'text', text: 'Hello.' });
    await live.waitFor('done');
    await live.close();
  });
});

describe('who may open the live channel', () => {
  it('refuses without a session cookie (401), for another learner or an unknown id (404), once ended (409)', async () => {
    const id = await newSession();
    await expect(openLive(server.url, id, '')).rejects.toMatchObject({ status: 401 });
    const other = new ApiClient(server.url);
    await other.register('other-live@example.org', 'Ola');
    await expect(openLive(server.url, id, other.cookieHeader())).rejects.toMatchObject({ status: 404 });
    await expect(openLive(server.url, 'no-such-session', learner.cookieHeader())).rejects.toMatchObject({
      status: 404,
    });
    const ended = await newSession();
    expect((await learner.post(`/api/sessions/${ended}/end`)).status).toBe(200);
    await expect(openLive(server.url, ended, learner.cookieHeader())).rejects.toBeInstanceOf(LiveRefused);
    await expect(openLive(server.url, ended, learner.cookieHeader())).rejects.toMatchObject({ status: 409 });
  });

  it('refuses another site’s page (403) and a plain request (426, as JSON)', async () => {
    const id = await newSession();
    await expect(
      openLive(server.url, id, learner.cookieHeader(), { origin: 'https://evil.example' }),
    ).rejects.toMatchObject({ status: 403 });
    const ok = await openLive(server.url, id, learner.cookieHeader(), { origin: server.url });
    await ok.close();
    const plain = await learner.get(`/api/sessions/${id}/live`);
    expect(plain.status).toBe(426);
    expect(plain.body.error.code).toBe('upgrade_required');
  });
});
