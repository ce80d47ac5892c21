// Middleware: the signed-in user must hold one of the given roles.

import type { MiddlewareHandler } from 'hono';
import { errors } from '../domain-errors.ts';
import type { Role } from '../protocol.ts';
import type { AppEnv } from './app-env.ts';

export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('user').role)) throw errors.forbidden();
    await next();
  };
}
