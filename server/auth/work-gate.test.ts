import { describe, expect, it } from 'vitest';
import { createWorkGate, defaultHashConcurrency, GateFullError } from './work-gate.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('work gate', () => {
  it('runs at most `concurrency` jobs at once and the rest in order as slots free', async () => {
    const gate = createWorkGate({ concurrency: 2, maxWaiting: 10 });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (n: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      order.push(n);
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => gate.run(job(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order.slice(2)).toEqual([3, 4, 5]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, and frees the slot of a job that throws', async () => {
    const gate = createWorkGate({ concurrency: 1, maxWaiting: 1 });
    let finish = () => {};
    const first = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
    const second = gate.run(async () => 'second');
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(GateFullError);
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    finish();
    await first;
    expect(await second).toBe('second');
    await expect(gate.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await gate.run(async () => 'after')).toBe('after');
  });

  it('hashes on half the thread pool by default, at least one', () => {
    expect(defaultHashConcurrency({})).toBe(2);
    expect(defaultHashConcurrency({ UV_THREADPOOL_SIZE: '16' })).toBe(8);
    expect(defaultHashConcurrency({ UV_THREADPOOL_SIZE: '1' })).toBe(1);
  });
});
