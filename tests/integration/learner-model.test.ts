// The learner model as a learner meets it: a self-rating at first sign-in, a recommendation with its reason,
// sessions started on it, and ratings that move after each graded session.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let client: ApiClient;

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
  await client.register('adaptive@example.org', 'Ada');
});
afterAll(async () => {
  await server.stop();
});

describe('the learner model', () => {
  it('starts unrated with a recommendation, and takes a self-rating once', async () => {
    const fresh = (await client.get('/api/learners/me/progress')).body;
    expect(fresh.selfRated).toBe(false);
    expect(fresh.skills.map((s: any) => s.skill)).toEqual([
      'delivering-bad-news',
      'responding-to-emotion',
      'de-escalation',
      'listening',
      'sharing-information',
    ]);
    expect(fresh.skills.every((s: any) => !s.rated && s.sessions === 0)).toBe(true);
    expect(fresh.recommendation).toMatchObject({
      scenarioId: expect.any(String),
      difficulty: expect.any(Number),
    });
    expect(fresh.recommendation.reason.length).toBeGreaterThan(10);

    for (const bad of [
      { ratings: {} },
      { ratings: { juggling: 3 } },
      { ratings: { listening: 6 } },
      { listening: 3 },
    ]) {
      expect((await client.post('/api/learners/me/self-rating', bad)).status).toBe(422);
    }
    const rated = await client.post('/api/learners/me/self-rating', {
      ratings: { 'de-escalation': 5, listening: 1 },
    });
    expect(rated.status).toBe(201);
    const skill = (name: string) => rated.body.skills.find((s: any) => s.skill === name);
    expect(skill('de-escalation').rating).toBeGreaterThan(0.5);
    expect(skill('listening').rating).toBeLessThan(-0.5);
    expect(skill('listening').rated).toBe(true);
    expect(rated.body.selfRated).toBe(true);
    const again = await client.post('/api/learners/me/self-rating', { ratings: { listening: 3 } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_rated');
  });

  it('starts a session on the recommendation when no difficulty is given, and the learner can override', async () => {
    const recommendation = (await client.get('/api/learners/me/progress')).body.recommendation;
    const started = await client.post('/api/sessions', {});
    expect(started.status).toBe(201);
    expect(started.body.session).toMatchObject({
      scenarioId: recommendation.scenarioId,
      difficulty: recommendation.difficulty,
      recommendation: recommendation.reason,
    });
    const chosen = await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 3 });
    expect(chosen.body.session).toMatchObject({
      scenarioId: 'breaking-news-cancer',
      difficulty: 3,
      recommendation: null,
    });
  });

  it('moves the ratings of the skills a graded session assessed, once per session', async () => {
    const before = (await client.get('/api/learners/me/progress')).body;
    const id = (await client.post('/api/sessions', { scenarioId: 'agitated-young-person', difficulty: 2 }))
      .body.session.id;
    for (const text of SCRIPTS['agitated-young-person'] ?? [])
      await client.post(`/api/sessions/${id}/turns`, { text });
    await client.post(`/api/sessions/${id}/end`);
    await client.waitForReport(id);
    const after = (await client.get('/api/learners/me/progress')).body;
    const of = (p: any, name: string) => p.skills.find((s: any) => s.skill === name);
    const deesc = of(after, 'de-escalation');
    expect(deesc.sessions).toBe(1);
    expect(deesc.rating).not.toBe(of(before, 'de-escalation').rating);
    expect(deesc.uncertainty).toBeLessThan(of(before, 'de-escalation').uncertainty);
    const point = deesc.history.at(-1);
    expect(point).toMatchObject({ sessionId: id, outcome: expect.any(Number) });
    expect(of(after, 'delivering-bad-news').sessions).toBe(0);
    // Ending again does not count the session twice.
    await client.post(`/api/sessions/${id}/end`);
    await new Promise((r) => setTimeout(r, 100));
    expect(of((await client.get('/api/learners/me/progress')).body, 'de-escalation').sessions).toBe(1);
  });

  it('is private: no cookie, no progress', async () => {
    expect((await new ApiClient(server.url).get('/api/learners/me/progress')).status).toBe(401);
  });
});
