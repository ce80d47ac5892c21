import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker.ts';

function breakerAt(start = '2025-01-01T00:00:00.000Z') {
  let now = new Date(start);
  const breaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000, now: () => now });
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return { breaker, advance };
}

describe('createCircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { breaker } = breakerAt();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state()).toEqual({ state: 'closed', openUntil: null, consecutiveFailures: 2 });
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.allow()).toBe(true);
    expect(breaker.state().consecutiveFailures).toBe(2);
  });

  it('opens for the cool-down after the threshold of consecutive failures', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    expect(breaker.state()).toEqual({
      state: 'open',
      openUntil: '2025-01-01T00:00:10.000Z',
      consecutiveFailures: 3,
    });
    expect(breaker.allow()).toBe(false);
    advance(9_999);
    expect(breaker.allow()).toBe(false);
  });

  it('half-opens after the cool-down and lets a single probe through', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    expect(breaker.state().state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    breaker.allow();
    breaker.recordSuccess();
    expect(breaker.state()).toEqual({ state: 'closed', openUntil: null, consecutiveFailures: 0 });
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(true);
  });

  it('reopens for another cool-down when the probe fails', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    breaker.allow();
    advance(500);
    breaker.recordFailure();
    expect(breaker.state()).toMatchObject({ state: 'open', openUntil: '2025-01-01T00:00:20.500Z' });
    expect(breaker.allow()).toBe(false);
  });

  it('lets another probe go if the first never reports back', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    expect(breaker.allow()).toBe(true);
    advance(9_000);
    expect(breaker.allow()).toBe(false);
    advance(1_000);
    expect(breaker.allow()).toBe(true);
  });
});
