import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiResponse } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { testDatabase } from '../support/test-database.ts';

let server: TestServer;
let alice: ApiClient;
let bob: ApiClient;
let sessionId: string;

function expectCleanError(res: ApiResponse, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(Object.keys(res.body as object)).toEqual(['error']);
  const error = (res.body as any).error;
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(error.message).not.toMatch(/\n\s+at /);
  if (code) expect(error.code).toBe(code);
}

async function turnCount(): Promise<number> {
  const [row] = await testDatabase(server).rows<{ n: number | string }>('select count(*) as n from turns');
  return Number(row?.n);
}

beforeAll(async () => {
  server = await startServer();
  alice = new ApiClient(server.url);
  bob = new ApiClient(server.url);
  await alice.register('alice@example.org', 'Alice');
  await bob.register('bob@example.org', 'Bob');
  sessionId = (await alice.post('/api/sessions', { scenarioId: 'breaking-news-cancer' })).body.session.id;
});
afterAll(async () => {
  await server.stop();
});

describe('bad input gets a clear JSON error and writes nothing', () => {
  const turnPath = () => `/api/sessions/${sessionId}/turns`;

  it('malformed JSON → 400 invalid_json', async () => {
    expectCleanError(await alice.post(turnPath(), '{"text": "hel'), 400, 'invalid_json');
  });

  it('a body that is not JSON → 415', async () => {
    expectCleanError(await alice.post(turnPath(), 'text=hello', { 'content-type': 'text/plain' }), 415);
  });

  it('wrong types, missing or unknown fields → 422 naming the field', async () => {
    const wrongType = await alice.post(turnPath(), { text: 42 });
    expectCleanError(wrongType, 422, 'validation_failed');
    expect((wrongType.body as any).error.message).toMatch(/^text:/);
    expectCleanError(await alice.post(turnPath(), {}), 422);
    expectCleanError(await alice.post(turnPath(), { text: 'hi', extra: true }), 422);
    expectCleanError(
      await alice.post('/api/sessions', { scenarioId: 'breaking-news-cancer', difficulty: 7 }),
      422,
    );
    expectCleanError(
      await alice.post('/api/auth/register', { email: 'not-an-email', password: 'x', name: '' }),
      422,
    );
  });

  it('empty, blank or over-long text → 422', async () => {
    expectCleanError(await alice.post(turnPath(), { text: '' }), 422);
    expectCleanError(await alice.post(turnPath(), { text: '   \n ' }), 422);
    const long = await alice.post(turnPath(), { text: 'a'.repeat(2001) });
    expectCleanError(long, 422);
    expect((long.body as any).error.message).toMatch(/2000/);
  });

  it('a body over the size limit → 413', async () => {
    expectCleanError(await alice.post(turnPath(), { text: 'b'.repeat(70_000) }), 413, 'payload_too_large');
  });

  it('an unknown scenario → 404, an unknown API route → 404', async () => {
    expectCleanError(await alice.post('/api/sessions', { scenarioId: 'no-such-scenario' }), 404, 'not_found');
    expectCleanError(await alice.get('/api/nothing-here'), 404, 'not_found');
  });

  it('an Accept header that is neither JSON nor SSE → 406', async () => {
    expectCleanError(await alice.post(turnPath(), { text: 'Hello' }, { accept: 'text/html' }), 406);
  });

  it('none of the refused requests stored a turn', async () => {
    expect(await turnCount()).toBe(0);
  });
});

describe('access control', () => {
  it('answers 401 without a cookie, or with a forged one, on every data route', async () => {
    const anonymous = new ApiClient(server.url);
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['GET', '/api/scenarios'],
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions'],
      ['GET', `/api/sessions/${sessionId}`],
      ['POST', `/api/sessions/${sessionId}/turns`],
      ['POST', `/api/sessions/${sessionId}/end`],
    ] as const) {
      expectCleanError(
        await anonymous.request(method, path, method === 'POST' ? { text: 'hi' } : undefined),
        401,
      );
      expectCleanError(
        await anonymous.request(method, path, method === 'POST' ? { text: 'hi' } : undefined, {
          cookie: 'bedside_session=forged-token-value',
        }),
        401,
        'unauthenticated',
      );
    }
  });

  it("hides another learner's session behind 404 for reading, talking and ending", async () => {
    expectCleanError(await bob.get(`/api/sessions/${sessionId}`), 404);
    expectCleanError(await bob.post(`/api/sessions/${sessionId}/turns`, { text: 'Hello' }), 404);
    expectCleanError(await bob.post(`/api/sessions/${sessionId}/end`), 404);
    expect((await bob.get('/api/sessions')).body.sessions).toEqual([]);
    expect((await alice.get(`/api/sessions/${sessionId}`)).body.session.status).toBe('active');
    expect(await turnCount()).toBe(0);
  });
});

describe('health', () => {
  it('reports the database and the scenarios', async () => {
    const res = await new ApiClient(server.url).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', conversationEngine: 'offline' });
    expect(res.body.scenarios).toBeGreaterThanOrEqual(3);
  });
});
