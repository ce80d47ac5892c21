import { describe, expect, it } from 'vitest';
import { FrameTimer } from './frame-timer.ts';

describe('the frame timer', () => {
  it('reports the median frame time and starts over on reset', () => {
    const timer = new FrameTimer();
    expect(timer.median()).toBe(0);
    for (const [start, end] of [
      [0, 2],
      [10, 19],
      [20, 23],
      [30, 34],
    ]) {
      timer.begin(start ?? 0);
      timer.end(end ?? 0);
    }
    expect(timer.size).toBe(4);
    expect(timer.median()).toBe(3.5);
    timer.reset();
    expect(timer.size).toBe(0);
  });

  it('keeps only the latest samples', () => {
    const timer = new FrameTimer();
    for (let i = 0; i < 3000; i += 1) {
      timer.begin(0);
      timer.end(i < 2000 ? 100 : 1);
    }
    expect(timer.size).toBe(1024);
    expect(timer.median()).toBe(1);
  });
});
