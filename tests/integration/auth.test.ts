import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';
import { testDatabase } from '../support/test-database.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('accounts', () => {
  it('makes the first account admin and later ones learners, and signs each in', async () => {
    const first = new ApiClient(server.url);
    const created = await first.register('first@example.org', 'Ada First');
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'first@example.org', name: 'Ada First', role: 'admin' });
    const cookie = created.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/bedside_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await first.get('/api/me')).body.user.role).toBe('admin');

    const second = new ApiClient(server.url);
    expect((await second.register('second@example.org')).body.user.role).toBe('learner');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const client = new ApiClient(server.url);
    await client.register('dup@example.org');
    const again = await new ApiClient(server.url).register('DUP@example.org');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
  });

  it('logs in with the right password only, and logs out', async () => {
    await new ApiClient(server.url).register('login@example.org', 'Lee', 'a long passphrase');
    const wrong = await new ApiClient(server.url).post('/api/auth/login', {
      email: 'login@example.org',
      password: 'not the passphrase',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const unknown = await new ApiClient(server.url).post('/api/auth/login', {
      email: 'nobody@example.org',
      password: 'whatever123',
    });
    expect(unknown.status).toBe(401);

    const client = new ApiClient(server.url);
    const ok = await client.post('/api/auth/login', {
      email: 'Login@Example.org',
      password: 'a long passphrase',
    });
    expect(ok.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('stores only a scrypt hash of the password and a hash of the session token', async () => {
    const client = new ApiClient(server.url);
    const created = await client.register('secret@example.org', 'Sam', 'my very hidden words');
    const token = /bedside_session=([^;]+)/.exec(created.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const db = testDatabase(server);
    const [row] = await db.rows<{ password_hash: string }>(
      'select password_hash from users where email = ?',
      'secret@example.org',
    );
    expect(row?.password_hash).toMatch(/^scrypt\$/);
    expect(row?.password_hash).not.toContain('my very hidden words');
    const sessions = await db.rows<{ token_hash: string }>('select token_hash from auth_sessions');
    expect(token.length).toBeGreaterThan(20);
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
  });
});

describe('roles', () => {
  it('lets only an admin list accounts and change roles', async () => {
    const admin = new ApiClient(server.url);
    await admin.post('/api/auth/login', { email: 'first@example.org', password: 'correct horse battery' });
    const learner = new ApiClient(server.url);
    const created = await learner.register('future-instructor@example.org', 'Ina');
    const learnerId = created.body.user.id;

    expect((await learner.get('/api/users')).status).toBe(403);
    const forbidden = await learner.request('PATCH', `/api/users/${learnerId}/role`, { role: 'admin' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('forbidden');

    const listed = await admin.get('/api/users');
    expect(listed.status).toBe(200);
    expect(listed.body.users.map((u: any) => u.email)).toContain('future-instructor@example.org');
    expect(listed.body.users[0]).not.toHaveProperty('passwordHash');

    const promoted = await admin.request('PATCH', `/api/users/${learnerId}/role`, { role: 'instructor' });
    expect(promoted.body.user.role).toBe('instructor');
    expect((await learner.get('/api/me')).body.user.role).toBe('instructor');
    expect((await admin.request('PATCH', '/api/users/nobody/role', { role: 'learner' })).status).toBe(404);
    expect((await admin.request('PATCH', `/api/users/${learnerId}/role`, { role: 'owner' })).status).toBe(
      422,
    );
    const self = (await admin.get('/api/me')).body.user.id;
    expect((await admin.request('PATCH', `/api/users/${self}/role`, { role: 'learner' })).status).toBe(409);
  });
});
