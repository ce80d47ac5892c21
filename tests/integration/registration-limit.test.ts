import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    env: { BEDSIDE_REGISTRATIONS_PER_ADDRESS: '2', BEDSIDE_TRUSTED_PROXY_HOPS: '1' },
  });
});
afterAll(async () => {
  await server.stop();
});

const PASSWORD = 'a long passphrase';
const registerFrom = (from: string, email: string) =>
  new ApiClient(server.url).post(
    '/api/auth/register',
    { email, password: PASSWORD, name: 'Reg' },
    { 'x-forwarded-for': from },
  );

describe('registrations per address', () => {
  it('refuses a third account from one address with 429 and Retry-After, and stores nothing', async () => {
    expect((await registerFrom('203.0.113.7', 'one@example.org')).status).toBe(201);
    expect((await registerFrom('203.0.113.7', 'two@example.org')).status).toBe(201);
    const refused = await registerFrom('203.0.113.7', 'three@example.org');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_attempts');
    expect(refused.body.error.message).toMatch(/Too many accounts registered from this address/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const login = await new ApiClient(server.url).post('/api/auth/login', {
      email: 'three@example.org',
      password: PASSWORD,
    });
    expect(login.status).toBe(401);
  });

  it('lets another address register', async () => {
    expect((await registerFrom('203.0.113.8', 'four@example.org')).status).toBe(201);
  });
});
