import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../tests/support/test-stores.ts';
import type { DomainError } from '../domain-errors.ts';
import { toApiError } from '../http/api-error.ts';
import { defaultAuthSettings } from './auth-settings.ts';
import { createStoredLoginGuard, type LoginGuard } from './login-guard.ts';

const clock = { now: () => new Date('2026-12-03T09:00:00Z') };
const settings = {
  ...defaultAuthSettings(),
  attemptsPerAccount: 3,
  attemptsPerAddress: 5,
  attemptWindowMs: 600_000,
};
let opened: Awaited<ReturnType<typeof openTestStores>>;
let guard: LoginGuard;
beforeEach(async () => {
  opened = await openTestStores();
  guard = createStoredLoginGuard(settings, opened.stores.attempts, clock);
});
afterEach(() => opened.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: DomainError) => error,
  );

describe('login guard', () => {
  it('counts attempts at an account before the password is checked, so simultaneous guesses stop at the limit', async () => {
    const attempt = { accountKey: 'ada@example.org', addressKey: '203.0.113.9' };
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => refusal(guard.admit(attempt))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(3);
    const refused = outcomes.find((o) => o !== null);
    expect(refused).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 600 });
    expect(toApiError(refused).status).toBe(429);
    expect(refused?.message).toBe('Too many failed sign-ins. Try again in 10 minutes.');
  });

  it('does not count an attempt whose password could not be checked', async () => {
    const attempt = { accountKey: 'ada@example.org', addressKey: '203.0.113.9' };
    for (let i = 0; i < 3; i++) await guard.admit(attempt);
    await guard.withdrawn(attempt);
    await guard.admit(attempt);
    expect(await refusal(guard.admit(attempt))).not.toBeNull();
  });

  it('clears an account on success', async () => {
    const attempt = { accountKey: 'ada@example.org', addressKey: '203.0.113.9' };
    for (let i = 0; i < 2; i++) {
      await guard.admit(attempt);
      await guard.failed(attempt);
    }
    await guard.admit(attempt);
    await guard.succeeded(attempt);
    for (let i = 0; i < 3; i++) await guard.admit(attempt);
    expect(await refusal(guard.admit(attempt))).not.toBeNull();
  });

  it('counts only failures at an address, so many people behind one gateway may sign in at once', async () => {
    const people = Array.from({ length: 20 }, (_, i) => ({
      accountKey: `p${i}@example.org`,
      addressKey: 'gateway',
    }));
    expect(await Promise.all(people.map((p) => refusal(guard.admit(p))))).toEqual(people.map(() => null));
    for (const person of people.slice(0, 5)) await guard.failed(person);
    const next = await refusal(guard.admit({ accountKey: 'late@example.org', addressKey: 'gateway' }));
    expect(next).toMatchObject({ code: 'too_many_attempts' });
    expect(toApiError(next).status).toBe(429);
    // A refusal at the address does not use up the account's own attempts.
    const elsewhere = { accountKey: 'late@example.org', addressKey: 'home' };
    for (let i = 0; i < 3; i++) await guard.admit(elsewhere);
  });
});
