// Bounds how many expensive jobs run at once, with a bounded queue behind them.
//
// Password hashing runs on libuv's thread pool, which also reads files and resolves names for everything else:
// left unbounded, a burst of sign-ins fills every pool thread and static files wait seconds behind it.

export class GateFullError extends Error {
  constructor() {
    super('too many jobs are waiting');
    this.name = 'GateFullError';
  }
}

export interface WorkGate {
  /** Runs `job` when a slot is free; throws GateFullError at once when the queue is full. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running and waiting now (for tests and health). */
  load(): { running: number; waiting: number };
}

export function createWorkGate(options: { concurrency: number; maxWaiting: number }): WorkGate {
  const concurrency = Math.max(1, options.concurrency);
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    async run(job) {
      if (running >= concurrency) {
        if (waiting.length >= options.maxWaiting) throw new GateFullError();
        // The slot passes straight from the finishing job to this one, so `running` stays the same.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running++;
      }
      try {
        return await job();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

/** Threads in libuv's pool (UV_THREADPOOL_SIZE, 4 unless set). */
export function threadPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.UV_THREADPOOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 4;
}

/** Hashes at once by default: half the pool, so file reads and the rest always find a free thread. */
export function defaultHashConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Math.floor(threadPoolSize(env) / 2));
}
