// The audio providers as the running server wires them: /healthz shows both sides and their circuits, and each
// character of the shipped scenarios carries the voice its file names.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

async function withServer<T>(
  env: Record<string, string>,
  use: (client: ApiClient) => Promise<T>,
): Promise<T> {
  const server: TestServer = await startServer({ env });
  try {
    return await use(new ApiClient(server.url));
  } finally {
    await server.stop();
  }
}

const closed = { state: 'closed', openUntil: null, consecutiveFailures: 0 };

describe('/healthz audio', () => {
  it('shows both sides off without a key, keeping the other fields', async () => {
    const health = await withServer({}, async (client) => (await client.get('/healthz')).body);
    expect(health).toMatchObject({ status: 'ok', database: 'ok', conversationEngine: 'offline' });
    expect(health.audio).toEqual({
      transcription: { configured: false, model: null, circuit: null },
      speech: { configured: false, model: null, circuit: null },
    });
  });

  it('shows each configured side with its model and closed circuit, and a side turned off', async () => {
    const env = {
      OPENAI_API_KEY: 'test-key-not-secret',
      OPENAI_BASE_URL: fake.url,
      BEDSIDE_TRANSCRIBE_MODEL: 'whisper-fake',
      BEDSIDE_SPEECH_MODEL: 'off',
    };
    const health = await withServer(env, async (client) => (await client.get('/healthz')).body);
    expect(health.llm.configured).toBe(true);
    expect(health.audio).toEqual({
      transcription: { configured: true, model: 'whisper-fake', circuit: closed },
      speech: { configured: false, model: null, circuit: null },
    });
  });
});

describe('character voices', () => {
  it('each character of the shipped scenarios has the voice its file names', async () => {
    const scenarios = await withServer({}, async (client) => {
      await client.register('voices@example.org');
      return (await client.get('/api/scenarios')).body.scenarios as any[];
    });
    const voices = Object.fromEntries(
      scenarios.flatMap((s) => s.characters.map((c: any) => [`${s.id}/${c.id}`, c.voice])),
    );
    // Every character in the files names its voice, and the server serves exactly those.
    const named = Object.fromEntries(
      readdirSync('prompts/scenarios')
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => {
          const file = parseYaml(readFileSync(join('prompts/scenarios', f), 'utf8'));
          return file.characters.map((c: any) => [`${file.id}/${c.id}`, c.voice]);
        }),
    );
    expect(Object.values(named).every((v) => typeof v === 'string')).toBe(true);
    expect(voices).toEqual(named);
    expect(voices['breaking-news-cancer/alan']).toBe('onyx');
  });
});
