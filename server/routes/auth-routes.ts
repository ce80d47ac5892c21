import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { createStoredAttemptLimiter } from '../auth/attempt-limiter.ts';
import { tooManyRegistrations } from '../auth/auth-errors.ts';
import {
  type AuthDeps,
  logIn,
  logOut,
  register,
  type SignedIn,
  type SignInDeps,
  tokenResolver,
} from '../auth/auth-service.ts';
import { type AuthSettings, defaultAuthSettings } from '../auth/auth-settings.ts';
import { changePassword } from '../auth/change-password.ts';
import { addressKey, clientAddress } from '../auth/client-address.ts';
import { createStoredLoginGuard } from '../auth/login-guard.ts';
import { loadCommonPasswords } from '../auth/password-policy.ts';
import { gatedHasher } from '../auth/passwords.ts';
import { createWorkGate } from '../auth/work-gate.ts';
import { admitNewAccount, checkInvite, type RegistrationMode } from '../cohorts/invite-registration.ts';
import { errors } from '../domain-errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { SESSION_COOKIE } from '../http/require-user.ts';
import type { Logger } from '../ports.ts';

// Password length and content are checked by the password rules (password-policy.ts), each with its own code.
export const registerBody = z.strictObject({
  email: z.email().max(254),
  password: z.string().max(200),
  name: z.string().trim().min(1).max(100),
  /** A cohort's invite code: the new account joins it. Required under BEDSIDE_REGISTRATION=invite. */
  inviteCode: z.string().trim().min(1).max(100).optional(),
});
export const loginBody = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(200),
});
export const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
});

/**
 * Routes under /api/auth. `auth` sets the sign-in limits and hashing bounds (@default defaultAuthSettings());
 * `registration` who may register (@default 'open').
 */
export function authRoutes(
  deps: AuthDeps & {
    cookieSecure: boolean;
    logger: Logger;
    auth?: AuthSettings | undefined;
    registration?: RegistrationMode | undefined;
  },
) {
  const settings = deps.auth ?? defaultAuthSettings();
  const registration = deps.registration ?? 'open';
  const signIn: SignInDeps = {
    ...deps,
    hasher: gatedHasher(
      createWorkGate({ concurrency: settings.hashConcurrency, maxWaiting: settings.hashQueue }),
    ),
    guard: createStoredLoginGuard(settings, deps.stores.attempts, deps.clock),
    commonPasswords: loadCommonPasswords(),
  };
  const registrations = createStoredAttemptLimiter({
    store: deps.stores.attempts,
    scope: 'registration-address',
    limit: settings.registrationsPerAddress,
    windowMs: settings.attemptWindowMs,
    clock: deps.clock,
  });
  const resolveToken = tokenResolver(deps);
  const addressOf = (c: Context) => addressKey(clientAddress(c, settings.trustedProxyHops));
  const setSessionCookie = (c: Context, signedIn: SignedIn) =>
    setCookie(c, SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.cookieSecure,
      path: '/',
      expires: signedIn.expiresAt,
    });

  return new Hono<AppEnv>()
    .post('/register', async (c) => {
      const input = await readJson(c, registerBody);
      // Counted before the password is hashed: a flood of sign-ups from one address stops here.
      const admitted = await registrations.take(addressOf(c));
      if (!admitted.allowed) throw tooManyRegistrations(admitted.retryAfterMs);
      await checkInvite(deps.stores, registration, input.inviteCode);
      const signedIn = await register(signIn, input, admitNewAccount(deps, registration, input.inviteCode));
      setSessionCookie(c, signedIn);
      return c.json({ user: signedIn.user }, 201);
    })
    .post('/login', async (c) => {
      const input = await readJson(c, loginBody);
      const signedIn = await logIn(signIn, { ...input, addressKey: addressOf(c) });
      setSessionCookie(c, signedIn);
      return c.json({ user: signedIn.user });
    })
    .post('/password', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      const user = token ? await resolveToken(token) : null;
      if (!token || !user) throw errors.unauthenticated();
      const input = await readJson(c, passwordBody);
      await changePassword(signIn, { ...input, user, token, addressKey: addressOf(c) });
      return c.json({ ok: true });
    })
    .post('/logout', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await logOut(deps, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true });
    });
}
