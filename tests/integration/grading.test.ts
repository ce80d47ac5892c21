// Grading as a learner meets it: end a session, poll the report, read verbatim evidence; and it survives a restart.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase, testDatabase } from '../support/test-database.ts';

let server: TestServer;
let client: ApiClient;

async function conversation(c: ApiClient, scenarioId: string): Promise<{ id: string; turns: any[] }> {
  const id = (await c.post('/api/sessions', { scenarioId })).body.session.id;
  for (const text of SCRIPTS[scenarioId] ?? []) await c.post(`/api/sessions/${id}/turns`, { text });
  const turns = (await c.get(`/api/sessions/${id}`)).body.session.turns;
  return { id, turns };
}

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
  await client.register('graded@example.org', 'Gray');
});
afterAll(async () => {
  await server.stop();
});

describe('the session report', () => {
  it('is refused while the session is active, then graded offline with verbatim evidence', async () => {
    const { id, turns } = await conversation(client, 'breaking-news-cancer');
    const early = await client.get(`/api/sessions/${id}/report`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('session_active');

    await client.post(`/api/sessions/${id}/end`);
    const report = await client.waitForReport(id);
    expect(report).toMatchObject({ version: 1, mode: 'offline', note: null });
    expect(report.rubrics.map((r: any) => r.rubricId)).toEqual(['spikes', 'nurse', 'listening']);
    for (const rubric of report.rubrics) {
      expect(rubric.overall === null || (rubric.overall >= 0 && rubric.overall <= 1)).toBe(true);
      for (const item of rubric.items) {
        if (item.score === null) {
          expect(item.notAssessed).toEqual(expect.any(String));
          continue;
        }
        expect([0, 0.5, 1]).toContain(item.score);
        for (const e of item.evidence) {
          expect(turns[e.turn].text.toLowerCase()).toContain(e.quote.toLowerCase());
        }
        if (item.score < 1) expect(item.suggestion).toEqual(expect.any(String));
      }
    }
    const spikes = report.rubrics.find((r: any) => r.rubricId === 'spikes');
    const perception = spikes.items.find((i: any) => i.id === 'perception');
    expect(perception.score).toBe(1);
    expect(perception.evidence[0].turn).toBe(2);
    expect(report.metrics).toMatchObject({ learnerTurns: 10, firstPerceptionTurn: 2 });
    expect(report.metrics.newsBeforePerception).toBe(false);
  });

  it("gives a poor conversation a lower score than a good one, and hides others' reports", async () => {
    const good = await conversation(client, 'agitated-young-person');
    const poorId = (await client.post('/api/sessions', { scenarioId: 'agitated-young-person' })).body.session
      .id;
    for (const text of [
      'Sit down.',
      'Calm down now or I will call security.',
      'You are overreacting.',
      'Stop shouting.',
    ]) {
      await client.post(`/api/sessions/${poorId}/turns`, { text });
    }
    await client.post(`/api/sessions/${good.id}/end`);
    await client.post(`/api/sessions/${poorId}/end`);
    const beta = async (id: string) =>
      (await client.waitForReport(id)).rubrics.find((r: any) => r.rubricId === 'beta').overall;
    expect(await beta(good.id)).toBeGreaterThan((await beta(poorId)) + 0.3);

    const other = new ApiClient(server.url);
    await other.register('nosy@example.org');
    expect((await other.get(`/api/sessions/${good.id}/report`)).status).toBe(404);
  });

  it('resumes a job that was running when the server stopped', async () => {
    const { id } = await conversation(client, 'angry-relative-delayed-diagnosis');
    await client.post(`/api/sessions/${id}/end`);
    await client.waitForReport(id);
    await server.stop();
    // As if the process died mid-grading: the job is still marked running and has no report.
    await testDatabase(server).run(
      "update grading_jobs set status = 'running', report = null where session_id = ?",
      id,
    );

    server = await startServer(sameDatabase(server));
    client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'graded@example.org', password: 'correct horse battery' });
    const report = await client.waitForReport(id);
    expect(report.rubrics.map((r: any) => r.rubricId)).toEqual([
      'open-disclosure',
      'nurse',
      'listening',
      'beta',
    ]);
  });
});
