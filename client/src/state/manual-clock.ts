// A scripted Clock for tests: time stands still until `advance` moves it, waking the sleepers that are due.

import type { Clock } from './clock.ts';

export interface ManualClock extends Clock {
  /** Moves time on by `ms` and lets every due sleeper, and whatever it starts, run. */
  advance(ms: number): Promise<void>;
  /** How many sleeps are waiting. */
  readonly sleepers: number;
}

interface Sleeper {
  until: number;
  wake: () => void;
}

export function createManualClock(start = 0): ManualClock {
  let now = start;
  let sleepers: Sleeper[] = [];

  /** Lets the promise chains a wake-up started run to their next sleep: one macrotask drains them all. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const sleeper: Sleeper = {
          until: now + ms,
          wake: () => {
            sleepers = sleepers.filter((s) => s !== sleeper);
            signal.removeEventListener('abort', sleeper.wake);
            resolve();
          },
        };
        sleepers.push(sleeper);
        signal.addEventListener('abort', sleeper.wake, { once: true });
      });
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (;;) {
        const next = sleepers.filter((s) => s.until <= target).sort((a, b) => a.until - b.until)[0];
        if (!next) break;
        now = next.until;
        next.wake();
        await settle();
      }
      now = target;
      await settle();
    },
    get sleepers() {
      return sleepers.length;
    },
  };
}
