// Sign-in protection settings, read from the environment by config.ts; tests may pass their own.

import { defaultHashConcurrency } from './work-gate.ts';

export interface AuthSettings {
  /** Failed sign-ins one account may have in a window; 0 for no limit. @default 10 */
  attemptsPerAccount: number;
  /** Failed sign-ins one client address (an IPv6 /64) may have in a window; 0 for no limit. @default 100 */
  attemptsPerAddress: number;
  /** @default 15 minutes */
  attemptWindowMs: number;
  /** Accounts one client address may register in a window, so a flood of sign-ups cannot fill the hashing queue (a whole class behind one gateway may register at once); 0 for no limit. @default 100 */
  registrationsPerAddress: number;
  /** Proxies in front of Bedside whose X-Forwarded-For is believed; 0 trusts none. @default 0 */
  trustedProxyHops: number;
  /** Password hashes computed at once. @default half of libuv's thread pool (2 of 4) */
  hashConcurrency: number;
  /** Hashes that may wait for a slot; past it, sign-ins are answered 503 `busy` at once. @default 200 */
  hashQueue: number;
}

export function defaultAuthSettings(): AuthSettings {
  return {
    attemptsPerAccount: 10,
    attemptsPerAddress: 100,
    attemptWindowMs: 15 * 60 * 1000,
    registrationsPerAddress: 100,
    trustedProxyHops: 0,
    hashConcurrency: defaultHashConcurrency(),
    hashQueue: 200,
  };
}
