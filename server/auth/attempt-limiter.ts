// Counts attempts per key in a sliding window, in the database (an AttemptStore), so that every instance of
// Bedside shares one count: with N instances behind a load balancer, a limit is still the limit, not N times it.

import type { Clock } from '../ports.ts';
import type { AttemptScope, AttemptStore } from '../stores/ports.ts';

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface AttemptLimiter {
  /** Whether an attempt under `key` would be allowed now, without counting one. */
  check(key: string): Promise<AttemptVerdict>;
  /** Counts one attempt under `key`, unless the window already holds the limit: then it is refused, uncounted. */
  take(key: string): Promise<AttemptVerdict>;
  /** Takes back the latest attempt under `key` (it turned out not to count, e.g. it succeeded). */
  giveBack(key: string): Promise<void>;
  /** Forgets every attempt under `key`. */
  reset(key: string): Promise<void>;
}

export interface StoredLimiterOptions {
  store: AttemptStore;
  /** What is counted; each scope is a limit of its own. */
  scope: AttemptScope;
  /** Attempts allowed in any window; 0 turns the limiter off. */
  limit: number;
  windowMs: number;
  clock: Clock;
  /** How often this instance deletes the scope's attempts that have left the window. @default the window, at most a minute */
  pruneEveryMs?: number;
}

const ALLOWED: AttemptVerdict = { allowed: true };

const unlimited: AttemptLimiter = {
  check: async () => ALLOWED,
  take: async () => ALLOWED,
  giveBack: async () => {},
  reset: async () => {},
};

/** A sliding-window log per key, kept in the database and shared by every instance. */
export function createStoredAttemptLimiter(options: StoredLimiterOptions): AttemptLimiter {
  if (options.limit <= 0) return unlimited;
  const { store, scope, limit, windowMs, clock } = options;
  const pruneEveryMs = options.pruneEveryMs ?? Math.min(windowMs, 60_000);
  let prunedAt = Number.NEGATIVE_INFINITY;
  // Writes under one key wait for each other in this process. The store makes each one atomic, but on Postgres
  // simultaneous ones under a key conflict and all but one are tried again, a few times only: fifty sign-ups from
  // one gateway at once would fail some. Queued here, only the instances contend for a key, not every request.
  const inTurn = oneAtATime();

  const windowStart = (now: number) => new Date(now - windowMs).toISOString();
  /** `newestFirst` holds at most `limit` times: when full, the last one must leave the window first. */
  const verdict = (newestFirst: string[], now: number): AttemptVerdict => {
    const oldest = newestFirst[limit - 1];
    if (oldest === undefined) return ALLOWED;
    return { allowed: false, retryAfterMs: Math.max(1, Date.parse(oldest) + windowMs - now) };
  };
  const pruneIfDue = async (now: number) => {
    if (now - prunedAt < pruneEveryMs) return;
    prunedAt = now;
    await store.prune(scope, windowStart(now));
  };

  return {
    async check(key) {
      const now = clock.now().getTime();
      return verdict(await store.recent(scope, key, windowStart(now), limit), now);
    },
    take: (key) =>
      inTurn(key, async () => {
        const now = clock.now().getTime();
        await pruneIfDue(now);
        const at = new Date(now).toISOString();
        const taken = await store.take({ scope, key, at }, windowStart(now), limit);
        return taken.taken ? ALLOWED : verdict(taken.recent, now);
      }),
    giveBack: (key) => inTurn(key, () => store.removeLatest(scope, key)),
    reset: (key) => store.removeAll(scope, key),
  };
}

/** Runs each call once the earlier ones under the same key have settled; a key is forgotten when none waits. */
function oneAtATime() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.then(
      () => {},
      () => {},
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
