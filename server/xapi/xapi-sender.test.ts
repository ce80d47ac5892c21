// The sender's rules with a scripted record store: headers and URL, 409 counts as delivered, 400 rejects for good,
// anything else waits twice as long each time (within the ceiling) before the next attempt.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInMemoryStores } from '../stores/drizzle/in-memory-stores.ts';
import type { Stores } from '../stores/ports.ts';
import type { XapiConfig } from './xapi-config.ts';
import { createXapiSender } from './xapi-sender.ts';

let opened: ReturnType<typeof openInMemoryStores>;
let stores: Stores;
let now: Date;
const clock = { now: () => now };
const logger = { log: () => undefined };
const config: XapiConfig = {
  endpoint: 'http://lrs.test/xapi/',
  username: 'u',
  password: 'p',
  activityBase: 'https://bedside.invalid/xapi/',
  timeoutMs: 1000,
  retryMinMs: 1000,
  retryMaxMs: 5000,
};

beforeEach(async () => {
  opened = openInMemoryStores();
  stores = opened.stores;
  now = new Date('2026-03-02T10:00:00.000Z');
  await stores.accounts.createAccount({
    id: 'lea',
    email: 'lea@example.org',
    name: 'Lea',
    passwordHash: 'x',
  });
});
afterEach(() => opened.close());

/** A sender whose store answers each POST with the next status of `script`, recording what it was sent. */
function senderWith(script: number[]) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const sender = createXapiSender({
    stores,
    config,
    clock,
    logger,
    instanceId: 'me',
    random: () => 0,
    pollMs: 60_000,
    fetch: async (url, init) => {
      sent.push({
        url: String(url),
        headers: init?.headers as Record<string, string>,
        body: JSON.parse(String(init?.body)),
      });
      return new Response(null, { status: script.shift() ?? 500 });
    },
  });
  return { sender, sent };
}

async function round(sender: ReturnType<typeof createXapiSender>) {
  sender.kick();
  await sender.idle();
}

const outbox = async () =>
  Object.fromEntries(
    (await stores.xapiOutbox.claimDue({ owner: 'peek', until: now.toISOString() }, '9999', 100)).map(
      (row) => [
        row.id,
        { attempts: row.attempts, nextAttemptAt: row.nextAttemptAt, lastError: row.lastError },
      ],
    ),
  );

describe('the xAPI sender', () => {
  it('POSTs each statement with Basic auth and the xAPI version; 200 and 409 both count as delivered', async () => {
    await stores.xapiOutbox.enqueue([
      { id: 's1', userId: 'lea', statement: { id: 's1' }, createdAt: now.toISOString() },
      { id: 's2', userId: 'lea', statement: { id: 's2' }, createdAt: now.toISOString() },
    ]);
    const { sender, sent } = senderWith([200, 409]);
    await round(sender);
    expect(sent.map((s) => s.url)).toEqual([
      'http://lrs.test/xapi/statements',
      'http://lrs.test/xapi/statements',
    ]);
    expect(sent[0]?.headers).toMatchObject({
      authorization: `Basic ${Buffer.from('u:p').toString('base64')}`,
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    });
    expect(sent.map((s) => s.body)).toEqual([{ id: 's1' }, { id: 's2' }]);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 0, delivered: 2, rejected: 0 });
    await sender.stop();
  });

  it('waits twice as long after each failure, up to the ceiling', async () => {
    await stores.xapiOutbox.enqueue([
      { id: 's1', userId: 'lea', statement: { id: 's1' }, createdAt: now.toISOString() },
    ]);
    const { sender, sent } = senderWith([500, 503, 500, 500, 500]);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await round(sender);
      const row = await stores.xapiOutbox.claimDue({ owner: 'peek', until: now.toISOString() }, '9999', 1);
      const next = new Date(row[0]?.nextAttemptAt ?? 0).getTime();
      waits.push(next - now.getTime());
      // Not sent again before its time.
      await round(sender);
      now = new Date(next);
    }
    expect(waits).toEqual([1000, 2000, 4000, 5000]);
    expect(sent).toHaveLength(4);
    expect(Object.values(await outbox())[0]).toMatchObject({ attempts: 4, lastError: 'HTTP 500' });
    await sender.stop();
  });

  it('rejects for good a statement the store refuses as malformed (400)', async () => {
    await stores.xapiOutbox.enqueue([
      { id: 'bad', userId: 'lea', statement: { id: 'bad' }, createdAt: now.toISOString() },
    ]);
    const { sender, sent } = senderWith([400]);
    await round(sender);
    now = new Date(now.getTime() + 3600_000);
    await round(sender);
    expect(sent).toHaveLength(1);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 0, delivered: 0, rejected: 1 });
    await sender.stop();
  });

  it('retries a statement whose POST failed outright (no answer)', async () => {
    await stores.xapiOutbox.enqueue([
      { id: 's1', userId: 'lea', statement: { id: 's1' }, createdAt: now.toISOString() },
    ]);
    let calls = 0;
    const sender = createXapiSender({
      stores,
      config,
      clock,
      logger,
      instanceId: 'me',
      random: () => 0,
      pollMs: 60_000,
      fetch: async () => {
        calls++;
        if (calls === 1) throw new TypeError('fetch failed');
        return new Response(null, { status: 204 });
      },
    });
    await round(sender);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 1, delivered: 0, rejected: 0 });
    now = new Date(now.getTime() + 1000);
    await round(sender);
    expect(await stores.xapiOutbox.counts()).toEqual({ pending: 0, delivered: 1, rejected: 0 });
    await sender.stop();
  });
});
