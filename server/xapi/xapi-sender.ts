// Sends queued xAPI statements to the learning record store. Statements are leased from the outbox like grading jobs,
// so every instance may run a sender and each statement is sent by one at a time; a sender that dies loses its lease.
// A failed send is tried again after a wait that doubles each time (with jitter), up to a ceiling, for as long as it
// takes: nothing is dropped. The store recognises a statement by the id Bedside gave it, so one sent again after a
// lost answer is answered 200 or 409 and counts as delivered: nothing is recorded twice.

import { type BackgroundLoop, createBackgroundLoop } from '../background-loop.ts';
import { errorForLog } from '../error-for-log.ts';
import type { Clock, Logger } from '../ports.ts';
import type { XapiOutboxRow } from '../stores/instruction-ports.ts';
import type { Stores } from '../stores/ports.ts';
import type { XapiConfig } from './xapi-config.ts';

export const XAPI_VERSION = '1.0.3';

export interface XapiSenderDeps {
  stores: Stores;
  config: XapiConfig;
  clock: Clock;
  logger: Logger;
  /** Names this sender as a statement's lease holder. */
  instanceId: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** How often to look for due statements nobody kicked for (retries, another instance's). @default 2 s */
  pollMs?: number;
  /** Statements leased and sent at once. @default 10 */
  batch?: number;
  /** Delivered statements are kept this long, then removed. @default 7 days */
  keepDeliveredMs?: number;
  /** In [0, 1): spreads retries so instances do not retry in step. @default Math.random */
  random?: () => number;
}

/** Kicked when a statement is queued; idle when nothing is being sent. */
export type XapiSender = BackgroundLoop;

type Outcome = { kind: 'delivered' } | { kind: 'retry'; error: string } | { kind: 'rejected'; error: string };

export function createXapiSender(deps: XapiSenderDeps): XapiSender {
  const { config } = deps;
  const send = deps.fetch ?? globalThis.fetch;
  const random = deps.random ?? Math.random;
  const batch = deps.batch ?? 10;
  const keepDeliveredMs = deps.keepDeliveredMs ?? 7 * 24 * 3600_000;
  // Longer than any one POST can take, so a live sender keeps its lease; renewed while a batch is out.
  const leaseMs = Math.max(30_000, config.timeoutMs * 3);
  const url = `${config.endpoint.replace(/\/+$/, '')}/statements`;
  const authorization = `Basic ${Buffer.from(`${config.username}:${config.password}`).toString('base64')}`;
  const now = () => deps.clock.now();
  const leaseUntil = () => new Date(now().getTime() + leaseMs).toISOString();
  let lastPrune = 0;

  async function post(row: XapiOutboxRow): Promise<Outcome> {
    try {
      const response = await send(url, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          'x-experience-api-version': XAPI_VERSION,
        },
        body: JSON.stringify(row.statement),
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      // 409: the store already holds a statement with this id, i.e. an earlier attempt reached it.
      if (response.ok || response.status === 409) return { kind: 'delivered' };
      if (response.status === 400) return { kind: 'rejected', error: 'HTTP 400' };
      return { kind: 'retry', error: `HTTP ${response.status}` };
    } catch (error) {
      return { kind: 'retry', error: errorForLog(error).slice(0, 500) };
    }
  }

  /** The wait before the next attempt: doubling from retryMinMs, capped, with up to half of it taken off at random. */
  function backoffMs(attempts: number): number {
    const full = Math.min(config.retryMaxMs, config.retryMinMs * 2 ** Math.min(attempts, 30));
    return Math.round(full * (1 - random() / 2));
  }

  async function deliver(row: XapiOutboxRow): Promise<void> {
    const outcome = await post(row);
    const owner = deps.instanceId;
    if (outcome.kind === 'delivered') {
      await deps.stores.xapiOutbox.delivered(row.id, owner, now().toISOString());
      return;
    }
    const nextAttemptAt = new Date(now().getTime() + backoffMs(row.attempts)).toISOString();
    await deps.stores.xapiOutbox.failed(row.id, owner, {
      error: outcome.error,
      nextAttemptAt,
      reject: outcome.kind === 'rejected',
    });
    deps.logger.log(outcome.kind === 'rejected' ? 'error' : 'warn', 'xAPI statement not delivered', {
      statementId: row.id,
      attempts: row.attempts + 1,
      error: outcome.error,
      ...(outcome.kind === 'retry' ? { nextAttemptAt } : { rejected: true }),
    });
  }

  /** Sends one batch of due statements; false when none is due. */
  async function sendDue(): Promise<boolean> {
    if (now().getTime() - lastPrune > 3600_000) {
      lastPrune = now().getTime();
      await deps.stores.xapiOutbox.pruneDelivered(new Date(now().getTime() - keepDeliveredMs).toISOString());
    }
    const rows = await deps.stores.xapiOutbox.claimDue(
      { owner: deps.instanceId, until: leaseUntil() },
      now().toISOString(),
      batch,
    );
    if (rows.length === 0) return false;
    const renewal = setInterval(() => {
      deps.stores.xapiOutbox
        .renew(
          rows.map((r) => r.id),
          { owner: deps.instanceId, until: leaseUntil() },
        )
        .catch(() => undefined);
    }, leaseMs / 3);
    renewal.unref();
    try {
      await Promise.all(rows.map((row) => deliver(row)));
    } finally {
      clearInterval(renewal);
    }
    return true;
  }

  return createBackgroundLoop({
    step: sendDue,
    pollMs: deps.pollMs ?? 2000,
    logger: deps.logger,
    failureMessage: 'xAPI sender stopped on an error',
  });
}
