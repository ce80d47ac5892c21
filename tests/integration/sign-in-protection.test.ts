import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../server/ports.ts';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

interface Entry {
  level: string;
  message: string;
  fields: Record<string, unknown> | undefined;
}

let server: TestServer;
const logged: Entry[] = [];
const logger: Logger = { log: (level, message, fields) => logged.push({ level, message, fields }) };

beforeAll(async () => {
  server = await startServer({
    logger,
    env: {
      BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '3',
      BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS: '8',
      // Long enough that eight hashed failures fit in one window on a busy 2-core machine.
      BEDSIDE_LOGIN_WINDOW_SECONDS: '5',
      BEDSIDE_TRUSTED_PROXY_HOPS: '1',
    },
  });
});
afterAll(async () => {
  await server.stop();
});

const PASSWORD = 'a long passphrase';
const login = (email: string, password: string, from = '198.51.100.1') =>
  new ApiClient(server.url).post(
    '/api/auth/login',
    { email, password },
    { 'x-forwarded-for': `10.9.9.9, ${from}` },
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('failed sign-ins', () => {
  it('refuses an account after 3 failures with 429 and Retry-After, even with the right password, until the window passes', async () => {
    await new ApiClient(server.url).register('limited@example.org', 'Lim', PASSWORD);
    for (let i = 0; i < 3; i++)
      expect((await login('limited@example.org', `wrong guess ${i}`)).status).toBe(401);
    const refused = await login('limited@example.org', PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_attempts');
    expect(refused.body.error.message).toMatch(/Try again in \d seconds/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(5);
    // Another account from the same address is not affected by this account's limit.
    await new ApiClient(server.url).register('neighbour@example.org', 'Nei', PASSWORD);
    expect((await login('neighbour@example.org', PASSWORD)).status).toBe(200);

    await sleep(retryAfter * 1000 + 100);
    expect((await login('limited@example.org', PASSWORD)).status).toBe(200);
  });

  it('refuses an address after 8 failures across accounts, keyed by the address the trusted proxy saw', async () => {
    await new ApiClient(server.url).register('sprayed@example.org', 'Spr', PASSWORD);
    for (let i = 0; i < 8; i++) {
      expect((await login(`nobody-${i}@example.org`, 'some guess here', '203.0.113.7')).status).toBe(401);
    }
    const refused = await login('sprayed@example.org', PASSWORD, '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-5]$/);
    // The same person from another address signs in; a forged left-hand X-Forwarded-For entry changes nothing.
    expect((await login('sprayed@example.org', PASSWORD, '203.0.113.8')).status).toBe(200);
    await sleep(5100);
  });

  it('logs each failure and refusal without the password or any secret', async () => {
    logged.length = 0;
    const secret = 'never log this 7Q!';
    await new ApiClient(server.url).register('logged@example.org', 'Log', PASSWORD);
    await login('logged@example.org', secret);
    await login('unknown-person@example.org', secret);
    for (let i = 0; i < 3; i++) await login('logged@example.org', secret);
    const messages = logged.map((e) => e.message);
    expect(messages.filter((m) => m === 'sign-in failed')).toHaveLength(4);
    expect(messages).toContain('sign-in refused: too many failed attempts');
    const failed = logged.filter((e) => e.message === 'sign-in failed');
    expect(failed.map((e) => e.fields?.reason)).toEqual([
      'wrong_password',
      'unknown_account',
      'wrong_password',
      'wrong_password',
    ]);
    expect(failed[0]?.fields?.userId).toEqual(expect.any(String));
    // The email and address only under `personal`, which production logging drops.
    expect(failed[0]?.fields?.personal).toEqual({ email: 'logged@example.org', address: '198.51.100.1' });
    const everything = JSON.stringify(logged);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toMatch(/scrypt\$|bedside_session|password_hash|passwordHash/);
  });
});

describe('password rules', () => {
  const register = (email: string, password: string) =>
    new ApiClient(server.url).post('/api/auth/register', { email, password, name: 'Rules' });

  it('answers each broken rule on registration with its own code and a message saying what to do', async () => {
    const short = await register('rules@example.org', 'nine char');
    expect(short.status).toBe(422);
    expect(short.body.error).toEqual({
      code: 'password_too_short',
      message: expect.stringMatching(/at least 10 characters/),
    });
    const email = await register('marguerite@example.org', 'Marguerite-1999');
    expect(email.status).toBe(422);
    expect(email.body.error.code).toBe('password_contains_email');
    expect(email.body.error.message).toMatch(/email/);
    const common = await register('rules@example.org', 'Password123!');
    expect(common.status).toBe(422);
    expect(common.body.error.code).toBe('password_too_common');
    expect((await register('rules@example.org', 'Qwertyuiop')).body.error.code).toBe('password_too_common');
    expect((await register('rules@example.org', 'a kettle for the ward')).status).toBe(201);
  });

  it('changes a password only with the current one, under the same rules, ending the account’s other sign-ins', async () => {
    const here = new ApiClient(server.url);
    await here.register('changer@example.org', 'Cha', PASSWORD);
    const elsewhere = new ApiClient(server.url);
    await elsewhere.post('/api/auth/login', { email: 'changer@example.org', password: PASSWORD });
    expect((await elsewhere.get('/api/me')).status).toBe(200);

    const anonymous = await new ApiClient(server.url).post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a fresh passphrase',
    });
    expect(anonymous.status).toBe(401);
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a fresh passphrase',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const weak = await here.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'changer2026',
    });
    expect(weak.body.error.code).toBe('password_contains_email');
    expect(
      (await here.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })).body.error
        .code,
    ).toBe('password_too_short');
    expect(
      (await here.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'letmein123' })).body
        .error.code,
    ).toBe('password_too_common');

    const changed = await here.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a fresh passphrase',
    });
    expect(changed.status).toBe(200);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await login('changer@example.org', PASSWORD)).status).toBe(401);
    expect((await login('changer@example.org', 'a fresh passphrase')).status).toBe(200);
  });
});
