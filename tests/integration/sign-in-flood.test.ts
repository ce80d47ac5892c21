// A burst of sign-ins must not hold up everything else. Password hashing runs on libuv's thread pool, which
// also reads files: unbounded, 40 sign-ins at once kept a static file waiting for seconds (over 9 s in
// `tests/bench/login-flood.ts`); the hashing gate keeps threads free for it.

import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

const ASSET = '/vad/vad.worklet.bundle.min.js';
const PASSWORD = 'a long passphrase';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function timedFetch(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - started;
}

describe('a burst of sign-ins', () => {
  it('leaves static files quick: 40 clients signing in continuously for 3 s', async () => {
    server = await startServer({ env: { BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '0' } });
    const url = server.url;
    await new ApiClient(url).register('crowd@example.org', 'Crowd', PASSWORD);
    const until = performance.now() + 3000;
    let signedIn = 0;
    const crowd = Array.from({ length: 40 }, async () => {
      while (performance.now() < until) {
        const res = await new ApiClient(url).post('/api/auth/login', {
          email: 'crowd@example.org',
          password: PASSWORD,
        });
        if (res.status === 200) signedIn++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const waits: number[] = [];
    while (performance.now() < until - 200) waits.push(await timedFetch(url + ASSET));
    await Promise.all(crowd);
    expect(signedIn).toBeGreaterThan(20);
    expect(waits.length).toBeGreaterThanOrEqual(3);
    // Unbounded, the first fetch alone took longer than the whole burst.
    expect(Math.max(...waits)).toBeLessThan(1500);
  });

  it('answers 503 busy with Retry-After when more passwords wait than the queue holds', async () => {
    server = await startServer({
      // Twelve sign-ins at one account at once would otherwise meet its attempt limit.
      env: {
        BEDSIDE_PASSWORD_HASH_CONCURRENCY: '1',
        BEDSIDE_PASSWORD_HASH_QUEUE: '2',
        BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '0',
      },
    });
    const url = server.url;
    await new ApiClient(url).register('queue@example.org', 'Queue', PASSWORD);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        new ApiClient(url).post('/api/auth/login', { email: 'queue@example.org', password: PASSWORD }),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(3);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.body.error.code).toBe('busy');
    expect(busy[0]?.headers.get('retry-after')).toBe('1');
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503).map((a) => a.body)).toEqual([]);
  });
});
