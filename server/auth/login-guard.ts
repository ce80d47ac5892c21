// Limits failed sign-ins per account and per client address.
//
// Per account, an attempt is counted before its password is checked, so a burst of simultaneous guesses at one
// account cannot all slip in before the first failure is recorded; success clears the account's count. Per
// address, only failures are counted: many people behind one hospital gateway sign in at the same moment, and
// their attempts in flight must not lock each other out.

import type { Clock } from '../ports.ts';
import type { AttemptStore } from '../stores/ports.ts';
import { type AttemptLimiter, createStoredAttemptLimiter } from './attempt-limiter.ts';
import { tooManyAttempts } from './auth-errors.ts';
import type { AuthSettings } from './auth-settings.ts';

export interface LoginAttempt {
  accountKey: string;
  addressKey: string;
}

export interface LoginGuard {
  /** Lets the attempt go ahead, or throws 429 `too_many_attempts` when either limit is already reached. */
  admit(attempt: LoginAttempt): Promise<void>;
  /** The password was wrong. */
  failed(attempt: LoginAttempt): Promise<void>;
  /** The password was right. */
  succeeded(attempt: LoginAttempt): Promise<void>;
  /** The password could not be checked (the server was busy): the attempt does not count. */
  withdrawn(attempt: LoginAttempt): Promise<void>;
}

export function createLoginGuard(limiters: { account: AttemptLimiter; address: AttemptLimiter }): LoginGuard {
  return {
    async admit({ accountKey, addressKey }) {
      const address = await limiters.address.check(addressKey);
      const account = address.allowed
        ? await limiters.account.take(accountKey)
        : await limiters.account.check(accountKey);
      if (account.allowed && address.allowed) return;
      if (account.allowed) await limiters.account.giveBack(accountKey);
      const waits = [account, address].map((v) => (v.allowed ? 0 : v.retryAfterMs));
      throw tooManyAttempts(Math.max(...waits));
    },
    async failed({ addressKey }) {
      await limiters.address.take(addressKey);
    },
    async succeeded({ accountKey }) {
      await limiters.account.reset(accountKey);
    },
    async withdrawn({ accountKey }) {
      await limiters.account.giveBack(accountKey);
    },
  };
}

/** The guard with both limits kept in the database, so every instance counts the same attempts. */
export function createStoredLoginGuard(
  settings: AuthSettings,
  store: AttemptStore,
  clock: Clock,
): LoginGuard {
  const windowMs = settings.attemptWindowMs;
  return createLoginGuard({
    account: createStoredAttemptLimiter({
      store,
      scope: 'sign-in-account',
      limit: settings.attemptsPerAccount,
      windowMs,
      clock,
    }),
    address: createStoredAttemptLimiter({
      store,
      scope: 'sign-in-address',
      limit: settings.attemptsPerAddress,
      windowMs,
      clock,
    }),
  });
}
