// A background worker's loop, shared by the grading worker and the xAPI sender: it takes work while there is any,
// is woken by a kick (and by a poll, for work another instance queued or a lease that ran out), and stops cleanly.

import { errorForLog } from './error-for-log.ts';
import type { Logger } from './ports.ts';

export interface BackgroundLoop {
  /** Looks for work now. */
  kick(): void;
  /** Resolves when no work is left to run. */
  idle(): Promise<void>;
  /** Finishes the work in hand and stops taking more. */
  stop(): Promise<void>;
}

export interface BackgroundLoopOptions {
  /** Takes and does one piece of work; false when there was none. */
  step(): Promise<boolean>;
  pollMs: number;
  logger: Logger;
  /** Logged if the loop stops on an error, e.g. 'grading worker stopped on an error'. */
  failureMessage: string;
}

export function createBackgroundLoop(options: BackgroundLoopOptions): BackgroundLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  // Set by every kick: a kick that comes while the loop is finding nothing to do makes it look once more.
  let wanted = false;

  async function drain(): Promise<void> {
    while (!stopped) {
      wanted = false;
      if (!(await options.step()) && !wanted) return;
    }
  }

  const poll = setInterval(() => loop.kick(), options.pollMs);
  poll.unref();

  const loop: BackgroundLoop = {
    kick() {
      wanted = true;
      if (running || stopped) return;
      running = new Promise<void>((resolve) => setImmediate(resolve))
        .then(drain)
        .catch((error: unknown) =>
          options.logger.log('error', options.failureMessage, { error: errorForLog(error) }),
        )
        .finally(() => {
          running = null;
        });
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      await loop.idle();
    },
  };
  return loop;
}
