import { describe, expect, it } from 'vitest';
import { scaledHistory, scaleRating } from './progress.ts';

describe('scaleRating', () => {
  it('puts a typical learner at 50, with the uncertainty as a band either side', () => {
    expect(scaleRating(0, 1.2)).toEqual({ value: 50, low: 23, high: 77 });
  });

  it('stays within 0-100 and narrows as the uncertainty shrinks', () => {
    const strong = scaleRating(3, 0.3);
    expect(strong.value).toBe(95);
    expect(strong.high).toBeLessThanOrEqual(100);
    expect(strong.high - strong.low).toBeLessThan(10);
    expect(scaleRating(-3, 0.3).value).toBe(5);
  });
});

describe('scaledHistory', () => {
  it('orders the points oldest first', () => {
    const point = (at: string, rating: number) => ({
      at,
      sessionId: null,
      outcome: null,
      rating,
      uncertainty: 1,
    });
    const scaled = scaledHistory([point('2026-01-02T00:00:00Z', 1), point('2026-01-01T00:00:00Z', 0)]);
    expect(scaled.map((p) => p.value)).toEqual([50, 73]);
  });
});
