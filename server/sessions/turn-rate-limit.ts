// A per-learner limit on turns a minute: a token bucket holding a minute's allowance, refilled steadily, so a
// learner may answer quickly for a while but no script can hold the server's turn pipeline for everyone else.

import type { Clock } from '../ports.ts';

export interface TurnRateLimiter {
  /** Takes one turn from the learner's allowance; returns 0 if taken, else the whole seconds until one is free. */
  take(userId: string): number;
}

/** Buckets kept before full ones (learners idle for a minute or more) are swept away. */
const SWEEP_ABOVE = 10_000;

/** `perMinute` 0 turns the limit off. */
export function createTurnRateLimiter(perMinute: number, clock: Clock): TurnRateLimiter {
  if (perMinute <= 0) return { take: () => 0 };
  const msPerTurn = 60_000 / perMinute;
  /** Per learner, the time at which the bucket will be full again; a full bucket needs no entry. */
  const fullAt = new Map<string, number>();
  return {
    take(userId) {
      const now = clock.now().getTime();
      if (fullAt.size > SWEEP_ABOVE) for (const [id, at] of fullAt) if (at <= now) fullAt.delete(id);
      // The bucket is empty when it is a whole minute from full; each turn taken pushes "full" one turn later.
      const from = Math.max(now, fullAt.get(userId) ?? now);
      const next = from + msPerTurn;
      if (next - now > 60_000) return Math.max(1, Math.ceil((next - now - 60_000) / 1000));
      fullAt.set(userId, next);
      return 0;
    },
  };
}
