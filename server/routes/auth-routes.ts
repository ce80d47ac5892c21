import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { type AuthDeps, logIn, logOut, register, type SignedIn } from '../auth/auth-service.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { SESSION_COOKIE } from '../http/require-user.ts';

const registerBody = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(8, 'at least 8 characters').max(200),
  name: z.string().trim().min(1).max(100),
});
const loginBody = z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });

export function authRoutes(deps: AuthDeps & { cookieSecure: boolean }) {
  const setSessionCookie = (c: Parameters<typeof setCookie>[0], signedIn: SignedIn) =>
    setCookie(c, SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.cookieSecure,
      path: '/',
      expires: signedIn.expiresAt,
    });

  return new Hono<AppEnv>()
    .post('/register', async (c) => {
      const signedIn = await register(deps, await readJson(c, registerBody));
      setSessionCookie(c, signedIn);
      return c.json({ user: signedIn.user }, 201);
    })
    .post('/login', async (c) => {
      const signedIn = await logIn(deps, await readJson(c, loginBody));
      setSessionCookie(c, signedIn);
      return c.json({ user: signedIn.user });
    })
    .post('/logout', (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) logOut(deps, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true });
    });
}
