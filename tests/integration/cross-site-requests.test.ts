// State-changing requests from another site's pages are refused with 403 JSON; the site's own pages and clients
// that are not browsers (no Origin, no Sec-Fetch-Site) go through.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiResponse } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { testDatabase } from '../support/test-database.ts';

let server: TestServer;
let alice: ApiClient;

beforeAll(async () => {
  server = await startServer();
  alice = new ApiClient(server.url);
  await alice.register('alice@example.org', 'Alice');
});
afterAll(async () => {
  await server.stop();
});

async function sessionCount(): Promise<number> {
  const [row] = await testDatabase(server).rows<{ n: number | string }>(
    'select count(*) as n from practice_sessions',
  );
  return Number(row?.n);
}

function expectRefused(res: ApiResponse) {
  expect(res.status).toBe(403);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(res.body.error.code).toBe('cross_origin');
  expect(res.body.error.message).toMatch(/another site/);
}

const newSession = { scenarioId: 'breaking-news-cancer' };

describe('a state-changing request from another site', () => {
  it('with a foreign Origin is refused and creates nothing', async () => {
    const before = await sessionCount();
    expectRefused(await alice.post('/api/sessions', newSession, { origin: 'https://elsewhere.example' }));
    expect(await sessionCount()).toBe(before);
  });

  it('from the same host on another port (same site, other origin) is refused', async () => {
    const otherPort = new URL(server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    expectRefused(await alice.post('/api/sessions', newSession, { origin: otherPort.origin }));
  });

  it('as a plain form post is refused before its body is looked at', async () => {
    const form = 'scenarioId=breaking-news-cancer';
    const headers = {
      origin: 'https://elsewhere.example',
      'content-type': 'application/x-www-form-urlencoded',
    };
    expectRefused(await alice.post('/api/sessions', form, headers));
  });

  it('with an opaque origin (`null`) or a malformed one is refused', async () => {
    expectRefused(await alice.post('/api/sessions', newSession, { origin: 'null' }));
    expectRefused(await alice.post('/api/sessions', newSession, { origin: 'not a url' }));
  });

  it('without Origin but marked cross-site or same-site by Sec-Fetch-Site is refused', async () => {
    expectRefused(await alice.post('/api/sessions', newSession, { 'sec-fetch-site': 'cross-site' }));
    expectRefused(await alice.post('/api/sessions', newSession, { 'sec-fetch-site': 'same-site' }));
  });

  it('is refused for every state-changing method and for signing in (login forgery)', async () => {
    const anonymous = new ApiClient(server.url);
    const login = { email: 'alice@example.org', password: 'correct horse battery' };
    expectRefused(await anonymous.post('/api/auth/login', login, { origin: 'https://elsewhere.example' }));
    expect(anonymous.cookieHeader()).toBe('');
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expectRefused(
        await alice.request(
          method,
          '/api/users/someone/role',
          { role: 'admin' },
          { origin: 'https://elsewhere.example' },
        ),
      );
    }
  });
});

describe('requests that go through', () => {
  it('a state-changing request from this site (Origin matches Host)', async () => {
    const res = await alice.post('/api/sessions', newSession, { origin: server.url });
    expect(res.status).toBe(201);
  });

  it('from this site behind a proxy that rewrites Host but sets X-Forwarded-Host', async () => {
    const headers = {
      origin: 'https://bedside.hospital.example',
      'x-forwarded-host': 'bedside.hospital.example',
    };
    expect((await alice.post('/api/sessions', newSession, headers)).status).toBe(201);
  });

  it('marked same-origin, or typed by the user (`none`), by Sec-Fetch-Site', async () => {
    expect((await alice.post('/api/sessions', newSession, { 'sec-fetch-site': 'same-origin' })).status).toBe(
      201,
    );
    expect((await alice.post('/api/sessions', newSession, { 'sec-fetch-site': 'none' })).status).toBe(201);
  });

  it('from a client that is not a browser (neither header)', async () => {
    expect((await alice.post('/api/sessions', newSession)).status).toBe(201);
  });

  it('a read from another site is not refused (reads change nothing; CORS keeps the answer from that page)', async () => {
    const res = await alice.request('GET', '/api/me', undefined, { origin: 'https://elsewhere.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
