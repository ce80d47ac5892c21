import { Hono } from 'hono';
import { z } from 'zod';
import { listUsers, setRole } from '../auth/user-admin.ts';
import type { Db } from '../db/open-database.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { requireRole } from '../http/require-role.ts';
import { learnerUsage } from '../sessions/usage.ts';

export const roleBody = z.strictObject({ role: z.enum(['learner', 'instructor', 'admin']) });

/** Routes under /api/users: admins only. */
export function userRoutes(deps: { db: Db }) {
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', (c) => c.json({ users: listUsers(deps.db) }))
    .get('/:id/usage', (c) => c.json({ usage: learnerUsage(deps.db, c.req.param('id')) }))
    .patch('/:id/role', async (c) => {
      const { role } = await readJson(c, roleBody);
      return c.json({ user: setRole(deps.db, c.get('user'), c.req.param('id'), role) });
    });
}
