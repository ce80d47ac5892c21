// Counts attempts per key in a sliding window. The interface is asynchronous so a store shared by several
// instances (a database table, a cache) can replace the in-process one without touching its callers.

import type { Clock } from '../ports.ts';

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

export interface LimiterOptions {
  /** Attempts allowed in any window; 0 turns the limiter off. */
  limit: number;
  windowMs: number;
  clock: Clock;
  /** Keys remembered at most; past it the stalest go first, so a flood of made-up keys cannot grow memory. @default 100_000 */
  maxKeys?: number;
}

const unlimited: AttemptLimiter = {
  check: async () => ({ allowed: true }),
  take: async () => ({ allowed: true }),
  giveBack: async () => {},
  reset: async () => {},
};

/** A sliding-window log per key, in this process's memory. */
export function createMemoryAttemptLimiter(options: LimiterOptions): AttemptLimiter {
  if (options.limit <= 0) return unlimited;
  const { limit, windowMs, clock } = options;
  const maxKeys = options.maxKeys ?? 100_000;
  // Times of counted attempts, oldest first. Map order is insertion order: re-inserting on use keeps it by recency.
  const attempts = new Map<string, number[]>();

  const recent = (key: string, now: number): number[] => {
    const times = (attempts.get(key) ?? []).filter((t) => t > now - windowMs);
    attempts.delete(key);
    if (times.length > 0) attempts.set(key, times);
    return times;
  };
  const evictBeyondCap = () => {
    for (const key of attempts.keys()) {
      if (attempts.size <= maxKeys) return;
      attempts.delete(key);
    }
  };

  const verdict = (times: number[], now: number): AttemptVerdict => {
    if (times.length < limit) return { allowed: true };
    const oldest = times[times.length - limit] as number;
    return { allowed: false, retryAfterMs: Math.max(1, oldest + windowMs - now) };
  };

  return {
    async check(key) {
      const now = clock.now().getTime();
      return verdict(recent(key, now), now);
    },
    async take(key) {
      const now = clock.now().getTime();
      const times = recent(key, now);
      const refused = verdict(times, now);
      if (!refused.allowed) return refused;
      times.push(now);
      attempts.set(key, times);
      evictBeyondCap();
      return { allowed: true };
    },
    async giveBack(key) {
      const times = attempts.get(key);
      times?.pop();
      if (times?.length === 0) attempts.delete(key);
    },
    async reset(key) {
      attempts.delete(key);
    },
  };
}
