// Avatar looks over real HTTP: authored appearances reach the client, bad ones stop start-up, missing ones default.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { defaultAppearance } from '../../server/content/default-appearance.ts';
import { testAppearance, testScenarioInput } from '../fixtures/test-scenario.ts';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

const SHIPPED = './prompts/scenarios';

/** Each shipped character's authored appearance, read straight from the YAML files. */
function authoredAppearances(): Map<string, unknown> {
  const looks = new Map<string, unknown>();
  for (const file of readdirSync(SHIPPED).filter((name) => name.endsWith('.yaml'))) {
    const scenario = parse(readFileSync(join(SHIPPED, file), 'utf8'));
    for (const character of scenario.characters)
      looks.set(`${scenario.id}/${character.id}`, character.appearance);
  }
  return looks;
}

/** A scenarios folder holding one file, test-scene.yaml. */
function scenariosDir(scenario: Record<string, unknown>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bedside-appearance-')), 'scenarios');
  mkdirSync(dir);
  writeFileSync(join(dir, 'test-scene.yaml'), stringify(scenario));
  return dir;
}

async function signedIn(server: TestServer): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.register(`looks-${Date.now()}-${Math.random()}@example.org`);
  return client;
}

describe('authored appearances', () => {
  let server: TestServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startServer();
    client = await signedIn(server);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('every shipped character has one, and GET /api/scenarios carries it', async () => {
    const authored = authoredAppearances();
    expect(authored.size).toBeGreaterThanOrEqual(5);
    const res = await client.get('/api/scenarios');
    expect(res.status).toBe(200);
    for (const scenario of res.body.scenarios) {
      for (const character of scenario.characters) {
        const expected = authored.get(`${scenario.id}/${character.id}`);
        expect(expected, `${scenario.id}/${character.id} has no appearance`).toBeDefined();
        expect(character.appearance).toEqual(expected);
      }
    }
  });

  it('the characters of a created session carry it too', async () => {
    const authored = authoredAppearances();
    const res = await client.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 2 });
    expect(res.status).toBe(201);
    const characters = res.body.session.characters;
    expect(characters.map((c: { id: string }) => c.id)).toEqual(['alan', 'tom']);
    for (const character of characters)
      expect(character.appearance).toEqual(authored.get(`breaking-news-cancer/${character.id}`));
  });

  it('the shipped characters look different from one another', async () => {
    const looks = [...authoredAppearances().values()].map((look) => JSON.stringify(look));
    expect(new Set(looks).size).toBe(looks.length);
  });
});

describe('a character without an appearance', () => {
  it('gets the default derived from its id, the same on every request', async () => {
    const server = await startServer({ scenariosDir: scenariosDir(testScenarioInput()) });
    try {
      const client = await signedIn(server);
      const expected = defaultAppearance({ id: 'robin', age: 35, role: 'relative' });
      const first = (await client.get('/api/scenarios')).body.scenarios[0].characters;
      const session = (await client.post('/api/sessions', { scenarioId: 'test-scene', difficulty: 2 })).body
        .session;
      const again = (await client.get(`/api/sessions/${session.id}`)).body.session;
      for (const characters of [first, session.characters, again.characters]) {
        expect(characters[0].appearance).toEqual(testAppearance());
        expect(characters[1].appearance).toEqual(expected);
      }
    } finally {
      await server.stop();
    }
  });

  it('fills in the optional fields of a partial one', async () => {
    const input = testScenarioInput() as any;
    const { build: _build, glasses: _glasses, ...partial } = testAppearance();
    input.characters[0].appearance = partial;
    const server = await startServer({ scenariosDir: scenariosDir(input) });
    try {
      const client = await signedIn(server);
      const look = (await client.get('/api/scenarios')).body.scenarios[0].characters[0].appearance;
      expect(look).toEqual({ ...partial, build: 'average', glasses: false });
    } finally {
      await server.stop();
    }
  });
});

describe('a bad appearance', () => {
  it('stops start-up, naming the file, the field and the expected colour form', async () => {
    const input = testScenarioInput() as any;
    input.characters[0].appearance.hair.colour = 'red';
    await expect(startServer({ scenariosDir: scenariosDir(input) })).rejects.toThrow(
      /test-scene\.yaml[\s\S]*characters\.0\.appearance\.hair\.colour[\s\S]*#rrggbb/,
    );
  });

  it('names an unknown clothing kind', async () => {
    const input = testScenarioInput() as any;
    input.characters[0].appearance.clothing.kind = 'tuxedo';
    await expect(startServer({ scenariosDir: scenariosDir(input) })).rejects.toThrow(
      /test-scene\.yaml[\s\S]*characters\.0\.appearance\.clothing\.kind/,
    );
  });
});
