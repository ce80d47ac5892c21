// Limits failed sign-ins per account and per client address. An attempt is counted before its password is
// checked, so a burst of simultaneous guesses cannot all slip in before the first failure is recorded; a
// successful sign-in takes its attempt back and clears the account's failures.

import type { Clock } from '../ports.ts';
import { type AttemptLimiter, createMemoryAttemptLimiter } from './attempt-limiter.ts';
import { tooManyAttempts } from './auth-errors.ts';
import type { AuthSettings } from './auth-settings.ts';

export interface LoginAttempt {
  accountKey: string;
  addressKey: string;
}

export interface LoginGuard {
  /** Counts the attempt; throws 429 `too_many_attempts` (uncounted) when either limit is already reached. */
  admit(attempt: LoginAttempt): Promise<void>;
  succeeded(attempt: LoginAttempt): Promise<void>;
}

export function createLoginGuard(limiters: { account: AttemptLimiter; address: AttemptLimiter }): LoginGuard {
  return {
    async admit({ accountKey, addressKey }) {
      const account = await limiters.account.take(accountKey);
      const address = await limiters.address.take(addressKey);
      if (account.allowed && address.allowed) return;
      if (account.allowed) await limiters.account.giveBack(accountKey);
      if (address.allowed) await limiters.address.giveBack(addressKey);
      const waits = [account, address].map((v) => (v.allowed ? 0 : v.retryAfterMs));
      throw tooManyAttempts(Math.max(...waits));
    },
    async succeeded({ accountKey, addressKey }) {
      await limiters.account.reset(accountKey);
      await limiters.address.giveBack(addressKey);
    },
  };
}

/** The guard with both limits kept in this process's memory. */
export function createMemoryLoginGuard(settings: AuthSettings, clock: Clock): LoginGuard {
  const windowMs = settings.attemptWindowMs;
  return createLoginGuard({
    account: createMemoryAttemptLimiter({ limit: settings.attemptsPerAccount, windowMs, clock }),
    address: createMemoryAttemptLimiter({ limit: settings.attemptsPerAddress, windowMs, clock }),
  });
}
