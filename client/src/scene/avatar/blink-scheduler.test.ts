import { describe, expect, it } from 'vitest';
import { BLINK_DURATION, BlinkScheduler, blinkShape } from './blink-scheduler.ts';
import { seededRandom } from './random.ts';

/** Blink onsets seen when sampling at 60 fps for `minutes`. */
function onsets(seed: number, minutes: number): number[] {
  const scheduler = new BlinkScheduler(seededRandom(seed), 0);
  const found: number[] = [];
  let wasClosed = false;
  for (let t = 0; t < minutes * 60_000; t += 1000 / 60) {
    const closed = scheduler.closure(t) > 0.5;
    if (closed && !wasClosed) found.push(t);
    wasClosed = closed;
  }
  return found;
}

describe('blinkShape', () => {
  it('closes fully and reopens within one blink', () => {
    expect(blinkShape(-1)).toBe(0);
    expect(blinkShape(90)).toBe(1);
    expect(blinkShape(BLINK_DURATION)).toBe(0);
    for (let t = 0; t < BLINK_DURATION; t += 5) {
      expect(blinkShape(t)).toBeGreaterThanOrEqual(0);
      expect(blinkShape(t)).toBeLessThanOrEqual(1);
    }
  });
});

describe('BlinkScheduler', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(onsets(7, 1)).toEqual(onsets(7, 1));
    expect(onsets(7, 1)).not.toEqual(onsets(8, 1));
  });

  it('blinks every 2 to 6 seconds, with occasional double blinks', () => {
    const times = onsets(42, 10);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    const doubles = gaps.filter((gap) => gap < 1000);
    const singles = gaps.filter((gap) => gap >= 1000);
    expect(doubles.length).toBeGreaterThan(0);
    expect(doubles.length).toBeLessThan(gaps.length * 0.3);
    for (const gap of singles) {
      // A double blink's second onset starts the next interval count, hence the small slack.
      expect(gap).toBeGreaterThanOrEqual(2000 - 300);
      expect(gap).toBeLessThanOrEqual(6000 + 300);
    }
    const mean = singles.reduce((sum, gap) => sum + gap, 0) / singles.length;
    expect(mean).toBeGreaterThan(3000);
    expect(mean).toBeLessThan(5000);
  });

  it('does not burst after a long pause between frames', () => {
    const scheduler = new BlinkScheduler(seededRandom(3), 0);
    scheduler.closure(0);
    scheduler.closure(60_000);
    expect(scheduler.pending().first).toBeGreaterThanOrEqual(62_000);
  });
});
