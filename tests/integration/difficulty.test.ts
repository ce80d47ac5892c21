// Difficulty is real: the same scripted learner meets harder characters at a higher level, and scores lower.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let client: ApiClient;

const MIXED_LEARNER: Record<string, string[]> = {
  'agitated-young-person': [
    "Hi, I'm Sam, one of the nurses.",
    'You need to sit down.',
    // Characters stay wary after an order unless the learner makes amends.
    'Sorry, that came out wrong.',
    'I can see you are upset. What is going on?',
    'That sounds really frightening.',
    'Would you rather wait here or in the quiet room?',
    'What would help right now?',
  ],
  'breaking-news-cancer': [
    "Hello, I'm Dr Morgan.",
    'The biopsy shows a metastatic lung cancer that has spread to the liver.',
    "Don't worry, we have good treatments.",
    'How are you feeling?',
    'The oncology team will see you next week.',
  ],
};

async function gradedOverall(scenarioId: string, difficulty: number, rubricId: string): Promise<number> {
  const id = (await client.post('/api/sessions', { scenarioId, difficulty })).body.session.id;
  for (const text of MIXED_LEARNER[scenarioId] ?? [])
    await client.post(`/api/sessions/${id}/turns`, { text });
  await client.post(`/api/sessions/${id}/end`);
  const report = await client.waitForReport(id);
  return report.rubrics.find((r: any) => r.rubricId === rubricId).overall;
}

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
  await client.register('levels@example.org');
});
afterAll(async () => {
  await server.stop();
});

describe('difficulty levels', () => {
  it('give the same learner a lower score at level 3 than at level 1', async () => {
    for (const [scenarioId, rubricId] of [
      ['agitated-young-person', 'beta'],
      ['breaking-news-cancer', 'spikes'],
    ] as const) {
      const easy = await gradedOverall(scenarioId, 1, rubricId);
      const hard = await gradedOverall(scenarioId, 3, rubricId);
      expect(hard, `${scenarioId}: level 3 ${hard} vs level 1 ${easy}`).toBeLessThan(easy);
    }
  });
});
