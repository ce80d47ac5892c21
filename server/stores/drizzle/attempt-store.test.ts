// The sign-in and registration limits, counted in the database: a sliding window per key, the same for every
// instance. Runs on SQLite and, in the suite's Postgres project, on Postgres.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import { createStoredAttemptLimiter, type StoredLimiterOptions } from '../../auth/attempt-limiter.ts';
import type { AttemptStore } from '../ports.ts';

const EPOCH = new Date(0).toISOString();

function manualClock(start = Date.parse('2026-12-03T09:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

let opened: Awaited<ReturnType<typeof openTestStores>>;
let store: AttemptStore;
beforeEach(async () => {
  opened = await openTestStores();
  store = opened.stores.attempts;
});
afterEach(() => opened.close());

const limiter = (options: Omit<StoredLimiterOptions, 'store' | 'scope'> & Partial<StoredLimiterOptions>) =>
  createStoredAttemptLimiter({ store, scope: 'sign-in-account', ...options });

describe('stored attempt limiter (sliding window)', () => {
  it('allows the limit in a window, refuses the next with the wait until the oldest attempt leaves it', async () => {
    const clock = manualClock();
    const limits = limiter({ limit: 3, windowMs: 60_000, clock });
    expect(await limits.take('a')).toEqual({ allowed: true });
    clock.advance(10_000);
    expect(await limits.take('a')).toEqual({ allowed: true });
    expect(await limits.take('a')).toEqual({ allowed: true });
    clock.advance(5_000);
    expect(await limits.take('a')).toEqual({ allowed: false, retryAfterMs: 45_000 });
    expect(await limits.take('b')).toEqual({ allowed: true });
    // A refused attempt is not counted: when the first one leaves the window, one more is allowed.
    clock.advance(45_000);
    expect(await limits.take('a')).toEqual({ allowed: true });
    expect(await limits.take('a')).toEqual({ allowed: false, retryAfterMs: 10_000 });
  });

  it('takes the latest attempt back, and forgets a key on reset', async () => {
    const clock = manualClock();
    const limits = limiter({ limit: 2, windowMs: 60_000, clock });
    await limits.take('a');
    await limits.take('a');
    await limits.giveBack('a');
    expect((await limits.take('a')).allowed).toBe(true);
    expect((await limits.take('a')).allowed).toBe(false);
    await limits.reset('a');
    expect((await limits.take('a')).allowed).toBe(true);
  });

  it('checks without counting', async () => {
    const limits = limiter({ limit: 1, windowMs: 60_000, clock: manualClock() });
    expect(await limits.check('a')).toEqual({ allowed: true });
    expect(await limits.check('a')).toEqual({ allowed: true });
    await limits.take('a');
    expect(await limits.check('a')).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('is off at a limit of 0, and then stores nothing', async () => {
    const limits = limiter({ limit: 0, windowMs: 60_000, clock: manualClock() });
    for (let i = 0; i < 100; i++) expect((await limits.take('a')).allowed).toBe(true);
    expect(await store.recent('sign-in-account', 'a', EPOCH, 10)).toEqual([]);
  });

  it('counts each scope apart', async () => {
    const clock = manualClock();
    const account = limiter({ limit: 1, windowMs: 60_000, clock });
    const registration = limiter({ scope: 'registration-address', limit: 1, windowMs: 60_000, clock });
    expect((await account.take('203.0.113.9')).allowed).toBe(true);
    expect((await registration.take('203.0.113.9')).allowed).toBe(true);
    expect((await account.take('203.0.113.9')).allowed).toBe(false);
  });

  it('allows exactly 5 of 20 simultaneous attempts at a limit of 5', async () => {
    const limits = limiter({ limit: 5, windowMs: 60_000, clock: manualClock() });
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => limits.take('ada@example.org')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(verdicts.filter((v) => !v.allowed)).toEqual(
      Array.from({ length: 15 }, () => ({ allowed: false, retryAfterMs: 60_000 })),
    );
    expect(await store.recent('sign-in-account', 'ada@example.org', EPOCH, 100)).toHaveLength(5);
  });

  it('allows exactly 5 of 20 simultaneous attempts from 20 limiters, as from 20 instances', async () => {
    // Each limiter queues its own attempts under a key; across limiters only the store's one write decides.
    const clock = manualClock();
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter({ limit: 5, windowMs: 60_000, clock }).take('ada@example.org'),
      ),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(await store.recent('sign-in-account', 'ada@example.org', EPOCH, 100)).toHaveLength(5);
  });

  it('shares one count between limiters on one database, as between instances', async () => {
    const clock = manualClock();
    const [one, two] = [1, 2].map(() => limiter({ limit: 4, windowMs: 60_000, clock }));
    if (!one || !two) throw new Error('two limiters expected');
    for (let i = 0; i < 4; i++) expect((await (i % 2 === 0 ? one : two).take('a')).allowed).toBe(true);
    expect((await one.take('a')).allowed).toBe(false);
    expect((await two.check('a')).allowed).toBe(false);
    await two.reset('a');
    expect((await one.take('a')).allowed).toBe(true);
  });

  it('deletes the attempts that have left the window', async () => {
    const clock = manualClock();
    const limits = limiter({ limit: 3, windowMs: 60_000, clock, pruneEveryMs: 1_000 });
    await limits.take('gone');
    await limits.take('gone');
    clock.advance(30_000);
    await limits.take('kept');
    clock.advance(30_000);
    // The first two are now exactly a window old: past it, so the next attempt's clean-up deletes them.
    await limits.take('other');
    expect(await store.recent('sign-in-account', 'gone', EPOCH, 10)).toEqual([]);
    expect(await store.recent('sign-in-account', 'kept', EPOCH, 10)).toHaveLength(1);
  });
});
