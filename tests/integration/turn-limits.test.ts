// The limits on turns over real HTTP and the live channel: a session holds at most BEDSIDE_SESSION_MAX_TURNS learner
// turns (then 409 session_full), and a learner takes at most BEDSIDE_TURN_RATE_LIMIT turns a minute (then 429
// rate_limited with Retry-After). A refused turn is never stored.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openLive } from '../support/live-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;

async function learnerNamed(name: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  expect((await client.register(`${name}@example.org`, name)).status).toBe(201);
  return client;
}

async function newSession(client: ApiClient): Promise<string> {
  const res = await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 });
  expect(res.status).toBe(201);
  return res.body.session.id;
}

async function learnerTurns(client: ApiClient, id: string): Promise<number> {
  const turns: any[] = (await client.get(`/api/sessions/${id}`)).body.session.turns;
  return turns.filter((t) => t.speaker === 'learner').length;
}

beforeAll(async () => {
  server = await startServer({ env: { BEDSIDE_SESSION_MAX_TURNS: '3', BEDSIDE_TURN_RATE_LIMIT: '5' } });
});
afterAll(async () => {
  await server.stop();
});

describe('the cap on turns per session', () => {
  it('refuses the turn past the cap with 409 session_full, stores nothing, and a new session goes on', async () => {
    const learner = await learnerNamed('capped');
    const id = await newSession(learner);
    for (let i = 1; i <= 3; i++) {
      expect(
        (await learner.post(`/api/sessions/${id}/turns`, { text: `Hello, this is line ${i}.` })).status,
      ).toBe(200);
    }
    const refused = await learner.post(`/api/sessions/${id}/turns`, { text: 'And one more thing.' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('session_full');
    expect(refused.body.error.message).toMatch(/limit of 3 turns/);
    expect(refused.body.error.message).toMatch(/start a new one/);
    expect(await learnerTurns(learner, id)).toBe(3);

    // Still readable and endable; the next session starts afresh.
    expect((await learner.post(`/api/sessions/${id}/end`)).status).toBe(200);
    const next = await newSession(learner);
    expect((await learner.post(`/api/sessions/${next}/turns`, { text: 'Hello again.' })).status).toBe(200);
  });

  it('refuses it on the live channel too, as an error event', async () => {
    const learner = await learnerNamed('capped-live');
    const id = await newSession(learner);
    const live = await openLive(server.url, id, learner.cookieHeader());
    for (let i = 1; i <= 3; i++) {
      const from = live.events.length;
      live.send({ type: 'text', text: `Hello, this is line ${i}.` });
      await live.waitFor('done', undefined, { from });
    }
    const from = live.events.length;
    live.send({ type: 'text', text: 'And one more thing.' });
    const refused = await live.waitFor('error', undefined, { from });
    expect(refused.error.code).toBe('session_full');
    expect(await learnerTurns(learner, id)).toBe(3);
    await live.close();
  });
});

describe('the per-learner turn rate limit', () => {
  it('refuses the turn past the minute’s allowance with 429 and Retry-After; other learners carry on', async () => {
    const fast = await learnerNamed('fast');
    const sessions = [await newSession(fast), await newSession(fast)];
    // Five turns (the allowance) across two sessions: the limit is the learner's, not the session's.
    for (let i = 0; i < 5; i++) {
      const id = sessions[i < 3 ? 0 : 1] as string;
      expect((await fast.post(`/api/sessions/${id}/turns`, { text: `Line ${i}.` })).status).toBe(200);
    }
    const refused = await fast.post(`/api/sessions/${sessions[1]}/turns`, { text: 'Too soon.' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    // Five a minute is one every 12 s.
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(12);
    expect(refused.body.error.message).toContain(`wait ${retryAfter} s`);
    expect(await learnerTurns(fast, sessions[1] as string)).toBe(2);

    const other = await learnerNamed('other');
    const id = await newSession(other);
    expect((await other.post(`/api/sessions/${id}/turns`, { text: 'Hello.' })).status).toBe(200);
  });

  it('says so on the live channel, with the wait in the message', async () => {
    const fast = await learnerNamed('fast-live');
    const sessions = [await newSession(fast), await newSession(fast)];
    for (let i = 0; i < 5; i++) {
      const id = sessions[i < 3 ? 0 : 1] as string;
      expect((await fast.post(`/api/sessions/${id}/turns`, { text: `Line ${i}.` })).status).toBe(200);
    }
    const live = await openLive(server.url, sessions[1] as string, fast.cookieHeader());
    await live.waitFor('ready');
    live.send({ type: 'text', text: 'Too soon.' });
    const refused = await live.waitFor('error');
    expect(refused.error.code).toBe('rate_limited');
    expect(refused.error.message).toMatch(/wait \d+ s/);
    await live.close();
  });
});
