// The dialogue state is stored with the turns: after a restart the characters still know the stage, the words the
// learner explained and the words it has said, and the offline engine still avoids what it said before.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase } from '../support/test-database.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.setDefault({ reply: 'I see.' });
});
afterAll(() => fake.close());

const modelEnv = () => ({
  OPENAI_API_KEY: 'test-key-not-secret',
  OPENAI_BASE_URL: fake.url,
  BEDSIDE_CHARACTER_MODEL: 'fake-character-1',
});
const lastSystem = () =>
  String(
    fake.requests.filter((r) => r.path.endsWith('/chat/completions') && r.body).at(-1)?.body?.messages?.[0]
      ?.content ?? '',
  );

describe('a resumed session', () => {
  it('keeps the stage, the explained words and what the learner has said across a restart', async () => {
    let server: TestServer = await startServer({ env: modelEnv() });
    let client = new ApiClient(server.url);
    await client.register('resume@example.org', 'Dr Resume');
    const created = await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 1 });
    const id = created.body.session.id;
    const say = async (text: string) => {
      const res = await client.post(`/api/sessions/${id}/turns`, { text });
      expect(res.status).toBe(200);
    };
    await say('Hello Mr Whitfield, I am Dr Resume.');
    expect(lastSystem()).toMatch(/Words you must not use before they do: [^\n]*\bspread\b/);
    await say('I am afraid the scan shows the cancer is metastatic, which means it has spread to the liver.');

    await server.stop();
    server = await startServer({ ...sameDatabase(server), env: modelEnv() });
    client = new ApiClient(server.url);
    const login = await client.post('/api/auth/login', {
      email: 'resume@example.org',
      password: 'correct horse battery',
    });
    expect(login.status).toBe(200);
    await say('How are you feeling about what I have told you?');
    const resumed = lastSystem();
    expect(resumed).toMatch(/The news has been given/);
    expect(resumed).toMatch(/Words they have explained, so you now understand them: metastatic/);
    expect(resumed).not.toMatch(/must not use before they do: [^\n]*\bspread\b/);
    expect(resumed).not.toMatch(/Where the conversation is: the start/);
    await server.stop();
  });
});
