// Middleware: the request must carry a valid session cookie; the user is put on the context.

import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { type AuthDeps, tokenResolver } from '../auth/auth-service.ts';
import { errors } from '../domain-errors.ts';
import type { AppEnv } from './app-env.ts';

export const SESSION_COOKIE = 'bedside_session';

export function requireUser(deps: AuthDeps): MiddlewareHandler<AppEnv> {
  const resolve = tokenResolver(deps);
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await resolve(token) : null;
    if (!user) throw errors.unauthenticated();
    c.set('user', user);
    await next();
  };
}
