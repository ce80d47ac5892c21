import { describe, expect, it } from 'vitest';
import { createTurnRateLimiter } from './turn-rate-limit.ts';

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-01-01T09:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('the per-learner turn rate limit', () => {
  it('lets a minute’s allowance through at once, then one turn per 60/N seconds', () => {
    const clock = manualClock();
    const limiter = createTurnRateLimiter(30, clock);
    for (let i = 0; i < 30; i++) expect(limiter.take('ann')).toBe(0);
    expect(limiter.take('ann')).toBe(2);
    clock.advance(1_000);
    expect(limiter.take('ann')).toBe(1);
    clock.advance(1_000);
    expect(limiter.take('ann')).toBe(0);
    expect(limiter.take('ann')).toBe(2);
  });

  it('counts each learner alone, and a refused turn costs nothing', () => {
    const clock = manualClock();
    const limiter = createTurnRateLimiter(2, clock);
    expect([limiter.take('ann'), limiter.take('ann'), limiter.take('ann'), limiter.take('ann')]).toEqual([
      0, 0, 30, 30,
    ]);
    expect(limiter.take('bo')).toBe(0);
    clock.advance(30_000);
    expect(limiter.take('ann')).toBe(0);
    expect(limiter.take('ann')).toBe(30);
  });

  it('refills completely after a quiet minute', () => {
    const clock = manualClock();
    const limiter = createTurnRateLimiter(3, clock);
    for (let i = 0; i < 3; i++) limiter.take('ann');
    clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect(limiter.take('ann')).toBe(0);
    expect(limiter.take('ann')).toBeGreaterThan(0);
  });

  it('is off at 0', () => {
    const limiter = createTurnRateLimiter(0, manualClock());
    for (let i = 0; i < 1_000; i++) expect(limiter.take('ann')).toBe(0);
  });
});
