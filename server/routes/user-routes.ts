import { Hono } from 'hono';
import { z } from 'zod';
import { listUsers, setRole } from '../auth/user-admin.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { requireRole } from '../http/require-role.ts';
import { learnerUsage } from '../sessions/usage.ts';
import type { Stores } from '../stores/ports.ts';

export const roleBody = z.strictObject({ role: z.enum(['learner', 'instructor', 'admin']) });

/** Routes under /api/users: admins only. */
export function userRoutes(deps: { stores: Stores }) {
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => c.json({ users: await listUsers(deps.stores.accounts) }))
    .get('/:id/usage', async (c) => c.json({ usage: await learnerUsage(deps.stores, c.req.param('id')) }))
    .patch('/:id/role', async (c) => {
      const { role } = await readJson(c, roleBody);
      return c.json({ user: await setRole(deps.stores.accounts, c.get('user'), c.req.param('id'), role) });
    });
}
