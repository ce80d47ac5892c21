import { describe, expect, it } from 'vitest';
import { createBackgroundLoop } from './background-loop.ts';

const silent = { log: () => {} };

describe('a background loop', () => {
  it('takes work until there is none, and looks once more when kicked while finding none', async () => {
    const queue = [1, 2];
    let looks = 0;
    let kickDuringLook: (() => void) | null = null;
    const loop = createBackgroundLoop({
      step: async () => {
        looks++;
        const next = queue.shift();
        // Work queued (and a kick sent) while this look finds the queue empty.
        if (next === undefined && kickDuringLook) {
          queue.push(3);
          const kick = kickDuringLook;
          kickDuringLook = null;
          kick();
        }
        return next !== undefined;
      },
      pollMs: 60_000,
      logger: silent,
      failureMessage: 'stopped',
    });
    kickDuringLook = () => loop.kick();
    loop.kick();
    await loop.idle();
    expect(queue).toEqual([]);
    // 1, 2, nothing (3 queued meanwhile), 3, nothing.
    expect(looks).toBe(5);
    await loop.stop();
  });

  it('logs an error that stops it, and takes no more work once stopped', async () => {
    const logged: string[] = [];
    let calls = 0;
    const loop = createBackgroundLoop({
      step: async () => {
        calls++;
        throw new Error('boom');
      },
      pollMs: 60_000,
      logger: { log: (_level, message) => logged.push(message) },
      failureMessage: 'worker stopped on an error',
    });
    loop.kick();
    await loop.idle();
    expect(logged).toEqual(['worker stopped on an error']);
    await loop.stop();
    loop.kick();
    await loop.idle();
    expect(calls).toBe(1);
  });
});
