// A body over the limit is refused with 413 and `Connection: close`, so a keep-alive client opens a fresh
// connection for its next request instead of reusing one the server is about to drop. An idle connection is kept
// longer than clients keep theirs, so a client never sends on one the server is closing.

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

interface Answer {
  status: number;
  connection: string | undefined;
  keepAlive: string | undefined;
  body: string;
  reusedSocket: boolean;
}

/** One request through node's own HTTP client and a keep-alive agent with a single socket. */
function send(
  agent: http.Agent,
  method: string,
  path: string,
  body?: Buffer,
  chunked = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = body
      ? { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': body.length }) }
      : {};
    const req = http.request(new URL(path, server.url), { method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          keepAlive: res.headers['keep-alive']?.toString(),
          body: text,
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    req.on('error', reject);
    if (chunked && body) {
      // Without a length the limit is found while reading: send the body in pieces, as a stream would.
      for (let at = 0; at < body.length; at += 16 * 1024) req.write(body.subarray(at, at + 16 * 1024));
      req.end();
    } else req.end(body);
  });
}

describe('an oversized body', () => {
  for (const size of [200_000, 8_000_000]) {
    it(`of ${size} bytes gets 413 with Connection: close, and the next request on the same agent succeeds`, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const warmUp = await send(agent, 'GET', '/healthz');
        expect(warmUp.status).toBe(200);
        expect(warmUp.connection).toBe('keep-alive');

        const refused = await send(agent, 'POST', '/api/auth/login', Buffer.alloc(size, 0x61));
        expect(refused.status).toBe(413);
        expect(refused.connection).toBe('close');
        expect(JSON.parse(refused.body).error.code).toBe('payload_too_large');

        const next = await send(agent, 'GET', '/healthz');
        expect(next.status).toBe(200);
        expect(next.reusedSocket).toBe(false);
      } finally {
        agent.destroy();
      }
    });
  }

  it('sent chunked, without a length, also gets 413 with Connection: close, and the next request succeeds', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(agent, 'POST', '/api/auth/login', Buffer.alloc(300_000, 0x61), true);
      expect(refused.status).toBe(413);
      expect(refused.connection).toBe('close');
      const next = await send(agent, 'GET', '/healthz');
      expect(next.status).toBe(200);
      expect(next.reusedSocket).toBe(false);
    } finally {
      agent.destroy();
    }
  });

  it('a body within the limit keeps the connection open for the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = Buffer.from(JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password' }));
      const refused = await send(agent, 'POST', '/api/auth/login', body);
      expect(refused.status).toBe(401);
      expect(refused.connection).toBe('keep-alive');
      expect(refused.keepAlive).toBe('timeout=65');
      const next = await send(agent, 'GET', '/healthz');
      expect(next.status).toBe(200);
      expect(next.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});
