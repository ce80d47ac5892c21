// Checkpoints the WAL from a worker thread with its own connection, so the fsync a checkpoint needs never
// stalls the request thread (it showed up as the slowest 1% of turns). Should the worker stop, `onStopped` lets
// the request connection take checkpoints back.
//
// Most ticks take a PASSIVE checkpoint: it copies what it can and never waits. Under sustained writes with reads
// always open, PASSIVE never reaches the end of the log, so the file only grows (it reached 411 MB beside a 61 MB
// database) and never shrinks. Two moments therefore take a TRUNCATE checkpoint, which copies everything, waits
// briefly for readers to move on, and cuts the file to zero: when the log passes `maxWalBytes`, and when nobody
// has written for `idleMs`. Its wait is kept short (`forcedWaitMs`) because writers queue behind it; if it cannot
// finish in time, the next tick tries again, waiting longer each time the log is over the limit.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { path, intervalMs, maxWalBytes, idleMs, forcedWaitMs } = workerData;
const db = new Database(path);
const walBytes = () => { try { return statSync(path + '-wal').size; } catch { return 0; } };
let lastVersion = -1;
let lastWriteAt = Date.now();
let truncatedSinceWrite = false;
let failedBySize = 0;
const checkpoint = (mode, waitMs) => {
  db.pragma('busy_timeout = ' + waitMs);
  const [result] = db.pragma('wal_checkpoint(' + mode + ')');
  return result.busy === 0;
};
const timer = setInterval(() => {
  try {
    const version = db.pragma('data_version', { simple: true });
    if (version !== lastVersion) { lastVersion = version; lastWriteAt = Date.now(); truncatedSinceWrite = false; }
    const size = walBytes();
    if (size > maxWalBytes) {
      // Readers that hold old snapshots can outlast a short wait: each failure doubles the next one, up to 8 times.
      const waitMs = forcedWaitMs * 2 ** Math.min(failedBySize, 3);
      if (checkpoint('TRUNCATE', waitMs)) {
        failedBySize = 0;
        parentPort.postMessage({ truncated: 'size', walBytes: size });
      } else failedBySize += 1;
    } else if (size > 0 && !truncatedSinceWrite && Date.now() - lastWriteAt >= idleMs) {
      truncatedSinceWrite = checkpoint('TRUNCATE', forcedWaitMs);
      if (truncatedSinceWrite) parentPort.postMessage({ truncated: 'idle', walBytes: size });
    } else {
      checkpoint('PASSIVE', 0);
    }
  } catch {}
}, intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

export interface WalCheckpointOptions {
  /** How often the worker looks at the log. @default 500 */
  intervalMs?: number;
  /** A log larger than this is checkpointed in full and cut to zero. @default 64 MiB */
  maxWalBytes?: number;
  /** After this long without a write, the log is checkpointed in full and cut to zero. @default 2000 */
  idleMs?: number;
  /** How long a full checkpoint first waits for readers and writers before it gives up until the next tick. @default 250 */
  forcedWaitMs?: number;
}

export const WAL_DEFAULTS: Required<WalCheckpointOptions> = {
  intervalMs: 500,
  maxWalBytes: 64 * 1024 * 1024,
  idleMs: 2000,
  forcedWaitMs: 250,
};

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/** A full checkpoint that cut the log to zero, and why: it had grown past the limit, or writes had stopped. */
export interface WalTruncation {
  truncated: 'size' | 'idle';
  walBytes: number;
}

export function startWalCheckpointer(
  path: string,
  onStopped: () => void,
  options: WalCheckpointOptions = {},
  onTruncated: (event: WalTruncation) => void = () => {},
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = { path, driver, ...WAL_DEFAULTS, ...options };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  worker.unref();
  worker.on('message', (event: WalTruncation) => onTruncated(event));
  let stopping = false;
  worker.once('exit', () => {
    if (!stopping) onStopped();
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        worker.once('exit', () => resolve());
        // Held again while it stops: a process with nothing else left to do would otherwise exit mid-close.
        worker.ref();
        worker.postMessage('stop');
      }),
  };
}
