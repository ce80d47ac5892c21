// Accounts and sign-in sessions: register (first account becomes admin), log in, log out, resolve a cookie.

import { createHash, randomBytes } from 'node:crypto';
import { DomainError, errors } from '../domain-errors.ts';
import type { Clock, IdSource, Logger } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { Stores, UserRow } from '../stores/ports.ts';
import type { LoginAttempt, LoginGuard } from './login-guard.ts';
import { assertPasswordAllowed } from './password-policy.ts';
import type { PasswordHasher } from './passwords.ts';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
// Verified against when the email is unknown, so a login takes as long whether or not the account exists.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA';

export interface AuthDeps {
  stores: Stores;
  clock: Clock;
  ids: IdSource;
}

/** What registering, signing in and changing a password need beyond the database. */
export interface SignInDeps extends AuthDeps {
  hasher: PasswordHasher;
  guard: LoginGuard;
  commonPasswords: ReadonlySet<string>;
  logger: Logger;
}

export interface SignedIn {
  user: UserDto;
  token: string;
  expiresAt: Date;
}

export function toUserDto(row: UserRow): UserDto {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates an account and signs it in. The very first account is the admin. `admit` runs inside the write that creates
 * the account (e.g. joining a cohort by its invite code): if it throws, no account is created.
 */
export async function register(
  deps: SignInDeps,
  input: { email: string; password: string; name: string },
  admit?: (stores: Stores, account: UserRow) => Promise<void>,
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  assertPasswordAllowed(input.password, email, deps.commonPasswords);
  const passwordHash = await deps.hasher.hash(input.password);
  const id = deps.ids.newId();
  const row = await deps.stores.atomically(async (tx) => {
    const created = await tx.accounts.createAccount({ id, email, name: input.name.trim(), passwordHash });
    if (created && admit) await admit(tx, created);
    return created;
  });
  if (!row) throw errors.emailTaken();
  return startSession(deps, row);
}

/**
 * Signs in, within the limits on failed attempts per account and per client address (`addressKey`). Failures are
 * logged with the account's id when it exists; the email and address only under `personal`, never the password.
 */
export async function logIn(
  deps: SignInDeps,
  input: { email: string; password: string; addressKey: string },
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const attempt = { accountKey: email, addressKey: input.addressKey };
  const personal = { email, address: input.addressKey };
  await admitOrLog(deps, attempt, 'sign-in refused: too many failed attempts', { personal });
  const row = await deps.stores.accounts.findByEmail(email);
  const ok = await verifyCounted(deps, attempt, input.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok) {
    await deps.guard.failed(attempt);
    deps.logger.log('warn', 'sign-in failed', {
      reason: row ? 'wrong_password' : 'unknown_account',
      userId: row?.id ?? null,
      personal,
    });
    throw errors.badCredentials();
  }
  await deps.guard.succeeded(attempt);
  return startSession(deps, row);
}

/** Lets an attempt past the guard; a refusal (429) is logged as `message` with `fields` (email and address only under `personal`). */
export async function admitOrLog(
  deps: SignInDeps,
  attempt: LoginAttempt,
  message: string,
  fields: Record<string, unknown> & { personal: unknown },
): Promise<void> {
  try {
    await deps.guard.admit(attempt);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'too_many_attempts') {
      deps.logger.log('warn', message, { ...fields, retryAfterSeconds: error.retryAfterSeconds });
    }
    throw error;
  }
}

/** Checks a password admitted by the guard; if it cannot be checked at all (busy), the attempt is withdrawn. */
export async function verifyCounted(
  deps: SignInDeps,
  attempt: LoginAttempt,
  password: string,
  stored: string,
): Promise<boolean> {
  try {
    return await deps.hasher.verify(password, stored);
  } catch (error) {
    await deps.guard.withdrawn(attempt);
    throw error;
  }
}

export async function logOut(deps: AuthDeps, token: string): Promise<void> {
  await deps.stores.accounts.removeSignIn(hashToken(token));
}

/** Returns a resolver from cookie token to signed-in user (null when unknown or expired). */
export function tokenResolver(deps: AuthDeps): (token: string) => Promise<UserDto | null> {
  return async (token) => {
    const found = await deps.stores.accounts.findSignIn(hashToken(token));
    if (!found || found.expiresAt <= deps.clock.now().toISOString()) return null;
    return toUserDto(found.user);
  };
}

async function startSession(deps: AuthDeps, row: UserRow): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await deps.stores.accounts.addSignIn(
    { tokenHash: hashToken(token), userId: row.id, expiresAt: expiresAt.toISOString() },
    now.toISOString(),
  );
  return { user: toUserDto(row), token, expiresAt };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
