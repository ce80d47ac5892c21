import { describe, expect, it } from 'vitest';
import { createMemoryAttemptLimiter } from './attempt-limiter.ts';

function manualClock(start = Date.parse('2026-12-03T09:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('memory attempt limiter (sliding window)', () => {
  it('allows the limit in a window, refuses the next with the wait until the oldest attempt leaves it', async () => {
    const clock = manualClock();
    const limiter = createMemoryAttemptLimiter({ limit: 3, windowMs: 60_000, clock });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    clock.advance(10_000);
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    clock.advance(5_000);
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 45_000 });
    expect(await limiter.take('b')).toEqual({ allowed: true });
    // Refused attempts are not counted: once the first attempt slides out, one more is allowed, not zero.
    clock.advance(45_000);
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 10_000 });
  });

  it('takes an attempt back, and forgets a key on reset', async () => {
    const clock = manualClock();
    const limiter = createMemoryAttemptLimiter({ limit: 2, windowMs: 60_000, clock });
    await limiter.take('a');
    await limiter.take('a');
    await limiter.giveBack('a');
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
    await limiter.reset('a');
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('checks without counting', async () => {
    const limiter = createMemoryAttemptLimiter({ limit: 1, windowMs: 60_000, clock: manualClock() });
    expect(await limiter.check('a')).toEqual({ allowed: true });
    expect(await limiter.check('a')).toEqual({ allowed: true });
    await limiter.take('a');
    expect(await limiter.check('a')).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('is off at a limit of 0', async () => {
    const limiter = createMemoryAttemptLimiter({ limit: 0, windowMs: 60_000, clock: manualClock() });
    for (let i = 0; i < 1000; i++) expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('remembers at most maxKeys keys, dropping the least recently used', async () => {
    const clock = manualClock();
    const limiter = createMemoryAttemptLimiter({ limit: 1, windowMs: 60_000, clock, maxKeys: 2 });
    await limiter.take('old');
    await limiter.take('middle');
    await limiter.take('new');
    expect((await limiter.take('old')).allowed).toBe(true);
    expect((await limiter.take('new')).allowed).toBe(false);
  });
});
