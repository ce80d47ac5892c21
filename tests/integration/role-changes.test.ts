import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/**
 * Sends a role change whose headers go at once (so the request passes the role check at the door) and whose
 * body, of announced length, waits for `release`: two of these overlap for certain, as two admins clicking at
 * the same moment may.
 */
function slowRoleChange(client: ApiClient, userId: string, role: string, release: Promise<void>) {
  const payload = JSON.stringify({ role });
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(
      `${client.baseUrl}/api/users/${userId}/role`,
      {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          cookie: client.cookieHeader(),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    void release.then(() => req.end(payload));
  });
}

const roleOf = async (client: ApiClient) => (await client.get('/api/me')).body.user.role as string;

describe('role changes', () => {
  it('two admins demoting each other at the same moment leave one admin, every time', async () => {
    const ada = new ApiClient(server.url);
    const ben = new ApiClient(server.url);
    const adaId = (await ada.register('ada-admin@example.org', 'Ada')).body.user.id;
    const benId = (await ben.register('ben-admin@example.org', 'Ben')).body.user.id;
    expect((await ada.request('PATCH', `/api/users/${benId}/role`, { role: 'admin' })).status).toBe(200);

    for (let round = 0; round < 10; round++) {
      let release = () => {};
      const bothAtTheDoor = new Promise<void>((resolve) => {
        release = resolve;
      });
      const requests = Promise.all([
        slowRoleChange(ada, benId, 'learner', bothAtTheDoor),
        slowRoleChange(ben, adaId, 'learner', bothAtTheDoor),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 30));
      release();
      const [adaDemotesBen, benDemotesAda] = await requests;
      const statuses = [adaDemotesBen.status, benDemotesAda.status].sort();
      // One demotion wins; the other is refused, either as the last admin (409) or as no longer an admin (403).
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const roles = [await roleOf(ada), await roleOf(ben)];
      expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
      // The remaining admin promotes the other back for the next round.
      const [admin, otherId] = roles[0] === 'admin' ? [ada, benId] : [ben, adaId];
      expect((await admin.request('PATCH', `/api/users/${otherId}/role`, { role: 'admin' })).status).toBe(
        200,
      );
    }
  });

  it('an admin may step down while another admin remains, but the last admin may not be demoted', async () => {
    const server2 = await startServer();
    try {
      const first = new ApiClient(server2.url);
      const firstId = (await first.register('only-admin@example.org', 'Only')).body.user.id;
      const second = new ApiClient(server2.url);
      const secondId = (await second.register('second-admin@example.org', 'Second')).body.user.id;

      const alone = await first.request('PATCH', `/api/users/${firstId}/role`, { role: 'learner' });
      expect(alone.status).toBe(409);
      expect(alone.body.error.code).toBe('last_admin');

      expect((await first.request('PATCH', `/api/users/${secondId}/role`, { role: 'admin' })).status).toBe(
        200,
      );
      const stepDown = await first.request('PATCH', `/api/users/${firstId}/role`, { role: 'instructor' });
      expect(stepDown.status).toBe(200);
      expect(await roleOf(first)).toBe('instructor');
      const after = await first.request('PATCH', `/api/users/${secondId}/role`, { role: 'learner' });
      expect(after.status).toBe(403);
      const last = await second.request('PATCH', `/api/users/${secondId}/role`, { role: 'learner' });
      expect(last.status).toBe(409);
      expect(await roleOf(second)).toBe('admin');
    } finally {
      await server2.stop();
    }
  });
});
