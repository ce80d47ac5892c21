// Two instances on one database share the sign-in and registration limits: failed sign-ins sent to either count
// towards one limit per account, so a load balancer in front of N instances does not give an attacker N times the
// attempts. Only a hash of each email or address is stored. Runs on SQLite (two connections to one file) and, in
// the suite's Postgres project, on Postgres.

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { sameDatabase, testDatabase } from '../support/test-database.ts';

const PASSWORD = 'a long passphrase';

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  const env = {
    BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '4',
    BEDSIDE_LOGIN_WINDOW_SECONDS: '600',
    BEDSIDE_REGISTRATIONS_PER_ADDRESS: '3',
    BEDSIDE_TRUSTED_PROXY_HOPS: '1',
  };
  a = await startServer({ env });
  b = await startServer({ ...sameDatabase(a), env });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
});

const login = (server: TestServer, email: string, password: string) =>
  new ApiClient(server.url).post('/api/auth/login', { email, password });
const registerFrom = (server: TestServer, from: string, email: string) =>
  new ApiClient(server.url).post(
    '/api/auth/register',
    { email, password: PASSWORD, name: 'Reg' },
    { 'x-forwarded-for': from },
  );

describe('limits shared by two instances on one database', () => {
  it('refuses an account after 4 failed sign-ins in total, sent alternately to both, on either instance', async () => {
    expect((await new ApiClient(a.url).register('shared@example.org', 'Sha', PASSWORD)).status).toBe(201);
    for (let i = 0; i < 4; i++) {
      const res = await login(i % 2 === 0 ? a : b, 'shared@example.org', `wrong guess ${i}`);
      expect(res.status).toBe(401);
    }
    for (const server of [a, b]) {
      const refused = await login(server, 'shared@example.org', PASSWORD);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('too_many_attempts');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(590);
    }
  });

  it('stores a hash of the email, never the email itself', async () => {
    const rows = await testDatabase(a).rows<{ scope: string; key_hash: string }>(
      'select scope, key_hash from attempts',
    );
    const hash = createHash('sha256').update('shared@example.org').digest('hex');
    expect(rows.filter((row) => row.scope === 'sign-in-account' && row.key_hash === hash)).toHaveLength(4);
    expect(JSON.stringify(rows)).not.toContain('@');
  });

  it('refuses a fourth registration from one address, the three before sent to either instance', async () => {
    for (const [i, server] of [a, b, a].entries()) {
      expect((await registerFrom(server, '203.0.113.7', `reg-${i}@example.org`)).status).toBe(201);
    }
    const refused = await registerFrom(b, '203.0.113.7', 'reg-3@example.org');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_attempts');
    expect((await registerFrom(a, '203.0.113.8', 'reg-4@example.org')).status).toBe(201);
  });
});
