// A learning record store for tests, over real HTTP on loopback, that fails sometimes: answers 500 (keeping nothing),
// drops the connection before or after keeping the statement, or answers too slowly (keeping it meanwhile). Like a
// real store it keeps each statement id once, and answers a statement it already has with 409 or 200. It counts what
// it saw, so a test can tell that every statement arrived exactly once and nothing was sent again needlessly.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLrsOptions {
  username: string;
  password: string;
  /** Seeds the failures, so a run can be repeated. */
  seed: number;
  /** Share of POSTs answered 500. @default 0.2 */
  serverErrors?: number;
  /** Share dropped before keeping the statement. @default 0.1 */
  dropsBefore?: number;
  /** Share kept, then dropped before answering. @default 0.1 */
  dropsAfter?: number;
  /** Share kept, then answered after `slowMs`. @default 0.1 */
  slow?: number;
  /** @default 400 */
  slowMs?: number;
  /** A prompt answer given within this is one the client surely heard (for `needlessResends`). */
  answeredWithinMs: number;
}

export interface FakeLrs {
  url: string;
  /** Every statement kept, by id. */
  statements: Map<string, Record<string, unknown>>;
  counts: {
    posts: number;
    serverErrors: number;
    dropsBefore: number;
    dropsAfter: number;
    slow: number;
    /** POSTs of an id already kept. */
    duplicates: number;
    /** Duplicates of an id whose keeping was answered in full: sent again for no reason. */
    needlessResends: number;
  };
  /** Requests whose authorization, version or content type was wrong. */
  badRequests: string[];
  close(): Promise<void>;
}

/** A small seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFakeLrs(options: FakeLrsOptions): Promise<FakeLrs> {
  const random = seeded(options.seed);
  const statements = new Map<string, Record<string, unknown>>();
  /** Ids whose first keeping was answered 200 and the answer went out whole. */
  const confirmed = new Set<string>();
  const counts = {
    posts: 0,
    serverErrors: 0,
    dropsBefore: 0,
    dropsAfter: 0,
    slow: 0,
    duplicates: 0,
    needlessResends: 0,
  };
  const badRequests: string[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
  const shares = {
    serverErrors: options.serverErrors ?? 0.2,
    dropsBefore: options.dropsBefore ?? 0.1,
    dropsAfter: options.dropsAfter ?? 0.1,
    slow: options.slow ?? 0.1,
  };

  /** What happens to a POST, by where a roll in [0, 1) falls among the shares. */
  const fateOf = (roll: number) => {
    const fates = [
      ['serverError', shares.serverErrors],
      ['dropBefore', shares.dropsBefore],
      ['dropAfter', shares.dropsAfter],
      ['slow', shares.slow],
    ] as const;
    let edge = 0;
    for (const [fate, share] of fates) {
      edge += share;
      if (roll < edge) return fate;
    }
    return 'answer';
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => resolve(body));
      req.on('error', reject);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/xapi/statements') {
      res.writeHead(404).end();
      return;
    }
    counts.posts++;
    const received = Date.now();
    const body = await readBody(req);
    if (
      req.headers.authorization !== expectedAuth ||
      req.headers['x-experience-api-version'] !== '1.0.3' ||
      !String(req.headers['content-type']).startsWith('application/json')
    ) {
      badRequests.push(`${req.headers.authorization} ${req.headers['x-experience-api-version']}`);
      res.writeHead(401).end();
      return;
    }
    const statement = JSON.parse(body) as Record<string, unknown> & { id: string };
    const fate = fateOf(random());
    if (fate === 'serverError') {
      counts.serverErrors++;
      res.writeHead(500).end('{"error":"try later"}');
      return;
    }
    if (fate === 'dropBefore') {
      counts.dropsBefore++;
      req.socket.destroy();
      return;
    }
    const duplicate = statements.has(statement.id);
    if (duplicate) {
      counts.duplicates++;
      if (confirmed.has(statement.id)) counts.needlessResends++;
    } else statements.set(statement.id, statement);
    if (fate === 'dropAfter') {
      counts.dropsAfter++;
      req.socket.destroy();
      return;
    }
    if (fate === 'slow') {
      counts.slow++;
      await new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 400));
      if (!res.destroyed)
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([statement.id]));
      return;
    }
    if (duplicate) {
      // A store may answer either way for a statement it already has.
      if (random() < 0.5) res.writeHead(409).end('{"error":"already have it"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([statement.id]));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    // Counted as answered only when answered quickly, well inside any client's time limit.
    res.end(JSON.stringify([statement.id]), () => {
      if (Date.now() - received < options.answeredWithinMs) confirmed.add(statement.id);
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    statements,
    counts,
    badRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
